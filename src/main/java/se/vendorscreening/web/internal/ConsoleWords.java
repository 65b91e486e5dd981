package se.vendorscreening.web.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import se.vendorscreening.reporting.FindingWording;
import se.vendorscreening.reporting.FindingWording.WordedFinding;
import se.vendorscreening.screening.Finding;

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
}
