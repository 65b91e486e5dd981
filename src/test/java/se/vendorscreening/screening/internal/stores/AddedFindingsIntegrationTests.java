package se.vendorscreening.screening.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.AddedFindings;
import se.vendorscreening.screening.internal.rules.PartyResults;
import se.vendorscreening.screening.internal.rules.ScreenedParty;
import se.vendorscreening.screening.internal.rules.StoredFindings;
import se.vendorscreening.shared.Decision;

/**
 * The graph step adds its findings to stored results by writing only the rows that change, and the
 * results read back are the ones replacing every finding of the party gave.
 */
@SpringBootTest
class AddedFindingsIntegrationTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  /** Every batch statement the store sends, with its number of rows. */
  private final List<String> statements = new ArrayList<>();

  private PartyResultStore recordingStore() {
    JdbcTemplate recording =
        new JdbcTemplate(dataSource) {
          @Override
          public int[] batchUpdate(String sql, List<Object[]> batchArgs, int[] argTypes) {
            statements.add(sql.substring(0, sql.indexOf(' ', 8)) + " x" + batchArgs.size());
            return super.batchUpdate(sql, batchArgs, argTypes);
          }
        };
    return new PartyResultStore(recording, dataSource);
  }

  private static Finding finding(String rule, Decision decision, String summary) {
    return new Finding(
        rule,
        "LOU 13 kap. 3 §",
        decision,
        false,
        "Anna Andersson",
        "CEO",
        "750107-****",
        MatchType.IDENTITY_NUMBER,
        1.0,
        summary,
        Map.of("explanation_path", summary),
        LocalDate.of(2024, 1, 1),
        "register");
  }

  private static PartyResult party(int i, Decision decision, List<Finding> findings) {
    return PartyResultStoreIntegrationTests.party("P-1", i, decision, findings);
  }

  @Test
  void writesOnlyTheAddedFindingsAndTheMovedOnesAndReadsBackWhatAReplaceGave() {
    List<PartyResult> parties =
        List.of(
            // nothing found before: the added findings are its first, the decision changes
            party(1, Decision.CLEAR, List.of()),
            // a finding before the graph's rules: the added ones come after it, REVIEW stays
            party(2, Decision.REVIEW, List.of(finding("TAX_UNPAID", Decision.REVIEW, "skuld"))),
            // a finding after the graph's rules: it moves behind the added ones
            party(
                3,
                Decision.INCOMPLETE,
                List.of(
                    finding("CONVICTION_OTHER", Decision.REVIEW, "dom"),
                    finding("REPRESENTATIVES_MISSING", Decision.INCOMPLETE, "ingen"),
                    finding("CHECK_FAILED", Decision.INCOMPLETE, "svarade inte"))),
            // not flagged by the graph: left alone
            party(4, Decision.REVIEW, List.of(finding("CREDIT_RISK", Decision.REVIEW, "risk"))));
    Map<String, List<Finding>> added =
        Map.of(
            parties.get(0).partyKey(),
            List.of(
                finding("SHARED_PERSONS", Decision.REVIEW, "delad"),
                finding("FRONT_PERSON", Decision.REVIEW, "målvakt")),
            parties.get(1).partyKey(),
            List.of(finding("PHOENIX", Decision.REVIEW, "fenix")),
            parties.get(2).partyKey(),
            List.of(
                finding("SANCTIONED_OWNERSHIP", Decision.EXCLUDE, "54 %"),
                finding("ORGANISED_CRIME_HOPS", Decision.REVIEW, "två steg")));
    String replacedRun = "test-" + UUID.randomUUID();
    String addedRun = "test-" + UUID.randomUUID();
    PartyResultStore store = recordingStore();
    for (String run : List.of(replacedRun, addedRun)) {
      store.insert(run, parties.stream().map(p -> new ScreenedParty(p, null)).toList());
    }
    List<List<String>> keys =
        added.keySet().stream()
            .map(party -> List.of("P-1", party))
            .sorted(java.util.Comparator.comparing(k -> k.get(1)))
            .toList();

    // as before: every result read whole, decided again and replaced
    List<PartyResult> replaced = new ArrayList<>();
    store
        .results(replacedRun, keys)
        .forEach(
            (key, r) -> {
              List<Finding> findings = new ArrayList<>(r.findings());
              findings.addAll(added.get(key.get(1)));
              // no override: the context is not consulted
              replaced.add(PartyResults.withFindings(r, findings, List.of(), null));
            });
    store.replaceAll(replacedRun, replaced);

    statements.clear();
    Map<List<String>, StoredFindings> stored = store.storedFindings(addedRun, keys);
    List<AddedFindings> rows = new ArrayList<>();
    stored.forEach(
        (key, party) -> rows.add(AddedFindings.of(party, added.get(key.get(1))).orElseThrow()));
    store.addFindings(addedRun, rows);

    assertThat(stored).hasSize(3);
    assertThat(statements)
        .as("no finding deleted and inserted again, only the added ones inserted")
        .containsExactly(
            "update screening_finding x2", "insert into x5", "update screening_party_result x2");
    assertThat(read(addedRun)).isEqualTo(read(replacedRun));
    assertThat(read(addedRun).get(2).findings())
        .extracting(Finding::ruleId)
        .containsExactly(
            "CONVICTION_OTHER",
            "SANCTIONED_OWNERSHIP",
            "ORGANISED_CRIME_HOPS",
            "REPRESENTATIVES_MISSING",
            "CHECK_FAILED");
    assertThat(read(addedRun).get(2).decision()).isEqualTo(Decision.EXCLUDE);
  }

  private List<PartyResult> read(String runId) {
    try (Stream<PartyResult> results = recordingStore().results(runId)) {
      return results.toList();
    }
  }
}
