package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import se.vendorscreening.registry.ConvictionRecord;

/**
 * Where a conviction stands on the evaluation date: judgments after it do not exist yet, and one
 * that became final after it was not final then, so a run can be reproduced for any as-of date.
 */
final class ConvictionTiming {

  private ConvictionTiming() {}

  /** Whether the judgment had been given on the evaluation date. */
  static boolean existsOn(ConvictionRecord record, LocalDate asOf) {
    return record.judgmentDate() == null || !record.judgmentDate().isAfter(asOf);
  }

  /** Whether the conviction was final (laga kraft) on the evaluation date. */
  static boolean isFinalOn(ConvictionRecord record, LocalDate asOf) {
    return record.finalDate() != null && !record.finalDate().isAfter(asOf);
  }

  /**
   * Whether a final conviction is within the lookback: final at most {@code lookback} before the
   * evaluation date, the first day included.
   */
  static boolean withinLookback(ConvictionRecord record, LocalDate asOf, Period lookback) {
    return isFinalOn(record, asOf) && !record.finalDate().isBefore(asOf.minus(lookback));
  }
}
