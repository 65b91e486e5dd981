package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.stores.PartyResultStore.SubcontractorRef;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * A flag propagates through every subcontractor tier up to the tenderer, each party getting a
 * SUBCONTRACTOR_FLAGGED finding whose explanation path names the chain; parent links in a circle
 * end.
 */
class SubcontractorTiersTests {

  private static final String P = "KS-2026/317";

  private final SubcontractorFlags flags = new SubcontractorFlags();

  private static PartyResult party(String key, String name, PartyRole role, Decision decision) {
    List<Finding> findings = new ArrayList<>();
    if (decision != Decision.CLEAR) {
      findings.add(
          new Finding(
              "CONVICTION_MANDATORY",
              "LOU 13 kap. 1 §",
              decision,
              false,
              name,
              "COMPANY",
              key,
              null,
              null,
              "Företagsbot för penningtvätt",
              Map.of(),
              LocalDate.of(2024, 3, 1),
              "convictions.csv"));
    }
    return new PartyResult(
        P,
        ProcurementType.LOU,
        key,
        key,
        name,
        role,
        null,
        decision,
        decision,
        findings,
        List.of(),
        List.of());
  }

  private static Map<List<String>, PartyResult> byKey(PartyResult... results) {
    Map<List<String>, PartyResult> map = new LinkedHashMap<>();
    for (PartyResult r : results) {
      map.put(List.of(r.procurementId(), r.partyKey()), r);
    }
    return map;
  }

  private static SubcontractorRef link(String child, String parent) {
    return new SubcontractorRef(P, child, parent);
  }

  @Test
  void anExcludedThirdTierSubcontractorFlagsEveryTierUpToTheTendererWithTheChain() {
    PartyResult vendor = party("V", "Huddinge Bygg & Mark AB", PartyRole.VENDOR, Decision.CLEAR);
    PartyResult first =
        party("S1", "Kvarnängens Åkeri AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);
    PartyResult second = party("S2", "Tumba Schakt AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);
    PartyResult third = party("S3", "Grödinge Grus AB", PartyRole.SUBCONTRACTOR, Decision.EXCLUDE);
    // listed top-down, so that a single pass in list order would miss the upper tiers
    List<SubcontractorRef> links = List.of(link("S1", "V"), link("S2", "S1"), link("S3", "S2"));

    List<PartyResult> changed =
        flags.propagate(links, byKey(vendor, first, second, third), context(), key -> List.of());

    assertThat(changed).extracting(PartyResult::partyKey).containsExactly("S2", "S1", "V");
    assertThat(changed).allSatisfy(r -> assertThat(r.decision()).isEqualTo(Decision.REVIEW));
    Finding top = changed.get(2).findings().get(0);
    assertThat(top.ruleId()).isEqualTo("SUBCONTRACTOR_FLAGGED");
    assertThat(top.evidence())
        .containsEntry(
            "explanation_path",
            "Huddinge Bygg & Mark AB (V) ← Kvarnängens Åkeri AB (S1) ← Tumba Schakt AB (S2)"
                + " ← Grödinge Grus AB (S3)")
        .containsEntry("tiers", "3")
        .containsEntry("subcontractor_org_no", "S1")
        .containsEntry("subcontractor_decision", "REVIEW");
    assertThat(changed.get(0).findings().get(0).evidence())
        .containsEntry("explanation_path", "Tumba Schakt AB (S2) ← Grödinge Grus AB (S3)")
        .containsEntry("tiers", "1")
        .containsEntry("subcontractor_decision", "EXCLUDE");
  }

  @Test
  void aClearChainChangesNothingAndAFlaggedBranchFlagsOnlyItsOwnParents() {
    PartyResult vendor = party("V", "Huvud AB", PartyRole.VENDOR, Decision.CLEAR);
    PartyResult other = party("W", "Annan AB", PartyRole.VENDOR, Decision.CLEAR);
    PartyResult clear = party("C1", "Ren AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);
    PartyResult clearBelow = party("C2", "Ren Under AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);
    PartyResult review = party("R1", "Granska AB", PartyRole.SUBCONTRACTOR, Decision.REVIEW);

    List<PartyResult> changed =
        flags.propagate(
            List.of(link("C1", "V"), link("C2", "C1"), link("R1", "W")),
            byKey(vendor, other, clear, clearBelow, review),
            context(),
            key -> List.of());

    assertThat(changed).extracting(PartyResult::partyKey).containsExactly("W");
  }

  @Test
  void parentLinksInACircleAreFollowedOnceAndEnd() {
    // A works under B and B under A (the import rejects this; a register may still hold it)
    PartyResult a = party("A", "Cirkel A AB", PartyRole.SUBCONTRACTOR, Decision.EXCLUDE);
    PartyResult b = party("B", "Cirkel B AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);
    PartyResult c = party("C", "Under B AB", PartyRole.SUBCONTRACTOR, Decision.CLEAR);

    List<PartyResult> changed =
        flags.propagate(
            List.of(link("A", "B"), link("B", "A"), link("C", "B")),
            byKey(a, b, c),
            context(),
            key -> List.of());

    assertThat(changed).extracting(PartyResult::partyKey).containsExactlyInAnyOrder("A", "B");
    assertThat(changed)
        .allSatisfy(
            r ->
                assertThat(r.findings())
                    .filteredOn(f -> f.ruleId().equals("SUBCONTRACTOR_FLAGGED"))
                    .hasSize(1));
  }
}
