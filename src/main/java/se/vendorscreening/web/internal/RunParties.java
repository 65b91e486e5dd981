package se.vendorscreening.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * A run's parties as the console lists them. A party is addressed by its position in the run's
 * result order, so that no identity number ever appears in a URL (browser history, proxy logs).
 */
@Component
class RunParties {

  private final ScreeningResults results;

  RunParties(ScreeningResults results) {
    this.results = results;
  }

  /** The parties that pass the filter, each with its position in the run. */
  List<PartyRow> rows(String runId, PartyFilter filter) {
    AtomicInteger index = new AtomicInteger();
    try (Stream<PartyResult> parties = results.results(runId)) {
      return parties
          .map(party -> new PartyRow(index.getAndIncrement(), party))
          .filter(row -> filter.accepts(row.party()))
          .toList();
    }
  }

  /** The party at that position, if the run has one there. */
  Optional<PartyResult> party(String runId, int index) {
    if (index < 0) {
      return Optional.empty();
    }
    try (Stream<PartyResult> parties = results.results(runId)) {
      return parties.skip(index).findFirst();
    }
  }

  /** One line of the result page. */
  record PartyRow(int index, PartyResult party) {}

  /**
   * What the officer filters the result page by; null fields do not filter.
   *
   * @param decision only parties with this decision
   * @param text a part of the name or organisation number
   * @param ruleId only parties where this rule fired
   */
  record PartyFilter(Decision decision, String text, String ruleId) {

    boolean accepts(PartyResult party) {
      if (decision != null && party.decision() != decision) {
        return false;
      }
      if (ruleId != null && !ruleId.isBlank() && !party.ruleIds().contains(ruleId.strip())) {
        return false;
      }
      if (text == null || text.isBlank()) {
        return true;
      }
      String wanted = text.strip().toLowerCase(Locale.ROOT);
      return contains(party.name(), wanted) || contains(party.orgNo(), wanted);
    }

    private static boolean contains(String value, String wanted) {
      return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
  }
}
