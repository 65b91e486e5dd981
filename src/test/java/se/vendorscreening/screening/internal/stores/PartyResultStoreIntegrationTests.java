package se.vendorscreening.screening.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreenedParty;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

@SpringBootTest
class PartyResultStoreIntegrationTests {

  @Autowired PartyResultStore store;
  @Autowired JdbcTemplate jdbc;

  private static PartyResult party(String procurement, int i, Decision decision, int findings) {
    List<Finding> list = new ArrayList<>();
    for (int f = 0; f < findings; f++) {
      Map<String, String> evidence = new LinkedHashMap<>();
      evidence.put("final_date", "2024-01-0" + (f + 1));
      evidence.put("court", "Södertörns tingsrätt");
      list.add(
          new Finding(
              "CONVICTION_MANDATORY",
              "LOU 13 kap. 1 §",
              decision,
              false,
              "Anna Andersson",
              "CEO",
              "750107-****",
              MatchType.IDENTITY_NUMBER,
              1.0,
              "Dömd för mutbrott " + f,
              evidence,
              LocalDate.of(2024, 1, f + 1),
              "convictions.csv"));
    }
    return party(procurement, i, decision, list);
  }

  /** A vendor with one active contract, the given decision and findings. */
  static PartyResult party(String procurement, int i, Decision decision, List<Finding> list) {
    String orgNo = String.format("55%04d-%04d", i / 10000, i % 10000);
    return new PartyResult(
        procurement,
        ProcurementType.LOU,
        orgNo.replace("-", ""),
        orgNo,
        "Företag " + i + " AB",
        PartyRole.VENDOR,
        null,
        decision,
        decision,
        list,
        List.of(new Contract("AVT-" + i, ContractStatus.ACTIVE, null, null, BigDecimal.TEN)),
        List.of());
  }

  /**
   * H2 reads a run's results in the order of an index, instead of sorting all of them into a
   * temporary result first, only when the ORDER BY starts with that index's columns.
   */
  @Test
  void readsTheResultsInTheOrderOfAnIndexOnH2() {
    String product =
        jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
    assumeTrue(product.equals("H2"), "an H2 query plan");

    for (String query : List.of(PartyResultStore.RESULTS, PartyResultStore.RESULTS_WITH_DECISION)) {
      String plan =
          String.join(
              "\n", jdbc.queryForList("explain " + query.replace("?", "'x'"), String.class));
      assertThat(plan).as(query).contains("/* index sorted */");
    }
  }

