package se.vendorscreening.screening;

import java.util.List;
import java.util.Locale;
import se.vendorscreening.shared.Decision;

/**
 * A party's decision, role, reason and findings in the words the reports use (report.pdf, the
 * workbook, the certificates), for other texts a person reads: the {@code show} command and the
 * re-check's e-mail. The words come from the same message bundles ({@code messages/decisions},
 * {@code messages/reporting}), so the console, the e-mail and the reports never disagree. The
 * reporting module implements it, as it does {@link RunReportWriter}.
 */
public interface PartyWords {

  /** The decision's label, e.g. "Uteslut", "Inga anmärkningar". */
  String decision(Decision decision, Locale language);

  /** "Anbudsgivare", or "Underleverantör till 555427-0008". */
  String role(PartyResult party, Locale language);

  /**
   * The reason for the party's decision in a line, as the report's table of parties gives it: the
   * most severe finding in a few words ("and 2 more"), an override, or that nothing was found.
   * Personal numbers masked.
   */
  String reason(PartyResult party, Locale language);

  /** The titles of the party's findings that decided, most severe first, each once. */
  List<String> findings(PartyResult party, Locale language);
}
