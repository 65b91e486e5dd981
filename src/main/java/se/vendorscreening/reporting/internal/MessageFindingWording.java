package se.vendorscreening.reporting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.reporting.FindingWording;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.Finding;

/** Words a finding with the reports' own {@link FindingWords} and {@link EvidenceWords}. */
@Component
class MessageFindingWording implements FindingWording {

  private final FindingWords swedish;
  private final FindingWords english;

  MessageFindingWording(MessageSource messages) {
    this.swedish = new FindingWords(new ReportTexts(messages, Locale.forLanguageTag("sv")));
    this.english = new FindingWords(new ReportTexts(messages, Locale.ENGLISH));
  }

  @Override
  public WordedFinding of(Finding finding, Locale language) {
    FindingWords words = ReportTexts.isEnglish(language) ? english : swedish;
    EvidenceWords evidence = words.evidence();
    return new WordedFinding(
        words.ruleTitle(finding.ruleId()),
        words.sentence(finding),
        words.subject(finding),
        finding.grounds().stream()
            .map(ground -> new InWords(evidence.ground(ground), ground.code()))
            .toList(),
        finding.basis().stream()
            .map(EvidenceBasis::kind)
            .distinct()
            .map(kind -> new InWords(evidence.kind(kind), kind.name()))
            .toList(),
        finding.basis().stream().map(evidence::basis).toList(),
        evidence.facts(finding).stream()
            .map(fact -> new EvidenceLine(fact[0], fact[1], fact[2]))
            .toList());
  }
}
