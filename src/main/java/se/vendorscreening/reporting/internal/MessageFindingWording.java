package se.vendorscreening.reporting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.reporting.FindingWording;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.ProcurementType;

/** Words a finding with the reports' own {@link FindingWords} and {@link EvidenceWords}. */
@Component
class MessageFindingWording implements FindingWording {

  private final ReportTexts swedishTexts;
  private final ReportTexts englishTexts;
  private final FindingWords swedish;
  private final FindingWords english;
  private final LegalBasis swedishLegal;
  private final LegalBasis englishLegal;

  MessageFindingWording(MessageSource messages) {
    this.swedishTexts = new ReportTexts(messages, Locale.forLanguageTag("sv"));
    this.englishTexts = new ReportTexts(messages, Locale.ENGLISH);
    this.swedish = new FindingWords(swedishTexts);
    this.english = new FindingWords(englishTexts);
    this.swedishLegal = new LegalBasis(swedishTexts);
    this.englishLegal = new LegalBasis(englishTexts);
  }

  @Override
  public String legalBasis(Finding finding, ProcurementType regime, Locale language) {
    return (ReportTexts.isEnglish(language) ? englishLegal : swedishLegal).of(finding, regime);
  }

  @Override
  public String source(Finding finding, RunInfo run, Locale language) {
    boolean inEnglish = ReportTexts.isEnglish(language);
    String check = HearingLetterWriter.checkOf(finding);
    if (check != null) {
      RegistryDates registries = new RegistryDates(run, inEnglish ? englishTexts : swedishTexts);
      return registries.name(check) + ", " + registries.asOf(check);
    }
    String basis = (inEnglish ? english : swedish).evidence().basis(finding);
    return basis.isEmpty() ? null : basis;
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
