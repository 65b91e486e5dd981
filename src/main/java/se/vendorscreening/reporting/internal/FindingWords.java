package se.vendorscreening.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * Puts a finding into plain words for the people who read the PDF, the workbook and the hearing
 * letters: offence categories, debt types, periods, amounts and decisions in the run's language, a
 * name-only match worded as what it is, and no rule ids or registry codes. (results.csv keeps its
 * own wording: {@link FindingDescriptions}.)
 */
final class FindingWords {

  /** Subjects that are a company (or the sole trader's firm), not a person of its circle. */
  private static final Set<String> COMPANY_ROLES = Set.of("VENDOR", "SUBCONTRACTOR");

  private final ReportTexts texts;
  private final EvidenceWords evidence;

  FindingWords(ReportTexts texts) {
    this.texts = texts;
    this.evidence = new EvidenceWords(texts);
  }

  EvidenceWords evidence() {
    return evidence;
  }

  /** The finding as one sentence, e.g. "Lars Ström (VD) är dömd för mutbrott … 2023-04-15." */
  String sentence(Finding finding) {
    Map<String, String> facts = finding.evidence();
    RuleId rule = finding.rule().orElse(null);
    String subject = subject(finding);
    String text =
        rule == null
            ? fallback(finding)
            : switch (rule) {
              case CONVICTION_MANDATORY, CONVICTION_OTHER ->
                  finding.informational()
                      ? texts.get(
                          "words.conviction.outside",
                          subject,
                          evidence.category(facts.get("offence_category")),
                          nullToDash(facts.get("final_date")),
                          texts.duration(facts.get("lookback")))
                      : texts.get(
                          "words.conviction.final",
                          subject,
                          evidence.category(facts.get("offence_category")),
                          nullToDash(facts.get("final_date")),
                          court(facts));
              case CONVICTION_PENDING ->
                  texts.get(
                      "words.conviction.pending",
                      subject,
                      evidence.category(facts.get("offence_category")),
                      nullToDash(facts.get("judgment_date")),
                      court(facts));
              case TAX_UNPAID_FINAL ->
                  texts.get("words.tax.final", subject, evidence.amount(total(facts)));
              case TAX_UNPAID ->
                  isMinor(facts)
                      ? texts.get(
                          "words.tax.minor",
                          subject,
                          evidence.amount(total(facts)),
                          evidence.amount(facts.get("minor_amount_limit_sek")))
                      : texts.get("words.tax.notFinal", subject, evidence.amount(total(facts)));
              case ENFORCEMENT_DEBT ->
                  texts.get(
                      "words.enforcement",
                      subject,
                      evidence.amount(total(facts)),
                      evidence.debtCount(facts.get("debts")));
              case COMPANY_STATUS ->
                  texts.get("words.status", subject, evidence.status(facts.get("status")));
              case REGISTRATION_MISSING ->
                  texts.get("words.registration", subject, evidence.missing(facts.get("missing")));
              case CREDIT_RISK ->
                  texts.get(
                      "words.creditRisk",
                      subject,
                      nullToDash(facts.get("risk_class")),
                      nullToDash(facts.get("risk_class_limit")));
              case CAPACITY ->
                  texts.get(
                      "words.capacity",
                      subject,
                      evidence.amount(facts.get("revenue_sek")),
                      nullToDash(facts.get("capacity_ratio")),
                      evidence.amount(facts.get("annual_value_sek")));
              case FINANCIAL_NO_DATA -> texts.get("words.financialNoData", subject);
              case ORGANISED_CRIME_LINK ->
                  texts.get(
                      "words.organisedCrime",
                      subject,
                      nullToDash(facts.get("network_id")),
                      nullToDash(facts.get("assessed_date")));
              case POSSIBLE_MATCH -> possibleMatch(finding, subject);
              case SUBCONTRACTOR_FLAGGED ->
                  texts.get(
                      "words.subcontractor",
                      nullToDash(facts.get("subcontractor_name")),
                      nullToDash(facts.get("subcontractor_org_no")),
                      evidence.decision(facts.get("subcontractor_decision")));
              case FALSE_DECLARATION ->
                  texts.get(
                      "words.falseDeclaration",
                      subject,
                      nullToDash(facts.get("declared_by")),
                      nullToDash(facts.get("declared_on")),
                      groundWords(finding, facts.get("declared_ground")));
              case GROUND_REPORTED ->
                  texts.get(
                      "words.groundReported", subject, groundWords(finding, facts.get("ground")));
              case EVIDENCE_MISSING ->
                  texts.get(
                          "words.evidenceMissing",
                          subject,
                          groundWords(finding, facts.get("ground")))
                      + (facts.get("evidence_expired") == null
                          ? ""
                          : " "
                              + texts.get("words.evidenceExpired", facts.get("evidence_expired")));
              case EVIDENCE_ACCEPTED ->
                  texts.get("words.evidenceAccepted", subject, groundWords(finding, null));
              case CHECK_FAILED ->
                  texts.get(
                      "words.checkFailed",
                      evidence.check(facts.get("check")),
                      subject,
                      nullToDash(facts.get("reason")));
              case SANCTIONED_OWNERSHIP ->
                  texts.get(
                      "words.sanctioned",
                      owners(finding).size(),
                      evidence.joinedAsList(owners(finding)),
                      evidence.countries(facts.get("sanctioned_countries")),
                      evidence.percent(facts.get("sanctioned_share_percent")),
                      evidence.percent(facts.get("threshold_percent")));
              case SANCTIONED_SUBCONTRACTOR ->
                  texts.get(
                      "words.sanctionedSubcontractor",
                      subject,
                      evidence.percent(facts.get("subcontract_share_percent")),
                      evidence.percent(facts.get("share_limit_percent")),
                      evidence.countries(facts.get("sanctioned_countries")),
                      evidence.percent(facts.get("sanctioned_share_percent")));
              case SHARED_PERSONS ->
                  texts.get("words.sharedPersons", subject, count(facts.get("shared_with")));
              case FRONT_PERSON ->
                  texts.get(
                      "words.frontPerson",
                      subject,
                      count(facts.get("parties_in_circle")),
                      count(facts.get("limit")));
              case PHOENIX ->
                  texts.get(
                      "words.phoenix",
                      subject,
                      count(facts.get("marked_companies")),
                      count(facts.get("period_months")));
              case ORGANISED_CRIME_HOPS ->
                  texts.get(
                      "words.organisedCrimeHops",
                      count(facts.get("hops")),
                      subject,
                      nullToDash(facts.get("network_id")));
              case REPRESENTATIVES_MISSING ->
                  texts.get(
                      "words.representativesMissing",
                      subject,
                      nullToDash(facts.get("legal_form")),
                      nullToDash(facts.get("required_roles")));
              default -> fallback(finding);
            };
    return PersonalNumbers.mask(text);
  }

