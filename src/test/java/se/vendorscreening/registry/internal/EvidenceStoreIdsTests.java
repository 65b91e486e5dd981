package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.shared.ManualTaskScheduler;

/**
 * Evidence ids are version 7 UUIDs of the application clock's time that rise in the order the
 * answers came (so each insert lands at the end of the index), unique also when many screening
 * threads store answers at once.
 */
class EvidenceStoreIdsTests {

  private final JdbcTemplate db = EvidenceTables.inMemory();
  private final EvidenceStore store = new EvidenceStore(db, RegistryTimers.SHARED);

  @Test
  void idsAreVersion7UuidsOfTheClocksTimeThatRiseInTheOrderTheyWereGiven() {
    // given: a store on a timer whose clock stands still
    Instant now = Instant.parse("2026-12-01T08:20:00.123Z");
    EvidenceStore store = new EvidenceStore(db, new ManualTaskScheduler(now));

    // when: more ids than a millisecond's counter holds
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(store.nextId());
    }

    // then
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
    }
    UUID first = UUID.fromString(ids.get(0));
    assertThat(first.version()).isEqualTo(7);
    assertThat(first.variant()).isEqualTo(2);
    assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    store.destroy();
  }

  @Test
  void idsGivenOnManyThreadsAtOnceAreUniqueAndStoredUnderThoseIds() throws Exception {
    // given
    ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  ids.add(
                      store.store(
                          "convictions",
                          "key",
                          "http://127.0.0.1/api/convictions/x",
                          Instant.now(),
                          "sha",
                          404,
                          new byte[0]));
                }
              });
      thread.start();
      threads.add(thread);
    }

    // when
    for (Thread thread : threads) {
      thread.join();
    }
    store.flush();

    // then
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSize(4_000);
    assertThat(db.queryForList("select id from registry_evidence", String.class))
        .containsExactlyInAnyOrderElementsOf(unique);
    store.destroy();
  }
}
