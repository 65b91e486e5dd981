package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.screening.ExclusionGrounds;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.GroundAnswer;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.RuleId;

/**
 * Judges, per exclusion ground, whether the evidence at hand satisfies it (docs/evidence.md): the
 * place where registry answers, sworn statements, vendor documents and register-check answers meet.
 *
 * <ul>
 *   <li>A ground that needs evidence under the party's regime is satisfied by a registry answer
 *       (when the regime accepts REGISTRY for it, the party's country is one the registries cover,
 *       and the registry of the ground answered for the party and every person checked), or by a
 *       valid piece of {@link GroundEvidence} of an accepted kind that says the ground is absent.
 *       Otherwise: EVIDENCE_MISSING (INCOMPLETE), saying which statement or document was too old.
 *   <li>A valid sworn statement that declares a ground absent while a finding of a contradicting
 *       rule (or a document or register check) shows it: FALSE_DECLARATION.
 *   <li>A document or register check that reports a ground present: GROUND_REPORTED.
 *   <li>Each statement or document that satisfied grounds: EVIDENCE_ACCEPTED (information).
 * </ul>
 */
final class GroundJudge {

  private GroundJudge() {}

  /**
   * Rules whose finding says only that a registry holds no data about the party: the grounds they
   * name are unanswered, not shown, so accepted evidence of exactly those grounds answers them.
   */
  static final Set<String> NO_DATA_RULES = Set.of(FinancialNoDataRule.ID.name());

  /**
   * The party's findings: those of the other rules, a no-data finding whose grounds accepted
   * evidence answers without them (see {@link #answered}), and the findings about its grounds.
   */
  static List<Finding> judge(
      PartyEvidence evidence, List<Finding> ruleFindings, RuleContext context) {
    EvidenceRules rules = context.rules().evidence();
    List<GroundEvidence> valid = new ArrayList<>();
    for (GroundEvidence item : evidence.groundEvidence()) {
      if (item.answer() != GroundAnswer.UNKNOWN && isValid(item, context.asOf(), rules)) {
        valid.add(item);
      }
    }
    List<Finding> all = new ArrayList<>(ruleFindings.size());
    for (Finding finding : ruleFindings) {
      all.add(
          NO_DATA_RULES.contains(finding.ruleId()) && !finding.informational()
              ? answered(finding, evidence, valid, rules, context)
              : finding);
    }
    all.addAll(groundFindings(evidence, List.copyOf(all), context));
    return all;
  }

  /**
   * A no-data finding without the grounds that valid evidence of a kind accepted for the ground and
   * regime (not a registry: the registry is what had no data) shows absent. The finding stays what
   * it is for the rest: FINANCIAL_NO_DATA still says the party's economic standing cannot be
   * assessed (LOU 14 kap. 5 §, a selection criterion: {@code NATIONAL.OTHER} once bankruptcy and
   * insolvency are answered), and a ground no such evidence covers stays on it, unanswered.
   */
  static Finding answered(
      Finding finding,
      PartyEvidence evidence,
      List<GroundEvidence> valid,
      EvidenceRules rules,
      RuleContext context) {
    List<ExclusionGround> open = new ArrayList<>();
    Map<EvidenceBasis, Set<ExclusionGround>> answering = new LinkedHashMap<>();
    for (ExclusionGround ground : finding.grounds()) {
      List<GroundEvidence> satisfying = satisfying(ground, valid, evidence, rules, context);
      if (satisfying.isEmpty()) {
        open.add(ground);
      } else {
        satisfying.forEach(
            i ->
                answering
                    .computeIfAbsent(i.basis(), b -> EnumSet.noneOf(ExclusionGround.class))
                    .add(ground));
      }
    }
    if (answering.isEmpty()) {
      return finding;
    }
    Map<String, String> facts = new LinkedHashMap<>(finding.evidence());
    List<String> who = new ArrayList<>();
    answering.forEach(
        (basis, grounds) ->
            who.add(
                who(basis, context).replaceAll(",$", "")
                    + " ("
                    + grounds.stream()
                        .map(g -> context.texts().label("ground", g.name()))
                        .collect(Collectors.joining(", "))
                    + ")"));
    facts.put(ANSWERED_BY, String.join("; ", who));
    String note =
        context
            .texts()
            .text(
                "evidence.note.answered." + finding.ruleId(),
                answering.values().stream()
                    .flatMap(Set::stream)
                    .distinct()
                    .sorted()
                    .map(g -> context.texts().label("ground", g.name()))
                    .collect(Collectors.joining(", ")),
                answering.keySet().stream()
                    .map(b -> who(b, context).replaceAll(",$", ""))
                    .collect(Collectors.joining("; ")));
    List<EvidenceBasis> basis = new ArrayList<>(finding.basis());
    answering.keySet().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
    return new Finding(
        finding.ruleId(),
        finding.legalBasis(),
        finding.decision(),
        finding.informational(),
        finding.subjectName(),
        finding.subjectRole(),
        finding.maskedSubjectId(),
        finding.matchType(),
        finding.score(),
        finding.summary() + " " + note,
        facts,
        finding.groundDate(),
        finding.source(),
        open.isEmpty() ? List.of(ExclusionGround.NATIONAL_OTHER) : open,
        basis);
  }