  /**
   * The finding in a few words for a table row, e.g. "Lars Ström (vd): mutbrott eller bestickning,
   * dom 2023-04-15".
   */
  String brief(Finding finding) {
    Map<String, String> facts = finding.evidence();
    String subject = subject(finding);
    RuleId rule = finding.rule().orElse(null);
    String text =
        rule == null
            ? ruleTitle(finding.ruleId())
            : switch (rule) {
              case CONVICTION_MANDATORY, CONVICTION_OTHER ->
                  texts.get(
                      finding.informational()
                          ? "words.brief.conviction.outside"
                          : "words.brief.conviction",
                      subject,
                      evidence.category(facts.get("offence_category")),
                      nullToDash(facts.get("final_date")));
              case CONVICTION_PENDING ->
                  texts.get(
                      "words.brief.pending",
                      subject,
                      evidence.category(facts.get("offence_category")));
              case TAX_UNPAID_FINAL, TAX_UNPAID, ENFORCEMENT_DEBT ->
                  texts.get("words.brief." + finding.ruleId(), evidence.amount(total(facts)));
              case COMPANY_STATUS ->
                  texts.get("words.brief.status", evidence.status(facts.get("status")));
              case REGISTRATION_MISSING ->
                  texts.get("words.brief.registration", evidence.missing(facts.get("missing")));
              case CREDIT_RISK ->
                  texts.get("words.brief.creditRisk", nullToDash(facts.get("risk_class")));
              case CAPACITY ->
                  texts.get(
                      "words.brief.capacity",
                      evidence.amount(facts.get("revenue_sek")),
                      evidence.amount(facts.get("annual_value_sek")));
              case ORGANISED_CRIME_LINK -> texts.get("words.brief.organisedCrime", subject);
              case POSSIBLE_MATCH ->
                  texts.get(
                      "words.brief.possibleMatch."
                          + (isAboutPerson(finding) ? "person" : "company")
                          + byBirthDate(finding),
                      evidence.category(facts.get("offence_category")),
                      ruleTitle(facts.getOrDefault(Finding.WOULD_FIRE, ""))
                          .toLowerCase(texts.locale()),
                      facts.containsKey("offence_category") ? 0 : 1);
              case SUBCONTRACTOR_FLAGGED ->
                  texts.get(
                      "words.brief.subcontractor",
                      nullToDash(facts.get("subcontractor_name")),
                      evidence.decision(facts.get("subcontractor_decision")));
              case CHECK_FAILED ->
                  texts.get("words.brief.checkFailed", evidence.check(facts.get("check")));
              case SANCTIONED_OWNERSHIP ->
                  texts.get(
                      "words.brief.sanctioned",
                      evidence.countries(facts.get("sanctioned_countries")),
                      evidence.percent(facts.get("sanctioned_share_percent")),
                      evidence.percent(facts.get("threshold_percent")));
              case SANCTIONED_SUBCONTRACTOR ->
                  texts.get(
                      "words.brief.sanctionedSubcontractor",
                      subject,
                      evidence.percent(facts.get("subcontract_share_percent")),
                      evidence.countries(facts.get("sanctioned_countries")),
                      evidence.percent(facts.get("sanctioned_share_percent")));
              case SHARED_PERSONS ->
                  texts.get("words.brief.sharedPersons", subject, count(facts.get("shared_with")));
              case FRONT_PERSON ->
                  texts.get(
                      "words.brief.frontPerson", subject, count(facts.get("parties_in_circle")));
              case PHOENIX ->
                  texts.get("words.brief.phoenix", subject, count(facts.get("marked_companies")));
              case ORGANISED_CRIME_HOPS ->
                  texts.get("words.brief.organisedCrimeHops", count(facts.get("hops")), subject);
              case REPRESENTATIVES_MISSING ->
                  texts.get(
                      "words.brief.representativesMissing", nullToDash(facts.get("legal_form")));
              default -> ruleTitle(finding.ruleId());
            };
    return PersonalNumbers.mask(text);
  }

