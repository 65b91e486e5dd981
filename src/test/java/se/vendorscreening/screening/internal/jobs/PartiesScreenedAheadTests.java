package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.intake.PartyPositions;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.shared.ProcurementType;

/**
 * The parties step's reader checks parties ahead of the chunk being written: in order, saving the
 * position of the last party it returned (not of the last one it read ahead), and failing on a
 * failed check.
 */
class PartiesScreenedAheadTests {

  private final ThreadPoolTaskExecutor partyThreads = new ThreadPoolTaskExecutor();

  @BeforeEach
  void stepContext() {
    partyThreads.setCorePoolSize(4);
    partyThreads.setThreadNamePrefix("party-test-");
    partyThreads.initialize();
    JobExecution job =
        new JobExecution(-81L, new JobInstance(-81L, "screenJob"), new JobParameters());
    StepSynchronizationManager.register(new StepExecution(-82L, "screenPartiesStep", job));
  }

  @AfterEach
  void release() {
    StepSynchronizationManager.close();
    partyThreads.shutdown();
  }

  @Test
  void returnsThePartiesInTheirOrderWhileTheLaterOnesAreCheckedAhead() throws Exception {
    Parties parties = new Parties(10);
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
    PartiesScreenedAhead<String> reader =
        new PartiesScreenedAhead<>(
            parties,
            party -> {
              if (party.foreignId().equals("F0")) {
                // the first party's check ends only once the three after it are being checked
                assertThat(firstMayEnd.await(10, TimeUnit.SECONDS)).isTrue();
              }
              checked.add(party.foreignId());
              if (checked.size() == 3) {
                firstMayEnd.countDown();
              }
              return "checked " + party.foreignId();
            },
            partyThreads,
            4);
    reader.open(new ExecutionContext());

    List<String> read = new ArrayList<>();
    for (String rows = reader.read(); rows != null; rows = reader.read()) {
      read.add(rows);
    }
    reader.close();

    assertThat(read)
        .containsExactly(
            "checked F0",
            "checked F1",
            "checked F2",
            "checked F3",
            "checked F4",
            "checked F5",
            "checked F6",
            "checked F7",
            "checked F8",
            "checked F9");
    assertThat(checked.get(3)).isEqualTo("F0");
  }

  @Test
  void savesThePositionAfterTheLastPartyReturnedNotAfterThoseReadAhead() throws Exception {
    Parties parties = new Parties(10);
    PartiesScreenedAhead<String> reader =
        new PartiesScreenedAhead<>(parties, party -> party.foreignId(), partyThreads, 4);
    ExecutionContext context = new ExecutionContext();
    reader.open(context);

    reader.update(context);
    assertThat(context.getString("position")).isEqualTo("start");
    assertThat(reader.read()).isEqualTo("F0");
    assertThat(reader.read()).isEqualTo("F1");
    reader.update(context);

    assertThat(parties.read).isGreaterThan(2);
    assertThat(context.getString("position")).isEqualTo("NO:F1");
    reader.close();
    assertThat(parties.closed).isTrue();
  }

  @Test
  void aFailedCheckFailsTheReadOfItsParty() throws Exception {
    PartiesScreenedAhead<String> reader =
        new PartiesScreenedAhead<>(
            new Parties(5),
            party -> {
              if (party.foreignId().equals("F2")) {
                throw new IllegalStateException("registry gone");
              }
              return party.foreignId();
            },
            partyThreads,
            4);
    reader.open(new ExecutionContext());

    assertThat(reader.read()).isEqualTo("F0");
    assertThat(reader.read()).isEqualTo("F1");
    assertThatThrownBy(reader::read).hasMessage("registry gone");
    reader.close();
  }

  @Test
  void refusesAReaderThatCannotHoldItsPositionBack() {
    ItemStreamReader<RegisteredParty> plain = new Parties(1)::read;
    PartiesScreenedAhead<String> reader =
        new PartiesScreenedAhead<>(plain, party -> "x", partyThreads, 4);

    assertThatThrownBy(() -> reader.open(new ExecutionContext()))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Foreign parties F0, F1, … of one procurement; saves the position it was told to. */
  private static final class Parties implements ItemStreamReader<RegisteredParty>, PartyPositions {
    private final int count;
    private final java.util.Map<String, String> saved = new ConcurrentHashMap<>();
    int read;
    boolean closed;

    Parties(int count) {
      this.count = count;
    }

    @Override
    public RegisteredParty read() {
      if (read == count) {
        return null;
      }
      return party("F" + read++);
    }

    @Override
    public void savePositionAfter(RegisteredParty party) {
      saved.put("position", party.key());
    }

    @Override
    public void update(ExecutionContext context) {
      context.putString("position", saved.getOrDefault("position", "start"));
    }

    @Override
    public void close() {
      closed = true;
    }

    private static RegisteredParty party(String foreignId) {
      return new RegisteredParty(
          "KS-1",
          ProcurementType.LOU,
          "Test",
          null,
          "NO",
          foreignId,
          "Party " + foreignId,
          PartyRole.VENDOR,
          null,
          List.of(),
          List.of());
    }
  }
}
