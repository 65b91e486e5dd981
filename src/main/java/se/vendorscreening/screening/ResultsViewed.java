package se.vendorscreening.screening;

import java.util.List;

/**
 * Someone read a run's results in the web console (personal data: names, convictions, tax arrears);
 * the audit trail records who, what and which parties.
 *
 * @param runId the run read
 * @param actor the logged-in user
 * @param partyKeys the parties read one by one (empty for the list of a whole run)
 * @param view what was read: {@code results}, {@code party} or {@code file:NAME}
 */
public record ResultsViewed(String runId, String actor, List<String> partyKeys, String view) {

  public ResultsViewed {
    partyKeys = List.copyOf(partyKeys);
  }
}
