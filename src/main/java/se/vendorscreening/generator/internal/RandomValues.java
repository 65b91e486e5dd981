package se.vendorscreening.generator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Amounts and dates drawn from the run's one random source. */
final class RandomValues {

  private final SplittableRandom random;
  private final LocalDate asOf;

  RandomValues(SplittableRandom random, LocalDate asOf) {
    this.random = random;
    this.asOf = asOf;
  }

  SplittableRandom random() {
    return random;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** Between min and max, evenly spread on a logarithmic scale, as amounts of money are. */
  long logUniform(long min, long max) {
    double low = Math.log(min);
    return Math.round(Math.exp(low + random.nextDouble() * (Math.log(max) - low)));
  }

  long roundedTo(long value, long unit) {
    return Math.max(unit, Math.round((double) value / unit) * unit);
  }

  /** A day between minDays and maxDays before as-of. */
  LocalDate daysBefore(int minDays, int maxDays) {
    return asOf.minusDays(minDays + random.nextInt(maxDays - minDays + 1));
  }

  LocalDate birthDate(int fromYear, int toYear) {
    return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt((toYear - fromYear) * 365));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean percent(int chance) {
    return random.nextInt(100) < chance;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
