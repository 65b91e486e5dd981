package se.vendorscreening.reporting;

import java.util.List;
import java.util.Locale;
import se.vendorscreening.screening.PartyResult;

/** The termination clauses one party's findings invoke, as the flag report quotes them. */
public interface PartyClauses {

  /** The clauses that apply to any of the party's contracts, in id order, in the language. */
  List<ClauseText> of(PartyResult party, Locale language);

  /**
   * One clause as the catalogue writes it.
   *
   * @param id the clause id, as results.csv lists it
   * @param title its heading
   * @param paragraphs its text, one paragraph an element
   */
  record ClauseText(String id, String title, List<String> paragraphs) {

    public ClauseText {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
