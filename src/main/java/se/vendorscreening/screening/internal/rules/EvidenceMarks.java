package se.vendorscreening.screening.internal.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.screening.Finding;

/**
 * What a party's findings say about the evidence behind its grounds, as the re-check compares it
 * with the previous check (docs/scheduling.md): evidence that expired, and the register check's
 * answer per ground. Findings carry them in their evidence under {@link #EXPIRED} (what expired, in
 * words) and {@link #REGISTER_CHECK} ({@code CODE=ANSWER}, several joined by {@code |}).
 *
 * @param expired what expired, one entry a piece of evidence (rule and description)
 * @param registerCheckAnswers the register check's answer (YES, NO, UNKNOWN) per ground code
 */
public record EvidenceMarks(Set<String> expired, Map<String, String> registerCheckAnswers) {

  /** A finding's evidence key: the evidence that is no longer valid, in words. */
  public static final String EXPIRED = "evidence_expired";

  /**
   * A finding's evidence key: the register check's answers it rests on, {@code CODE=ANSWER} joined
   * by {@code |}, e.g. {@code CRITERION.EXCLUSION.CONVICTIONS.FRAUD=NO}.
   */
  public static final String REGISTER_CHECK = "register_check";

  public static final EvidenceMarks NONE = new EvidenceMarks(Set.of(), Map.of());

  public EvidenceMarks {
    expired = Set.copyOf(expired);
    registerCheckAnswers = Map.copyOf(registerCheckAnswers);
  }

  /** A stored evidence map's JSON may carry marks: a cheap test before it is read. */
  public static boolean mayCarryMarks(String evidenceJson) {
    return evidenceJson != null
        && (evidenceJson.contains(quoted(EXPIRED))
            || evidenceJson.contains(quoted(REGISTER_CHECK)));
  }

  /** The key as it stands in the stored JSON. */
  public static String quoted(String key) {
    return "\"" + key + "\"";
  }

  /** The value of {@link #REGISTER_CHECK} for the answers, in the order given. */
  static String registerCheckValue(Map<String, String> answers) {
    StringBuilder value = new StringBuilder();
    answers.forEach(
        (ground, answer) ->
            value.append(value.length() == 0 ? "" : "|").append(ground).append('=').append(answer));
    return value.toString();
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
  public static EvidenceMarks ofEvidence(
      Collection<Map.Entry<String, Map<String, String>>> findings) {
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
    if (what != null && !what.isBlank()) {
      expired.add(ruleId + ": " + what);
    }
    String checked = evidence.get(REGISTER_CHECK);
    if (checked != null) {
      for (String pair : checked.split("\\|")) {
        int equals = pair.lastIndexOf('=');
        if (equals > 0) {
          answers.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
      }
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