  @Test
  void storesResultsInBatchesAndStreamsThemBackOrderedByProcurementAndOrgNo() {
    String runId = "test-" + UUID.randomUUID();
    int size = Integer.getInteger("screening.store-test.parties", 5_000);
    List<ScreenedParty> parties = new ArrayList<>();
    for (int i = size; i > 0; i--) {
      parties.add(
          new ScreenedParty(party(i % 2 == 0 ? "B-1" : "A-1", i, Decision.REVIEW, i % 3), null));
    }

    long started = System.nanoTime();
    for (int from = 0; from < parties.size(); from += 500) {
      store.insert(runId, parties.subList(from, from + 500));
    }
    store.refreshStatistics();
    long storedMs = (System.nanoTime() - started) / 1_000_000;

    started = System.nanoTime();
    List<String> order = new ArrayList<>();
    long findings = 0;
    try (Stream<PartyResult> results = store.results(runId)) {
      for (PartyResult r : (Iterable<PartyResult>) results::iterator) {
        order.add(r.procurementId() + " " + r.orgNo());
        findings += r.findings().size();
      }
    }
    assertThat(order).hasSize(size).isSorted();
    assertThat(order.get(0)).isEqualTo("A-1 550000-0001");
    assertThat(findings)
        .isEqualTo(parties.stream().mapToLong(p -> p.result().findings().size()).sum());
    System.out.printf(
        "stored %d parties with %d findings in %d ms, streamed back in %d ms%n",
        size, findings, storedMs, (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void readsBackEveryFieldOfAFinding() {
    String runId = "test-" + UUID.randomUUID();
    PartyResult written = party("KS-1", 7, Decision.EXCLUDE, 2);

    store.insert(runId, List.of(new ScreenedParty(written, null)));

    PartyResult read = store.result(runId, "KS-1", written.partyKey()).orElseThrow();
    assertThat(read).isEqualTo(written);
  }

  /**
   * The screening step's party threads make a result's rows ({@link PartyResultStore#rowsOf}) and
   * its writer inserts them as they are, the results of several parties in one batch.
   */
  @Test
  void insertsTheRowsMadeForEachPartyBeforeTheWrite() {
    String runId = "test-" + UUID.randomUUID();
    PartyResult excluded = party("KS-2", 8, Decision.EXCLUDE, 2);
    PartyResult clear = party("KS-2", 9, Decision.CLEAR, 0);
    PartyResultStore.Rows excludedRows =
        PartyResultStore.rowsOf(runId, new ScreenedParty(excluded, "5560000001"));
    PartyResultStore.Rows clearRows =
        PartyResultStore.rowsOf(runId, new ScreenedParty(clear, null));

    store.insertRows(List.of(excludedRows, clearRows));

    assertThat(store.result(runId, "KS-2", excluded.partyKey())).contains(excluded);
    assertThat(store.result(runId, "KS-2", clear.partyKey())).contains(clear);
    assertThat(
            jdbc.queryForObject(
                "select parent_key from screening_party_result where run_id = ? and party_key = ?",
                String.class,
                runId,
                excluded.partyKey()))
        .isEqualTo("5560000001");
  }

  @Test
  void streamsTheResultsOfOneDecisionInTheSameOrderWithTheirFindings() {
    String runId = "test-" + UUID.randomUUID();
    List<ScreenedParty> parties = new ArrayList<>();
    Decision[] decisions = {Decision.CLEAR, Decision.REVIEW, Decision.EXCLUDE};
    for (int i = 30; i > 0; i--) {
      parties.add(
          new ScreenedParty(
              party(i % 2 == 0 ? "B-1" : "A-1", i, decisions[i % 3], i % 3 == 0 ? 0 : 2), null));
    }
    store.insert(runId, parties);

    List<PartyResult> excluded;
    try (Stream<PartyResult> results = store.results(runId, Decision.EXCLUDE)) {
      excluded = results.toList();
    }
    List<PartyResult> expected;
    try (Stream<PartyResult> results = store.results(runId)) {
      expected = results.filter(r -> r.decision() == Decision.EXCLUDE).toList();
    }

    assertThat(excluded).hasSize(10).isEqualTo(expected);
    assertThat(excluded).allSatisfy(r -> assertThat(r.findings()).hasSize(2));
    try (Stream<PartyResult> results = store.results(runId, Decision.INCOMPLETE)) {
      assertThat(results).isEmpty();
    }
  }

  /**
   * The graph and subcontractor steps read and write back their parties in batches: more parties
   * than one batch holds, each read by key and replaced (decision, overrides, findings), the
   * parties not replaced left as they were.
   */
  @Test
  void readsAndReplacesPartiesInBatchesByKeyLeavingTheOthersAlone() {
    String runId = "test-" + UUID.randomUUID();
    int count = PartyResultStore.BATCH * 2 + 37;
    List<ScreenedParty> parties = new ArrayList<>();
    for (int i = 0; i < count + 10; i++) {
      parties.add(new ScreenedParty(party("P-1", i, Decision.CLEAR, 1), null));
    }
    store.insert(runId, parties);
    List<List<String>> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(List.of("P-1", parties.get(i).result().partyKey()));
    }
    keys.add(List.of("P-1", "0000000000"));

    Map<List<String>, PartyResult> read = store.results(runId, keys);

    assertThat(read).hasSize(count);
    assertThat(read.get(keys.get(count - 1)).findings()).hasSize(1);
    List<PartyResult> replaced = new ArrayList<>();
    for (PartyResult r : read.values()) {
      replaced.add(
          new PartyResult(
              r.procurementId(),
              r.procurementType(),
              r.partyKey(),
              r.orgNo(),
              r.name(),
              r.role(),
              r.parentOrgNo(),
              Decision.REVIEW,
              Decision.REVIEW,
              List.of(r.findings().get(0), party("P-1", 1, Decision.REVIEW, 2).findings().get(1)),
              r.contracts(),
              List.of()));
    }
    store.replaceAll(runId, replaced);

    PartyResult last = store.result(runId, "P-1", keys.get(count - 1).get(1)).orElseThrow();
    assertThat(last.decision()).isEqualTo(Decision.REVIEW);
    assertThat(last.findings())
        .extracting(Finding::summary)
        .containsExactly("Dömd för mutbrott 0", "Dömd för mutbrott 1");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from screening_finding where run_id = ?", Integer.class, runId))
        .isEqualTo(count * 2 + 10);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from screening_party_result where run_id = ? and decision ="
                    + " 'CLEAR'",
                Integer.class,
                runId))
        .isEqualTo(10);
  }
}
