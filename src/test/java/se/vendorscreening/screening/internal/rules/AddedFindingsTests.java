package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

class AddedFindingsTests {

  private static StoredFindings stored(boolean overridden, StoredFindings.Stored... findings) {
    Decision decision =
        List.of(findings).stream()
            .map(StoredFindings.Stored::decision)
            .reduce(Decision.CLEAR, Decision::mostSevere);
    return new StoredFindings(
        "P-1",
        "5560000001",
        ProcurementType.LOU,
        decision,
        decision,
        overridden,
        List.of(findings));
  }

  private static Finding finding(String rule) {
    return new Finding(
        rule,
        null,
        Decision.REVIEW,
        false,
        null,
        null,
        null,
        null,
        null,
        "x",
        java.util.Map.of(),
        null,
        null);
  }

  @Test
  void movesTheStoredFindingsAfterTheAddedOnesHighestFirst() {
    AddedFindings rows =
        AddedFindings.of(
                stored(
                    false,
                    new StoredFindings.Stored(0, "TAX_UNPAID", Decision.REVIEW, false),
                    new StoredFindings.Stored(
                        1, "REPRESENTATIVES_MISSING", Decision.INCOMPLETE, false),
                    new StoredFindings.Stored(2, "CHECK_FAILED", Decision.INCOMPLETE, false)),
                List.of(finding("PHOENIX"), finding("SHARED_PERSONS")))
            .orElseThrow();

    assertThat(rows.moves()).containsExactly(new int[] {2, 4}, new int[] {1, 3});
    assertThat(rows.inserted())
        .extracting(i -> i.ordinal() + " " + i.finding().ruleId())
        .containsExactly("1 SHARED_PERSONS", "2 PHOENIX");
    assertThat(rows.decision()).isNull();
  }

  @Test
  void leavesAPartyWithOverridesOrFindingsOutOfRuleOrderToBeDecidedWhole() {
    assertThat(
            AddedFindings.of(
                stored(true, new StoredFindings.Stored(0, "TAX_UNPAID", Decision.REVIEW, false)),
                List.of(finding("PHOENIX"))))
        .isEmpty();
    assertThat(
            AddedFindings.of(
                stored(
                    false,
                    new StoredFindings.Stored(0, "CHECK_FAILED", Decision.INCOMPLETE, false),
                    new StoredFindings.Stored(1, "TAX_UNPAID", Decision.REVIEW, false)),
                List.of(finding("PHOENIX"))))
        .isEmpty();
  }

  @Test
  void decidesAgainFromTheStoredAndAddedFindingsInformationLeftOut() {
    AddedFindings rows =
        AddedFindings.of(
                stored(false, new StoredFindings.Stored(0, "POSSIBLE_MATCH", Decision.CLEAR, true)),
                List.of(finding("FRONT_PERSON")))
            .orElseThrow();

    assertThat(rows.decision()).isEqualTo(Decision.REVIEW);
    assertThat(rows.moves()).isEmpty();
  }
}
