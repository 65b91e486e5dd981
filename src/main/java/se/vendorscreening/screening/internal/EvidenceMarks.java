package se.vendorscreening.screening.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.screening.Finding;

/**
 * What a party's findings say about the evidence behind its grounds, as the re-check compares it
 * with the previous check (docs/scheduling.md): evidence that expired, and the register check's
 * answer per ground. Findings carry them in their evidence under {@link #EXPIRED} and {@link
 * #REGISTER_CHECK_GROUND}/{@link #REGISTER_CHECK_ANSWER}.
 *
 * @param expired what expired, one entry a piece of evidence (rule and description)
 * @param registerCheckAnswers the register check's answer (YES, NO, UNKNOWN) per ground code
 */
record EvidenceMarks(Set<String> expired, Map<String, String> registerCheckAnswers) {

  /** A finding's evidence key: the evidence that is no longer valid, in words. */
  static final String EXPIRED = "evidence_expired";

  /** A finding's evidence key: the ground a register-check answer was about. */
  static final String REGISTER_CHECK_GROUND = "register_check_ground";

  /** A finding's evidence key: the register check's answer (YES, NO, UNKNOWN). */
  static final String REGISTER_CHECK_ANSWER = "register_check_answer";

  static final EvidenceMarks NONE = new EvidenceMarks(Set.of(), Map.of());

  EvidenceMarks {
    expired = Set.copyOf(expired);
    registerCheckAnswers = Map.copyOf(registerCheckAnswers);
  }

  /** Whether a finding stored with this evidence may carry marks (a cheap test on the JSON). */
  static boolean mayCarryMarks(String evidenceJson) {
    return evidenceJson != null
        && (evidenceJson.contains(EXPIRED) || evidenceJson.contains(REGISTER_CHECK_ANSWER));
  }

  static EvidenceMarks of(Collection<Finding> findings) {
    Set<String> expired = new HashSet<>();
    Map<String, String> answers = new HashMap<>();
    for (Finding finding : findings) {
      add(finding.ruleId(), finding.evidence(), expired, answers);
    }
    return new EvidenceMarks(expired, answers);
  }

  /** The marks of findings given as rule id and evidence map. */
  static EvidenceMarks ofEvidence(Collection<Map.Entry<String, Map<String, String>>> findings) {
    Set<String> expired = new HashSet<>();
    Map<String, String> answers = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> finding : findings) {
      add(finding.getKey(), finding.getValue(), expired, answers);
    }
    return new EvidenceMarks(expired, answers);
  }

  private static void add(
      String ruleId,
      Map<String, String> evidence,
      Set<String> expired,
      Map<String, String> answers) {
    String what = evidence.get(EXPIRED);
    if (what != null) {
      expired.add(ruleId + ": " + what);
    }
    String ground = evidence.get(REGISTER_CHECK_GROUND);
    String answer = evidence.get(REGISTER_CHECK_ANSWER);
    if (ground != null && answer != null) {
      answers.put(ground, answer);
    }
  }

  /** Whether evidence expired now that had not expired at the previous check. */
  boolean newlyExpiredSince(EvidenceMarks previous) {
    return !previous.expired.containsAll(expired);
  }

  /** Whether the register check answers a ground now otherwise than at the previous check. */
  boolean registerCheckChangedSince(EvidenceMarks previous) {
    for (Map.Entry<String, String> answer : registerCheckAnswers.entrySet()) {
      String before = previous.registerCheckAnswers.get(answer.getKey());
      if (before != null && !before.equals(answer.getValue())) {
        return true;
      }
    }
    return false;
  }
}
