package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RuleRegistries;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.RuleId;

/**
 * One party's certificate (intyg), a page or less, for every party whatever its decision: what was
 * checked and what each registry said with the date of its data, the positive lines of the credit
 * report, the representatives checked (masked), overrides, and for a flagged party the findings
 * with their evidence and legal basis, its contracts and the termination clauses that apply.
 */
final class PdfCertificate {

  private static final float[] CHECK_COLUMNS = {120, 305, 70};
  private static final float[] FINDING_COLUMNS = {215, 280};
  private static final float[] CONTRACT_COLUMNS = {95, 55, 65, 65, 85, 130};
  private static final float[] OVERRIDE_COLUMNS = {110, 80, 175, 130};

  private static final Set<RuleId> SUBCONTRACTOR_RULES = EnumSet.of(RuleId.SUBCONTRACTOR_FLAGGED);
  private static final Set<RuleId> OWNERSHIP_RULES = EnumSet.of(RuleId.SANCTIONED_OWNERSHIP);
  private static final Set<RuleId> PERSON_CIRCLE_RULES =
      EnumSet.of(RuleId.SHARED_PERSONS, RuleId.FRONT_PERSON, RuleId.REPRESENTATIVES_MISSING);

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final PartyReasons reasons;
  private final FindingWords words;
  private final RegistryDates registries;
  private final ApplicableClauses clauses;
  private final Function<String, Optional<String>> titles;
  private final Function<String, List<RegisteredRepresentative>> representatives;
  private final boolean quoteClauses;

  /**
   * @param quoteClauses whether to quote the clauses in full (a certificate of its own) or by title
   *     with a reference to appendix A (a certificate in report.pdf)
   */
  PdfCertificate(
      PdfFlow flow,
      ReportTexts texts,
      PartyReasons reasons,
      RegistryDates registries,
      ApplicableClauses clauses,
      Function<String, Optional<String>> titles,
      Function<String, List<RegisteredRepresentative>> representatives,
      boolean quoteClauses) {
    this.flow = flow;
    this.texts = texts;
    this.reasons = reasons;
    this.words = reasons.words();
    this.registries = registries;
    this.clauses = clauses;
    this.titles = titles;
    this.representatives = representatives;
    this.quoteClauses = quoteClauses;
  }

  /** Writes the certificate from the top of a new page; returns the clauses it refers to. */
  SortedSet<String> write(RunInfo run, PartyResult party) throws IOException {
    flow.startPage();
    // the party's own blocks (its name, its numbers, its persons, findings and contracts) are not
    // kept for the next certificates (see PdfFlow.own); the rest mostly comes again
    flow.own(() -> flow.heading(texts.get("certificate.title", party.name()), 13));
    List<RegisteredRepresentative> persons =
        party.partyKey() == null ? List.of() : representatives.apply(party.partyKey());
    flow.own(() -> flow.keyValues(facts(run, party), 130));
    flow.table(
        CHECK_COLUMNS,
        new String[] {
          texts.get("certificate.check.source"),
          texts.get("certificate.check.result"),
          texts.get("certificate.check.asOf")
        },
        checks(party, persons.size()),
        null);
    String representativesLine =
        representativesLine(persons)
            + (party.personsChecked() == null
                ? ""
                : " " + texts.get("persons-checked", party.personsChecked().toString()) + ".");
    if (persons.isEmpty()) {
      flow.paragraph(representativesLine, 8);
    } else {
      flow.own(() -> flow.paragraph(representativesLine, 8));
    }
    if (!party.overrides().isEmpty()) {
      flow.table(OVERRIDE_COLUMNS, overrideHeader(), overrideRows(party), null);
    }
    if (!party.findings().isEmpty()) {
      flow.own(
          () ->
              flow.table(
                  FINDING_COLUMNS,
                  new String[] {
                    texts.get("certificate.finding"), texts.get("certificate.evidence")
                  },
                  findingRows(party),
                  party.findings().stream()
                      .map(f -> f.informational() ? null : DecisionColours.fill(f.decision()))
                      .toList()));
    }
    if (!party.contracts().isEmpty()) {
      flow.own(() -> flow.table(CONTRACT_COLUMNS, contractHeader(), contractRows(party), null));
    }
    SortedSet<String> clauseIds = clauses.forParty(party);
    if (party.isFlagged()) {
      writeClauses(clauseIds);
    }
    flow.paragraph(texts.get("certificate.footer", run.runId(), run.rulesVersion()), 7);
    return clauseIds;
  }

  private List<String[]> facts(RunInfo run, PartyResult party) {
    List<String[]> facts = new ArrayList<>();
    facts.add(pair("certificate.orgNo", PdfReportWriter.maskedNumber(party.orgNo())));
    facts.add(pair("certificate.role", reasons.role(party)));
    String id = party.procurementId();
    facts.add(
        pair(
            "certificate.procurement",
            titles.apply(id).map(title -> id + " – " + title).orElse(id)));
    String decision = texts.decision(party.decision());
    if (party.computedDecision() != null && party.computedDecision() != party.decision()) {
      decision =
          decision
              + " "
              + texts.get("certificate.computedDecision", texts.decision(party.computedDecision()));
    }
    facts.add(pair("certificate.decision", decision));
    facts.add(pair("certificate.reason", reasons.reason(party)));
    facts.add(pair("certificate.legalBasis", reasons.legalBasis(party)));
    facts.add(pair("certificate.asOf", texts.date(run.asOf())));
    return facts;
  }