  /** The evidence key naming what answered a no-data finding's grounds. */
  static final String ANSWERED_BY = "grounds_answered_by";

  /** Valid evidence of a kind accepted for the ground that says it is absent, for everyone. */
  private static List<GroundEvidence> satisfying(
      ExclusionGround ground,
      List<GroundEvidence> valid,
      PartyEvidence evidence,
      EvidenceRules rules,
      RuleContext context) {
    Set<EvidenceKind> kinds = rules.acceptedFor(ground, context.regime());
    return valid.stream()
        .filter(i -> i.ground() == ground && i.answer() == GroundAnswer.ABSENT)
        .filter(i -> i.basis().kind() != EvidenceKind.REGISTRY)
        .filter(i -> kinds.contains(i.basis().kind()))
        .filter(i -> coversCircle(i, evidence))
        .toList();
  }

  /** The findings about the party's grounds, given the findings of the other rules. */
  private static List<Finding> groundFindings(
      PartyEvidence evidence, List<Finding> ruleFindings, RuleContext context) {
    EvidenceRules rules = context.rules().evidence();
    LocalDate asOf = context.asOf();
    List<GroundEvidence> valid = new ArrayList<>();
    List<GroundEvidence> expired = new ArrayList<>();
    for (GroundEvidence item : evidence.groundEvidence()) {
      if (item.answer() == GroundAnswer.UNKNOWN) {
        continue;
      }
      (isValid(item, asOf, rules) ? valid : expired).add(item);
    }
    List<Finding> findings = new ArrayList<>();
    findings.addAll(contradictions(evidence, ruleFindings, valid, rules, context));
    findings.addAll(reported(evidence, valid, context));
    Map<EvidenceBasis, Set<ExclusionGround>> accepted = new LinkedHashMap<>();
    Set<ExclusionGround> noData = EnumSet.noneOf(ExclusionGround.class);
    ruleFindings.stream()
        .filter(f -> NO_DATA_RULES.contains(f.ruleId()))
        .forEach(f -> noData.addAll(ExclusionGrounds.of(f.ruleId(), f.evidence())));
    for (ExclusionGround ground : rules.requiredUnder(context.regime())) {
      Set<EvidenceKind> kinds = rules.acceptedFor(ground, context.regime());
      boolean registry =
          kinds.contains(EvidenceKind.REGISTRY) && registryAnswered(evidence, ground, rules);
      if (registry && !noData.contains(ground)) {
        continue;
      }
      List<GroundEvidence> satisfying = satisfying(ground, valid, evidence, rules, context);
      if (!satisfying.isEmpty()) {
        satisfying.forEach(
            i ->
                accepted
                    .computeIfAbsent(i.basis(), b -> EnumSet.noneOf(ExclusionGround.class))
                    .add(ground));
        continue;
      }
      if (registry) {
        continue; // it answered that it holds no data: the no-data finding says so (REVIEW)
      }
      if (kinds.contains(EvidenceKind.REGISTRY) && registryFailed(evidence, ground, rules)) {
        continue; // CHECK_FAILED already says so (INCOMPLETE); an override of it still applies
      }
      findings.add(missing(evidence, ground, kinds, valid, expired, rules, context));
    }
    accepted.forEach(
        (basis, grounds) -> findings.add(acceptedFinding(evidence, basis, grounds, context)));
    return findings;
  }

