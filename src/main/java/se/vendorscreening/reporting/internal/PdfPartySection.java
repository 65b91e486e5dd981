package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;

/**
 * One flagged party in the PDF: who it is, every finding with its legal basis, evidence and match,
 * the contracts affected and the full text of each termination clause that applies.
 */
final class PdfPartySection {

  private static final float[] FINDING_COLUMNS = {122, 93, 195, 85};
  private static final float[] CONTRACT_COLUMNS = {95, 60, 65, 65, 80, 130};
  private static final float[] OVERRIDE_COLUMNS = {100, 75, 180, 70, 70};

  /** Room for the clauses' introduction, the first title and a few lines of its text. */
  private static final float CLAUSES_INTRO_WITH_FIRST_LINES = 130;

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final FindingDescriptions descriptions;
  private final ApplicableClauses clauses;

  PdfPartySection(
      PdfFlow flow,
      ReportTexts texts,
      FindingDescriptions descriptions,
      ApplicableClauses clauses) {
    this.flow = flow;
    this.texts = texts;
    this.descriptions = descriptions;
    this.clauses = clauses;
  }

  void write(PartyResult party) throws IOException {
    flow.heading(
        party.name() + " (" + party.orgNo() + ") – " + texts.decision(party.decision()), 12);
    flow.keyValues(facts(party), 150);
    if (!party.overrides().isEmpty()) {
      flow.table(OVERRIDE_COLUMNS, overrideHeader(), overrideRows(party), null);
    }
    flow.table(FINDING_COLUMNS, findingHeader(), findingRows(party), findingFills(party));
    if (!party.contracts().isEmpty()) {
      flow.table(CONTRACT_COLUMNS, contractHeader(), contractRows(party), null);
    }
    SortedSet<String> clauseIds = clauses.forParty(party);
    if (clauseIds.isEmpty()) {
      flow.paragraph(texts.get("pdf.party.noClauses"), 9);
    } else {
      flow.ensureSpace(CLAUSES_INTRO_WITH_FIRST_LINES);
      flow.paragraph(texts.get("pdf.party.clausesIntro"), 9);
      PdfFlowClauses.draw(flow, clauses.clauses(clauseIds));
    }
    flow.space(10);
  }

  private List<String[]> facts(PartyResult party) {
    List<String[]> facts = new ArrayList<>();
    facts.add(pair("pdf.party.procurement", party.procurementId()));
    facts.add(pair("pdf.party.role", texts.role(party.role() == null ? "" : party.role().name())));
    if (party.parentOrgNo() != null && !party.parentOrgNo().isBlank()) {
      facts.add(pair("pdf.party.parent", party.parentOrgNo()));
    }
    facts.add(pair("pdf.party.decision", texts.decision(party.decision())));
    if (party.computedDecision() != null && party.computedDecision() != party.decision()) {
      facts.add(pair("pdf.party.computedDecision", texts.decision(party.computedDecision())));
    }
    facts.add(pair("pdf.party.rules", String.join(", ", party.ruleIds())));
    if (party.personsChecked() != null) {
      facts.add(pair("pdf.party.personsChecked", party.personsChecked().toString()));
    }
    return facts;
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }

  private String[] findingHeader() {
    return new String[] {
      texts.get("pdf.finding.rule"),
      texts.get("pdf.finding.subject"),
      texts.get("pdf.finding.evidence"),
      texts.get("pdf.finding.match")
    };
  }

  private List<String[]> findingRows(PartyResult party) {
    List<String[]> rows = new ArrayList<>();
    for (Finding finding : party.findings()) {
      String rule =
          finding.ruleId()
              + "\n"
              + nullToEmpty(finding.legalBasis())
              + "\n"
              + texts.decision(finding.decision())
              + (finding.informational() ? "\n" + texts.get("finding.informational") : "");
      String subject =
          String.join(
              "\n",
              nullToEmpty(finding.subjectName()),
              texts.role(finding.subjectRole()),
              nullToEmpty(finding.maskedSubjectId()));
      StringBuilder evidence = new StringBuilder(nullToEmpty(finding.summary()));
      finding
          .evidence()
          .forEach(
              (key, value) ->
                  evidence
                      .append('\n')
                      .append(texts.evidenceLabel(key))
                      .append(": ")
                      .append(value));
      if (finding.groundDate() != null) {
        evidence.append('\n').append(texts.get("pdf.finding.groundDate", finding.groundDate()));
      }
      if (finding.source() != null && !finding.source().isBlank()) {
        evidence.append('\n').append(texts.get("pdf.finding.source", finding.source()));
      }
      String match =
          finding.matchType() == null
              ? "–"
              : descriptions.matchType(finding.matchType())
                  + (finding.score() == null ? "" : "\n" + descriptions.score(finding.score()));
      rows.add(new String[] {rule, subject.strip(), evidence.toString().strip(), match});
    }
    if (rows.isEmpty()) {
      rows.add(new String[] {"–", "", texts.get("pdf.finding.none"), ""});
    }
    return rows;
  }

  private List<Color> findingFills(PartyResult party) {
    List<Color> fills = new ArrayList<>();
    for (Finding finding : party.findings()) {
      fills.add(finding.informational() ? null : DecisionColours.fill(finding.decision()));
    }
    if (fills.isEmpty()) {
      fills.add(null);
    }
    return fills;
  }

  private String[] contractHeader() {
    return new String[] {
      texts.get("pdf.contract.id"),
      texts.get("pdf.contract.status"),
      texts.get("pdf.contract.start"),
      texts.get("pdf.contract.end"),
      texts.get("pdf.contract.value"),
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
            contract.annualValueSek() == null
                ? ""
                : String.format(texts.locale(), "%,d", contract.annualValueSek().longValue()),
            String.join(", ", clauses.forContract(party, contract))
          });
    }
    return rows;
  }

  private String[] overrideHeader() {
    return new String[] {
      texts.get("pdf.override.rule"),
      texts.get("pdf.override.decision"),
      texts.get("pdf.override.reason"),
      texts.get("pdf.override.actor"),
      texts.get("pdf.override.expires")
    };
  }

  private List<String[]> overrideRows(PartyResult party) {
    List<String[]> rows = new ArrayList<>();
    for (AppliedOverride override : party.overrides()) {
      rows.add(
          new String[] {
            override.ruleId(),
            texts.decision(override.decision()),
            nullToEmpty(override.reason())
                + "\n"
                + texts.get("pdf.override.covers")
                + ": "
                + descriptions.covers(override),
            nullToEmpty(override.actor()) + "\n" + texts.timestamp(override.recordedAt()),
            texts.date(override.expires())
          });
    }
    return rows;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
