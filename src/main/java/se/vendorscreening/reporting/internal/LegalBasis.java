package se.vendorscreening.reporting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;

/**
 * The precise legal reference of a finding in the party's regime, e.g. "LOU 13 kap. 1 § första
 * stycket 3" for a final fraud conviction in a LOU procurement or "LOV 7 kap. 1 § första stycket 5"
 * for unpaid taxes under LOV. The reporting bundle holds the references ({@code
 * legal.<RULE>.<REGIME>[.<CATEGORY>]}, see docs/reports.md); a rule it does not know keeps the
 * legal basis the rules file gave it.
 */
final class LegalBasis {

  private final ReportTexts texts;

  LegalBasis(ReportTexts texts) {
    this.texts = texts;
  }

  String of(Finding finding, ProcurementType regime) {
    String type = regime == null ? "LOU" : regime.name();
    String rule = finding.ruleId();
    if (finding.is(RuleId.POSSIBLE_MATCH) && finding.evidence().containsKey(Finding.WOULD_FIRE)) {
      String wouldFire = finding.evidence().get(Finding.WOULD_FIRE);
      Finding confirmed =
          new Finding(
              wouldFire,
              null,
              finding.decision(),
              finding.informational(),
              finding.subjectName(),
              finding.subjectRole(),
              finding.maskedSubjectId(),
              finding.matchType(),
              finding.score(),
              null,
              finding.evidence(),
              finding.groundDate(),
              finding.source());
      String reference = of(confirmed, regime);
      if (!reference.isBlank()) {
        return texts.get("legal.ifSame", reference);
      }
    }
    String fallback = ofRegime(finding.legalBasis(), type);
    String category = finding.evidence().get("offence_category");
    String base = "legal." + rule + "." + type;
    String general = texts.getOrDefault(base, texts.getOrDefault("legal." + rule, fallback));
    if (category == null || category.isBlank()) {
      return keptTogether(general);
    }
    return keptTogether(texts.getOrDefault(base + "." + category.strip(), general));
  }

  /**
   * The parts of the rules file's legal basis ({@code ;}-separated) that cite the regime's own law,
   * e.g. only "LOU 13 kap. 3 §" of "LOU 13 kap. 3 §; LOV 7 kap. 1 §" in a LOU procurement; all of
   * it when no part does.
   */
  static String ofRegime(String legalBasis, String regime) {
    if (legalBasis == null || legalBasis.isBlank()) {
      return "";
    }
    String law = regime.startsWith("LOU") ? "LOU" : regime;
    List<String> own =
        Arrays.stream(legalBasis.split(";"))
            .map(String::strip)
            .filter(part -> part.startsWith(law))
            .toList();
    return own.isEmpty() ? legalBasis.strip() : String.join("; ", own);
  }

  /**
   * The reference with no-break spaces inside "13 kap.", "1 §", "stycket 3" and "LOU 13", so that a
   * line breaks only between the parts of a reference, never inside one.
   */
  static String keptTogether(String reference) {
    return KEPT_TOGETHER.matcher(reference).replaceAll("\u00a0");
  }

  private static final Pattern KEPT_TOGETHER =
      Pattern.compile("(?<=\\d|LOU|LOV|stycket|point|Chapter|Section|art\\.) (?=kap\\.|§|\\d)");
}