  /** Whether a statement or document still counts on the evaluation date. */
  static boolean isValid(GroundEvidence item, LocalDate asOf, EvidenceRules rules) {
    LocalDate until = validUntil(item, rules);
    return until == null || !asOf.isAfter(until);
  }

  static LocalDate validUntil(GroundEvidence item, EvidenceRules rules) {
    if (item.validUntil() != null) {
      return item.validUntil();
    }
    LocalDate date = item.basis().date();
    if (date == null) {
      return null;
    }
    Period maxAge =
        switch (item.basis().kind()) {
          case SWORN_STATEMENT -> rules.statementMaxAge();
          case VENDOR_DOCUMENT -> rules.documentMaxAge();
          default -> null;
        };
    return maxAge == null ? null : date.plus(maxAge);
  }

  /**
   * Whether a registry answered for the ground: the party's country is one the registries cover,
   * and the check the ground rests on did not fail for anyone checked.
   */
  static boolean registryAnswered(
      PartyEvidence evidence, ExclusionGround ground, EvidenceRules rules) {
    if (!rules.registriesCover(evidence.party().country())) {
      return false;
    }
    for (String check :
        List.of(
            RegistryChecks.CONVICTIONS,
            RegistryChecks.TAX_ARREARS,
            RegistryChecks.FINANCIAL_STANDING)) {
      if (ExclusionGrounds.ofCheck(check).contains(ground)) {
        return evidence.failures().stream().noneMatch(f -> f.check().equals(check));
      }
    }
    return false;
  }

  /** Whether the registry the ground rests on would count but could not answer (CHECK_FAILED). */
  static boolean registryFailed(
      PartyEvidence evidence, ExclusionGround ground, EvidenceRules rules) {
    return rules.registriesCover(evidence.party().country())
        && evidence.failures().stream()
            .anyMatch(f -> ExclusionGrounds.ofCheck(f.check()).contains(ground));
  }

  /**
   * Whether evidence naming persons covers everyone checked for a conviction ground; evidence
   * naming nobody covers the party and its whole circle.
   */
  static boolean coversCircle(GroundEvidence item, PartyEvidence evidence) {
    return uncoveredPersons(item, evidence).isEmpty();
  }

  static List<String> uncoveredPersons(GroundEvidence item, PartyEvidence evidence) {
    if (item.persons().isEmpty() || !item.ground().isConviction()) {
      return List.of();
    }
    Set<String> named = new TreeSet<>();
    item.persons().forEach(p -> named.add(normal(p)));
    return evidence.party().representatives().stream()
        .map(RegisteredRepresentative::name)
        .filter(name -> !named.contains(normal(name)))
        .toList();
  }

