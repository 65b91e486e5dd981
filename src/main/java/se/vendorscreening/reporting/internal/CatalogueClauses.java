package se.vendorscreening.reporting.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.vendorscreening.reporting.PartyClauses;
import se.vendorscreening.screening.PartyResult;

/** Reads the operator's clause catalogue each time, so edited texts show at once. */
@Component
class CatalogueClauses implements PartyClauses {

  private final ReportingProperties properties;

  CatalogueClauses(ReportingProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<ClauseText> of(PartyResult party, Locale language) {
    ApplicableClauses applicable =
        new ApplicableClauses(new ClauseCatalogues(properties.clausesDir()).forLanguage(language));
    return applicable.clauses(applicable.forParty(party)).stream()
        .map(clause -> new ClauseText(clause.id(), clause.title(), clause.paragraphs()))
        .toList();
  }
}
