package se.vendorscreening.cli;

import org.springframework.beans.factory.ObjectProvider;
import se.vendorscreening.screening.ScreeningResults;

/** The stored results, or a clear failure when this build has no result store. */
final class ScreeningResultsRequired {

  private ScreeningResultsRequired() {}

  static ScreeningResults from(ObjectProvider<ScreeningResults> provider) {
    ScreeningResults results = provider.getIfAvailable();
    if (results == null) {
      throw new IllegalStateException("no screening results store is configured");
    }
    return results;
  }
}
