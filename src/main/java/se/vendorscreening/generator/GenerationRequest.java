package se.vendorscreening.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many vendors, from which seed, into which folder, evaluated at which date.
 *
 * @param vendors the number of vendors (subcontractors come on top, about one in five)
 * @param seed the seed; the same seed and size give the same files, byte for byte
 * @param outputDirectory the folder to write into (created when missing)
 * @param asOf the evaluation date every planted date is relative to
 */
public record GenerationRequest(int vendors, long seed, Path outputDirectory, LocalDate asOf) {

  /** The as-of date used when none is given. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 28);

  public GenerationRequest {
    if (vendors < 1) {
      throw new IllegalArgumentException("the number of vendors must be at least 1");
    }
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    asOf = asOf == null ? DEFAULT_AS_OF : asOf;
  }
}
