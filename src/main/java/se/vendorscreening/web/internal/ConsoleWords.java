package se.vendorscreening.web.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import se.vendorscreening.reporting.FindingWording;
import se.vendorscreening.reporting.FindingWording.WordedFinding;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.ProcurementType;

/**
 * Findings in the viewer's language, as the PDF words them, for the pages that list them ({@code
 * ${@consoleWords.of(f, #locale)}}): a run's stored summaries are in the language it ran in.
 */
@Component("consoleWords")
class ConsoleWords {

  private final FindingWording wording;

  ConsoleWords(FindingWording wording) {
    this.wording = wording;
  }

  public WordedFinding of(Finding finding, Locale language) {
    return wording.of(finding, language);
  }

  /**
   * The finding's source as the PDF names it, the registry with the date of its data ({@code
   * ${@consoleWords.source(f, run, #locale)}}), never the extract's file and line.
   */
  public String source(Finding finding, RunInfo run, Locale language) {
    return wording.source(finding, run, language);
  }

  /**
   * The finding's precise legal basis as the PDF cites it ({@code ${@consoleWords.legalBasis(f,
   * party.procurementType, #locale)}}), not the rule's general reference.
   */
  public String legalBasis(Finding finding, ProcurementType regime, Locale language) {
    return wording.legalBasis(finding, regime, language);
  }
}