  /** One row per registry: what it said about the party and its persons, and its data's date. */
  private List<String[]> checks(PartyResult party, int persons) {
    List<String[]> rows = new ArrayList<>();
    rows.add(check(RegistryChecks.TAX_ARREARS, party, texts.get("certificate.tax.none")));
    rows.add(
        check(
            RegistryChecks.CONVICTIONS, party, texts.get("certificate.convictions.none", persons)));
    rows.add(check(RegistryChecks.FINANCIAL_STANDING, party, positiveFinancialLines(party)));
    rows.add(
        check(
            RegistryChecks.NETWORK_ASSESSMENTS,
            party,
            texts.get("certificate.network.none", persons)));
    List<String> subcontractors = sentences(party, SUBCONTRACTOR_RULES, null);
    if (!subcontractors.isEmpty()) {
      rows.add(
          new String[] {
            texts.get("certificate.source.SUBCONTRACTORS"), String.join("\n", subcontractors), ""
          });
    }
    List<String> ownership = sentences(party, OWNERSHIP_RULES, null);
    if (!ownership.isEmpty()) {
      rows.add(
          new String[] {
            texts.get("certificate.source.OWNERSHIP"), String.join("\n", ownership), ""
          });
    }
    List<String> circles = sentences(party, PERSON_CIRCLE_RULES, null);
    if (!circles.isEmpty()) {
      rows.add(
          new String[] {
            texts.get("certificate.source.PERSON_CIRCLE"), String.join("\n", circles), ""
          });
    }
    List<String> other = otherSentences(party);
    if (!other.isEmpty()) {
      rows.add(new String[] {texts.get("certificate.source.OTHER"), String.join("\n", other), ""});
    }
    return rows;
  }

  private String[] check(String check, PartyResult party, String nothingFound) {
    List<String> said = sentences(party, RuleRegistries.reading(check), check);
    return new String[] {
      texts.get("certificate.source." + check),
      said.isEmpty() ? nothingFound : String.join("\n", said),
      registries.dateCell(check)
    };
  }

  /** The findings of these rules (or name-only matches that would fire them, or failed checks). */
  private List<String> sentences(PartyResult party, Set<RuleId> rules, String check) {
    List<String> said = new ArrayList<>();
    for (Finding finding : party.findings()) {
      if (finding.recordRule().filter(rules::contains).isPresent()
          || (check != null && failedCheck(finding, check))) {
        said.add(words.sentence(finding));
      }
    }
    return said;
  }

  private static boolean failedCheck(Finding finding, String check) {
    return finding.is(RuleId.CHECK_FAILED) && check.equals(finding.evidence().get("check"));
  }

  /** Findings no registry row says: rules added later, checks that name no registry. */
  private List<String> otherSentences(PartyResult party) {
    List<String> other = new ArrayList<>();
    for (Finding finding : party.findings()) {
      if (!saidInARow(finding)) {
        other.add(words.sentence(finding));
      }
    }
    return other;
  }

  /** Whether one of the rows above (a registry, subcontractors, ownership, circle) says it. */
  private static boolean saidInARow(Finding finding) {
    if (finding.is(RuleId.POSSIBLE_MATCH) && finding.evidence().containsKey(Finding.WOULD_FIRE)) {
      return !finding
          .evidence()
          .get(Finding.WOULD_FIRE)
          .equals(RuleId.SUBCONTRACTOR_FLAGGED.name());
    }
    if (finding.is(RuleId.CHECK_FAILED)) {
      return RegistryChecks.REGISTRIES.stream().anyMatch(check -> failedCheck(finding, check));
    }
    return finding
        .rule()
        .filter(
            rule ->
                RuleRegistries.of(rule) != null
                    || SUBCONTRACTOR_RULES.contains(rule)
                    || OWNERSHIP_RULES.contains(rule)
                    || PERSON_CIRCLE_RULES.contains(rule))
        .isPresent();
  }

