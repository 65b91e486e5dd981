package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import se.vendorscreening.registry.FinancialStanding;

/** The party's most recent financial-standing record, and its facts as evidence. */
final class CurrentStanding {

  private CurrentStanding() {}

  static Optional<Matched<FinancialStanding>> of(PartyEvidence evidence) {
    return evidence.standings().stream()
        .max(
            Comparator.comparing(
                (Matched<FinancialStanding> m) -> m.record().ratingDate(),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
  }

  static FindingBuilder describe(FindingBuilder finding, Matched<FinancialStanding> matched) {
    FinancialStanding record = matched.record();
    return finding
        .about(matched, null, record.orgNo() == null ? null : record.orgNo().masked())
        .evidence("status", record.status())
        .evidence("risk_class", record.riskClass())
        .evidence("rating_date", record.ratingDate())
        .groundDate(record.ratingDate());
  }
}