  private static String normal(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<Finding> contradictions(
      PartyEvidence evidence,
      List<Finding> ruleFindings,
      List<GroundEvidence> valid,
      EvidenceRules rules,
      RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (GroundEvidence declared : valid) {
      if (declared.answer() != GroundAnswer.ABSENT
          || declared.basis().kind() != EvidenceKind.SWORN_STATEMENT) {
        continue;
      }
      List<Finding> records =
          ruleFindings.stream()
              .filter(f -> !f.informational() && rules.contradictingRules().contains(f.ruleId()))
              .filter(f -> f.matchType() == null || !f.matchType().isWeak())
              .filter(f -> f.grounds().contains(declared.ground()))
              .filter(f -> aboutCovered(f, declared))
              .toList();
      List<GroundEvidence> reports =
          valid.stream()
              .filter(i -> i.ground() == declared.ground() && i.answer() == GroundAnswer.PRESENT)
              .toList();
      if (records.isEmpty() && reports.isEmpty()) {
        continue;
      }
      FindingBuilder finding =
          FindingBuilder.finding(RuleId.FALSE_DECLARATION, context)
              .about(evidence.partySubject())
              .grounds(List.of(ExclusionGround.MISREPRESENTATION, declared.ground()))
              .basis(declared.basis())
              .groundDate(declared.basis().date())
              .evidence("declared_ground", declared.ground().code())
              .evidence("declared_by", declared.basis().declaredBy())
              .evidence("declared_on", declared.basis().date())
              .evidence("declaration", declared.basis().declaration())
              .evidence("statement", declared.basis().reference());
      List<String> shown = new ArrayList<>();
      for (Finding record : records) {
        record.basis().forEach(finding::basis);
        shown.add(record.summary());
      }
      for (GroundEvidence report : reports) {
        finding.basis(report.basis());
        shown.add(
            context.texts().label("evidence-kind", report.basis().kind().name())
                + " "
                + nullToEmpty(report.basis().reference()));
      }
      String contradicted = String.join("; ", shown);
      findings.add(
          finding
              .evidence("contradicted_by", contradicted)
              .ruleSummary(
                  evidence.party().name(),
                  nullToEmpty(declared.basis().declaredBy()),
                  String.valueOf(declared.basis().date()),
                  context.texts().label("ground", declared.ground().name()),
                  contradicted)
              .build());
    }
    return findings;
  }

  /** Whether a finding is about the party or a person the declaration covers. */
  private static boolean aboutCovered(Finding finding, GroundEvidence declared) {
    if (declared.persons().isEmpty()) {
      return true;
    }
    String role = finding.subjectRole();
    if ("VENDOR".equals(role) || "SUBCONTRACTOR".equals(role)) {
      return true;
    }
    return declared.persons().stream()
        .anyMatch(p -> normal(p).equals(normal(finding.subjectName())));
  }

  private static List<Finding> reported(
      PartyEvidence evidence, List<GroundEvidence> valid, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (GroundEvidence report : valid) {
      if (report.answer() != GroundAnswer.PRESENT) {
        continue;
      }
      findings.add(
          FindingBuilder.finding(RuleId.GROUND_REPORTED, context)
              .about(evidence.partySubject())
              .grounds(List.of(report.ground()))
              .basis(report.basis())
              .source(report.basis().reference())
              .groundDate(report.basis().date())
              .evidence("ground", report.ground().code())
              .evidence("reference", report.basis().reference())
              .evidence("issuer", report.basis().issuer())
              .evidence(
                  EvidenceMarks.REGISTER_CHECK,
                  report.basis().kind() == EvidenceKind.REGISTER_CHECK
                      ? report.ground().code() + "=YES"
                      : null)
              .ruleSummary(
                  evidence.party().name(),
                  context.texts().label("evidence-kind", report.basis().kind().name()),
                  nullToEmpty(report.basis().reference()),
                  context.texts().label("ground", report.ground().name()))
              .build());
    }
    return findings;
  }

  private static Finding missing(
      PartyEvidence evidence,
      ExclusionGround ground,
      Set<EvidenceKind> kinds,
      List<GroundEvidence> valid,
      List<GroundEvidence> expired,
      EvidenceRules rules,
      RuleContext context) {
    String accepted =
        kinds.stream()
            .map(k -> context.texts().label("evidence-kind", k.name()))
            .collect(Collectors.joining(", "));
    FindingBuilder finding =
        FindingBuilder.finding(RuleId.EVIDENCE_MISSING, context)
            .about(evidence.partySubject())
            .grounds(List.of(ground))
            .evidence("ground", ground.code())
            .evidence(
                "accepted_kinds", kinds.stream().map(Enum::name).collect(Collectors.joining("|")));
    if (kinds.contains(EvidenceKind.REGISTRY)) {
      finding.basis(EvidenceBasis.registry(null, null, null));
    }
    List<String> notes = new ArrayList<>();
    if (kinds.contains(EvidenceKind.REGISTRY)
        && !rules.registriesCover(evidence.party().country())) {
      notes.add(context.texts().text("evidence.note.foreign", evidence.party().country()));
    }
    for (GroundEvidence old : expired) {
      if (old.ground() != ground) {
        continue;
      }
      finding.basis(old.basis());
      finding.evidence(EvidenceMarks.EXPIRED, old.basis().reference() + " " + old.basis().date());
      notes.add(
          context
              .texts()
              .text(
                  old.basis().kind() == EvidenceKind.SWORN_STATEMENT
                      ? "evidence.note.statement-expired"
                      : "evidence.note.document-expired",
                  nullToEmpty(old.basis().declaredBy()),
                  String.valueOf(old.basis().date()),
                  String.valueOf(validUntil(old, rules)),
                  nullToEmpty(old.basis().reference()),
                  nullToEmpty(old.basis().issuer())));
    }
    for (GroundEvidence partial : valid) {
      if (partial.ground() != ground || partial.answer() != GroundAnswer.ABSENT) {
        continue;
      }
      if (!kinds.contains(partial.basis().kind())) {
        notes.add(
            context
                .texts()
                .text(
                    "evidence.note.kind-not-accepted",
                    context.texts().label("evidence-kind", partial.basis().kind().name())));
      } else {
        List<String> uncovered = uncoveredPersons(partial, evidence);
        if (!uncovered.isEmpty()) {
          notes.add(
              context
                  .texts()
                  .text("evidence.note.persons-not-covered", String.join(", ", uncovered)));
        }
      }
    }
    return finding
        .ruleSummary(
            evidence.party().name(),
            context.texts().label("ground", ground.name()),
            accepted,
            notes.isEmpty() ? "" : " " + String.join(" ", notes))
        .build();
  }

  private static Finding acceptedFinding(
      PartyEvidence evidence,
      EvidenceBasis basis,
      Set<ExclusionGround> grounds,
      RuleContext context) {
    String names =
        grounds.stream()
            .map(g -> context.texts().label("ground", g.name()))
            .collect(Collectors.joining(", "));
    String who = who(basis, context);
    return FindingBuilder.finding(RuleId.EVIDENCE_ACCEPTED, context)
        .about(evidence.partySubject())
        .informational()
        .grounds(grounds)
        .basis(basis)
        .source(basis.reference())
        .groundDate(basis.date())
        .evidence("reference", basis.reference())
        .evidence("issuer", basis.issuer())
        .evidence("declared_by", basis.declaredBy())
        .evidence("date", basis.date())
        .evidence(
            EvidenceMarks.REGISTER_CHECK,
            basis.kind() == EvidenceKind.REGISTER_CHECK
                ? grounds.stream().map(g -> g.code() + "=NO").collect(Collectors.joining("|"))
                : null)
        .ruleSummary(evidence.party().name(), who, names)
        .build();
  }

  /** Who gave the evidence and when, in words: "sanningsförsäkran undertecknad av …". */
  private static String who(EvidenceBasis basis, RuleContext context) {
    return basis.kind() == EvidenceKind.SWORN_STATEMENT
        ? context
            .texts()
            .text(
                "evidence.who.statement",
                nullToEmpty(basis.declaredBy()),
                String.valueOf(basis.date()))
        : context
            .texts()
            .text(
                "evidence.who.document",
                nullToEmpty(basis.reference()),
                nullToEmpty(basis.issuer()),
                String.valueOf(basis.date()));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