  /**
   * The credit report's lines that a rule would have flagged had they been otherwise: status
   * active, the registrations held, an acceptable risk class.
   */
  private String positiveFinancialLines(PartyResult party) {
    boolean riskFlagged = false;
    Set<String> missing = new java.util.HashSet<>();
    for (Finding finding : party.findings()) {
      riskFlagged |= finding.is(RuleId.CREDIT_RISK);
      if (finding.is(RuleId.REGISTRATION_MISSING)) {
        String codes = finding.evidence().getOrDefault("missing", "");
        missing.addAll(List.of(codes.split("[|,]")));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(texts.get("certificate.financial.active"));
    boolean swedish = party.orgNo() != null && !party.orgNo().contains(":");
    if (swedish) {
      for (String registration : List.of("F_TAX", "VAT", "EMPLOYER")) {
        if (!missing.contains(registration)) {
          lines.add(texts.get("certificate.financial." + registration));
        }
      }
    }
    if (!riskFlagged) {
      lines.add(texts.get("certificate.financial.riskClass"));
    }
    return String.join("\n", lines);
  }

  private String representativesLine(List<RegisteredRepresentative> persons) {
    if (persons.isEmpty()) {
      return texts.get("certificate.representatives.none");
    }
    List<String> named = new ArrayList<>();
    for (RegisteredRepresentative person : persons) {
      String id =
          person.personId() != null
              ? person.personId().masked()
              : (person.birth() == null ? "" : person.birth().substring(0, 7));
      named.add(
          person.name()
              + " ("
              + texts.role(person.role().name()).toLowerCase(texts.locale())
              + (id.isEmpty() ? "" : ", " + id)
              + ")");
    }
    return texts.get("certificate.representatives", persons.size(), String.join(", ", named));
  }

  private List<String[]> findingRows(PartyResult party) {
    List<String[]> rows = new ArrayList<>();
    for (Finding finding : party.findings()) {
      StringBuilder left = new StringBuilder(words.sentence(finding));
      left.append('\n')
          .append(texts.get("certificate.finding.legalBasis"))
          .append(": ")
          .append(reasons.legal().of(finding, party.procurementType()));
      left.append('\n')
          .append(texts.get("certificate.finding.decision"))
          .append(": ")
          .append(
              finding.informational()
                  ? texts.get("certificate.finding.informational")
                  : texts.decision(finding.decision()));
      StringBuilder right = new StringBuilder();
      String about = words.subject(finding);
      if (!about.isBlank()) {
        right
            .append(texts.get("certificate.finding.about"))
            .append(": ")
            .append(about)
            .append(finding.maskedSubjectId() == null ? "" : ", " + finding.maskedSubjectId())
            .append('\n');
      }
      right.append(words.evidence().text(finding));
      if (finding.matchType() != null) {
        right
            .append('\n')
            .append(texts.get("certificate.finding.match"))
            .append(": ")
            .append(words.matchType(finding.matchType()));
      }
      rows.add(new String[] {left.toString(), right.toString().strip()});
    }
    return rows;
  }

  private String[] contractHeader() {
    return new String[] {
      texts.get("pdf.contract.id"),
      texts.get("pdf.contract.status"),
      texts.get("pdf.contract.start"),
      texts.get("pdf.contract.end"),
      texts.get("pdf.contract.annualValue"),
      texts.get("pdf.contract.clauses")
    };
  }

  private List<String[]> contractRows(PartyResult party) {
    List<String[]> rows = new ArrayList<>();
    for (Contract contract : party.contracts()) {
      rows.add(
          new String[] {
            contract.contractId(),
            texts.getOrDefault("contractStatus." + contract.status(), contract.status().name()),
            texts.date(contract.start()),
            texts.date(contract.end()),
            texts.amount(contract.annualValueSek()),
            // by their titles: the ids are codes; appendix A lists each as "id – title"
            clauses.clauses(clauses.forContract(party, contract)).stream()
                .map(Clause::title)
                .collect(java.util.stream.Collectors.joining("\n"))
          });
    }
    return rows;
  }

  private String[] overrideHeader() {
    return new String[] {
      texts.get("pdf.override.rule"),
      texts.get("pdf.override.decision"),
      texts.get("pdf.override.reason"),
      texts.get("pdf.override.actor")
    };
  }

  private List<String[]> overrideRows(PartyResult party) {
    List<String[]> rows = new ArrayList<>();
    for (AppliedOverride override : party.overrides()) {
      rows.add(
          new String[] {
            words.ruleTitle(override.ruleId()),
            texts.decision(override.decision()),
            (override.reason() == null ? "" : override.reason())
                + "\n"
                + texts.get("pdf.override.covers")
                + ": "
                + (override.coveredRecords().isEmpty()
                    ? texts.get("override.coversNothing")
                    : override.coveredRecords().stream()
                        .map(words.evidence()::debts)
                        .collect(java.util.stream.Collectors.joining("; "))),
            (override.actor() == null ? "" : override.actor())
                + "\n"
                + texts.timestamp(override.recordedAt())
                + (override.expires() == null
                    ? ""
                    : "\n"
                        + texts.get("certificate.override.expires", texts.date(override.expires())))
          });
    }
    return rows;
  }

  private void writeClauses(SortedSet<String> clauseIds) throws IOException {
    if (clauseIds.isEmpty()) {
      flow.paragraph(texts.get("pdf.party.noClauses"), 8);
      return;
    }
    if (quoteClauses) {
      flow.paragraph(texts.get("pdf.party.clausesIntro"), 8);
      PdfFlowClauses.draw(flow, clauses.clauses(clauseIds));
      return;
    }
    // by title, as the contract table names them: the ids are results.csv's codes, and appendix A
    // heads each clause with its title
    List<String> titles = new ArrayList<>();
    for (Clause clause : clauses.clauses(clauseIds)) {
      titles.add(clause.title());
    }
    flow.paragraph(texts.get("certificate.clauses", String.join("; ", titles)), 8);
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }
}
