package se.vendorscreening.reporting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.PartyWords;
import se.vendorscreening.shared.Decision;

/** The reports' words about a party ({@link PartyReasons}), one set per language. */
@Component
class ReportPartyWords implements PartyWords {

  private final MessageSource messages;
  private final Map<Locale, PartyReasons> byLanguage = new ConcurrentHashMap<>();

  ReportPartyWords(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String decision(Decision decision, Locale language) {
    return reasons(language).texts().decision(decision);
  }

  @Override
  public String role(PartyResult party, Locale language) {
    return reasons(language).role(party);
  }

  @Override
  public String reason(PartyResult party, Locale language) {
    return reasons(language).reason(party);
  }

  @Override
  public List<String> findings(PartyResult party, Locale language) {
    PartyReasons reasons = reasons(language);
    Set<String> titles = new LinkedHashSet<>();
    for (Finding finding : PartyReasons.sortedBySeverity(PartyReasons.deciding(party))) {
      titles.add(reasons.words().ruleTitle(finding.ruleId()));
    }
    return List.copyOf(titles);
  }

  private PartyReasons reasons(Locale language) {
    ReportTexts texts = new ReportTexts(messages, language);
    return byLanguage.computeIfAbsent(
        texts.locale(), ignored -> new ReportSources(null).reasons(texts));
  }
}