  /**
   * The key suffix of a weak match on name and birth date (the name or the date agrees in part),
   * worded apart from a match on the name alone.
   */
  private static String byBirthDate(Finding finding) {
    return finding.matchType() == MatchType.WEAK_NAME_AND_BIRTH_DATE ? ".birthDate" : "";
  }

  /** The sanctioned owners a finding names (its subject, {@code ; }-separated). */
  private static List<String> owners(Finding finding) {
    String names = finding.subjectName() == null ? "" : finding.subjectName().strip();
    return names.isEmpty()
        ? List.of("–")
        : java.util.Arrays.stream(names.split(";")).map(String::strip).toList();
  }

  /** A count the evidence gives as digits; 0 when it gives none. */
  private static int count(String digits) {
    try {
      return digits == null ? 0 : Integer.parseInt(digits.strip());
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** The rule as a short title in words, e.g. "Dom som ska leda till uteslutning". */
  String ruleTitle(String ruleId) {
    return texts.getOrDefault("words.rule." + ruleId, ruleId.replace('_', ' ').toLowerCase());
  }

  /**
   * Who the finding is about: the company by name, or a person with the role in words, e.g. "Lars
   * Ström (VD)".
   */
  String subject(Finding finding) {
    String name = finding.subjectName() == null ? "" : finding.subjectName().strip();
    String role = finding.subjectRole();
    if (role == null || role.isBlank() || COMPANY_ROLES.contains(role)) {
      return name;
    }
    return name + " (" + evidence.roles(role) + ")";
  }

  /** Whether the finding concerns a person of the company's circle rather than the company. */
  static boolean isAboutPerson(Finding finding) {
    String role = finding.subjectRole();
    return role != null && !role.isBlank() && !COMPANY_ROLES.contains(role);
  }

  /**
   * A name-only match as what it is: a company or person with the same name has the record; the
   * officer checks whether it is the same one.
   */
  private String possibleMatch(Finding finding, String subject) {
    Map<String, String> facts = finding.evidence();
    String kind = isAboutPerson(finding) ? "person" : "company";
    String wouldFire = facts.getOrDefault(Finding.WOULD_FIRE, "");
    RuleId rule = RuleId.of(wouldFire).orElse(null);
    String what =
        rule == null
            ? texts.get("words.possibleMatch.other." + kind, ruleTitle(wouldFire))
            : switch (rule) {
              case CONVICTION_MANDATORY, CONVICTION_OTHER ->
                  texts.get(
                      "words.possibleMatch.conviction." + kind,
                      evidence.category(facts.get("offence_category")),
                      nullToDash(facts.get("final_date")),
                      court(facts));
              case CONVICTION_PENDING ->
                  texts.get(
                      "words.possibleMatch.pending." + kind,
                      evidence.category(facts.get("offence_category")),
                      court(facts));
              case TAX_UNPAID_FINAL, TAX_UNPAID, ENFORCEMENT_DEBT ->
                  texts.get("words.possibleMatch.debt." + kind, evidence.amount(total(facts)));
              case ORGANISED_CRIME_LINK -> texts.get("words.possibleMatch.network." + kind);
              default -> texts.get("words.possibleMatch.other." + kind, ruleTitle(wouldFire));
            };
    String score = facts.get("match_score");
    return texts.get(
        "words.possibleMatch." + kind + byBirthDate(finding),
        subject,
        what,
        nullToDash(facts.get("matched_record")),
        score == null ? "–" : evidence.score(score));
  }

  private String court(Map<String, String> facts) {
    List<String> parts = new ArrayList<>();
    if (facts.get("court") != null) {
      parts.add(facts.get("court"));
    }
    if (facts.get("case_number") != null) {
      parts.add(texts.get("words.caseNumber", facts.get("case_number")));
    }
    return String.join(", ", parts);
  }

  /** The debts' total; a single debt's amount when the evidence gives no total. */
  private static String total(Map<String, String> facts) {
    String total = facts.get("total_amount_sek");
    return total != null ? total : facts.get("amount_sek");
  }

  private static boolean isMinor(Map<String, String> facts) {
    try {
      return new BigDecimal(total(facts) == null ? "x" : total(facts))
              .compareTo(new BigDecimal(facts.getOrDefault("minor_amount_limit_sek", "x")))
          <= 0;
    } catch (NumberFormatException unknown) {
      return false;
    }
  }

  /** A rule this class does not know (added later): its summary, which screening wrote in words. */
  private String fallback(Finding finding) {
    if (finding.summary() != null && !finding.summary().isBlank()) {
      return finding.summary().strip();
    }
    return ruleTitle(finding.ruleId()) + ": " + subject(finding);
  }

  /**
   * The ground a code names, or the finding's grounds but misrepresentation itself, in words
   * (docs/evidence.md).
   */
  private String groundWords(Finding finding, String code) {
    List<se.vendorscreening.shared.ExclusionGround> grounds =
        code == null
            ? finding.grounds().stream()
                .filter(g -> g != se.vendorscreening.shared.ExclusionGround.MISREPRESENTATION)
                .toList()
            : se.vendorscreening.shared.ExclusionGround.ofCode(code).stream().toList();
    if (grounds.isEmpty()) {
      return "–";
    }
    return evidence.joinedAsList(grounds.stream().map(evidence::ground).toList());
  }

  /** How a record was matched, in words. */
  String matchType(MatchType matchType) {
    return matchType == null ? "" : texts.get("words.match." + matchType.name());
  }

  /** The decision a finding gives, in the shared labels. */
  String decision(Decision decision) {
    return texts.decision(decision);
  }

  private static String nullToDash(String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
