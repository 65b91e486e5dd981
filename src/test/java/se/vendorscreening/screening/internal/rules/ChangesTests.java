package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.shared.Decision;

class ChangesTests {

  private static final String TAXES = "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES";

  private static EvidenceMarks expired(String what) {
    return new EvidenceMarks(Set.of("EVIDENCE_MISSING: " + what), Map.of());
  }

  private static EvidenceMarks answered(String answer) {
    return new EvidenceMarks(Set.of(), Map.of(TAXES, answer));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    ", CLEAR, NEW",
    "CLEAR, CLEAR, UNCHANGED",
    "CLEAR, REVIEW, ESCALATED",
    "EXCLUDE, REVIEW, DE_ESCALATED",
    "REVIEW, CLEAR, RESOLVED"
  })
  void classifiesByDecisionWithoutEvidenceMarks(
      Decision previous, Decision now, ChangeClass expected) {
    assertThat(Changes.classify(previous, now, EvidenceMarks.NONE, EvidenceMarks.NONE))
        .isEqualTo(expected);
    assertThat(Changes.classify(previous, now)).isEqualTo(expected);
  }

  @Test
  void evidenceThatExpiredSinceThePreviousCheckNamesTheChange() {
    assertThat(
            Changes.classify(
                Decision.CLEAR,
                Decision.INCOMPLETE,
                EvidenceMarks.NONE,
                expired("register check BV-1 valid until 2027-02-20")))
        .isEqualTo(ChangeClass.EVIDENCE_EXPIRED);
    // also when another finding kept the decision where it was
    assertThat(
            Changes.classify(
                Decision.EXCLUDE, Decision.EXCLUDE, EvidenceMarks.NONE, expired("statement")))
        .isEqualTo(ChangeClass.EVIDENCE_EXPIRED);
  }

  @Test
  void evidenceThatHadAlreadyExpiredIsNoNewChange() {
    assertThat(
            Changes.classify(
                Decision.INCOMPLETE,
                Decision.INCOMPLETE,
                expired("statement"),
                expired("statement")))
        .isEqualTo(ChangeClass.UNCHANGED);
  }

  @Test
  void aRegisterCheckAnswerThatChangedNamesTheChange() {
    assertThat(Changes.classify(Decision.CLEAR, Decision.REVIEW, answered("NO"), answered("YES")))
        .isEqualTo(ChangeClass.EVIDENCE_CHANGED);
    assertThat(
            Changes.classify(
                Decision.CLEAR, Decision.INCOMPLETE, answered("NO"), answered("UNKNOWN")))
        .isEqualTo(ChangeClass.EVIDENCE_CHANGED);
  }

  @Test
  void aFirstAnswerOrTheSameAnswerIsNoEvidenceChange() {
    assertThat(
            Changes.classify(Decision.CLEAR, Decision.REVIEW, EvidenceMarks.NONE, answered("YES")))
        .isEqualTo(ChangeClass.ESCALATED);
    assertThat(Changes.classify(Decision.REVIEW, Decision.REVIEW, answered("YES"), answered("YES")))
        .isEqualTo(ChangeClass.UNCHANGED);
  }

  @Test
  void readsTheMarksFromTheFindingsEvidence() {
    var marks =
        EvidenceMarks.ofEvidence(
            java.util.List.of(
                Map.entry(
                    "EVIDENCE_MISSING",
                    Map.of("ground", TAXES, EvidenceMarks.EXPIRED, "S-1 2025-10-01")),
                Map.entry(
                    "EVIDENCE_ACCEPTED",
                    Map.of(
                        "register_check",
                        EvidenceMarks.registerCheckValue(
                            new java.util.LinkedHashMap<>(Map.of(TAXES, "NO")))))));

    assertThat(marks.expired()).containsExactly("EVIDENCE_MISSING: S-1 2025-10-01");
    assertThat(marks.registerCheckAnswers()).containsExactly(Map.entry(TAXES, "NO"));
    assertThat(EvidenceMarks.mayCarryMarks("{\"register_check\":\"x=NO\"}")).isTrue();
    assertThat(EvidenceMarks.mayCarryMarks("{\"summary\":\"not expired\"}")).isFalse();
  }

  @Test
  void aPartyThatIsNowClearIsResolvedWhateverTheEvidenceDid() {
    assertThat(Changes.classify(Decision.REVIEW, Decision.CLEAR, answered("YES"), answered("NO")))
        .isEqualTo(ChangeClass.RESOLVED);
  }
}
