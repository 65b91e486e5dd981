package se.vendorscreening.reporting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;

/**
 * What one row about a party says in the PDF's table of parties and in the workbook: its role, the
 * reason for its decision in a line, and the precise legal basis.
 */
final class PartyReasons {

  private final ReportTexts texts;
  private final FindingWords words;
  private final LegalBasis legal;

  PartyReasons(ReportTexts texts, FindingWords words, LegalBasis legal) {
    this.texts = texts;
    this.words = words;
    this.legal = legal;
  }

  FindingWords words() {
    return words;
  }

  ReportTexts texts() {
    return texts;
  }

  LegalBasis legal() {
    return legal;
  }

  /** "Anbudsgivare", or "Underleverantör till 555427-0008". */
  String role(PartyResult party) {
    if (party.role() == PartyRole.SUBCONTRACTOR) {
      return party.parentOrgNo() == null || party.parentOrgNo().isBlank()
          ? texts.get("party.role.subcontractor")
          : texts.get("party.role.subcontractorOf", PersonalNumbers.mask(party.parentOrgNo()));
    }
    return texts.get("party.role.tenderer");
  }

  /** The findings that decided, in rule order: every finding that is not only information. */
  static List<Finding> deciding(PartyResult party) {
    return party.findings().stream().filter(finding -> !finding.informational()).toList();
  }

  /**
   * The reason in a line: the most severe finding in a few words ("and 2 more"), an override's
   * reason, or that nothing was found.
   */
  String reason(PartyResult party) {
    List<Finding> deciding = deciding(party);
    StringBuilder reason = new StringBuilder();
    if (!deciding.isEmpty()) {
      Finding first = mostSevere(deciding);
      reason.append(words.brief(first));
      if (deciding.size() > 1) {
        reason.append(' ').append(texts.get("party.reason.more", deciding.size() - 1));
      }
    } else if (!party.findings().isEmpty()) {
      reason.append(texts.get("party.reason.onlyInformation"));
    } else {
      reason.append(texts.get("party.reason.none"));
    }
    for (AppliedOverride override : party.overrides()) {
      reason
          .append(". ")
          .append(
              texts.get(
                  "party.reason.override",
                  texts.decision(override.decision()),
                  nullToEmpty(override.actor()),
                  nullToEmpty(override.reason())));
    }
    return PersonalNumbers.mask(reason.toString());
  }

  /** The legal basis of the findings that decided, each reference once. */
  String legalBasis(PartyResult party) {
    Set<String> references = new LinkedHashSet<>();
    for (Finding finding : sortedBySeverity(deciding(party))) {
      String reference = legal.of(finding, party.procurementType());
      if (!reference.isBlank()) {
        references.add(reference);
      }
    }
    return references.isEmpty() ? "–" : String.join("; ", references);
  }

  private static Finding mostSevere(List<Finding> findings) {
    return sortedBySeverity(findings).get(0);
  }

  /** EXCLUDE first, then INCOMPLETE, REVIEW, CLEAR; rule order within each. */
  static List<Finding> sortedBySeverity(List<Finding> findings) {
    return findings.stream()
        .sorted(java.util.Comparator.comparingInt(finding -> severity(finding.decision())))
        .toList();
  }

  static int severity(se.vendorscreening.shared.Decision decision) {
    return switch (decision) {
      case EXCLUDE -> 0;
      case INCOMPLETE -> 1;
      case REVIEW -> 2;
      case CLEAR -> 3;
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
