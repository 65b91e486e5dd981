package se.vendorscreening.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * The model of the commands that {@link CommandLineTriage} built before the application started,
 * handed once to {@link Cli} for the run of the same command line, so that picocli reads the
 * fourteen commands once per start rather than twice. Taken at most once, and only for the same
 * arguments and default locale (the model's texts are in that language); anything else builds its
 * own model as before.
 */
final class TriagedCommandLine {

  private record Offer(String[] args, Locale locale, CommandLine model) {}

  private static final AtomicReference<Offer> OFFER = new AtomicReference<>();

  private TriagedCommandLine() {}

  static void offer(String[] args, CommandLine model) {
    OFFER.set(new Offer(args.clone(), Locale.getDefault(), model));
  }

  static Optional<CommandLine> take(String[] args) {
    Offer offer = OFFER.getAndSet(null);
    if (offer == null
        || !Arrays.equals(offer.args(), args)
        || !offer.locale().equals(Locale.getDefault())) {
      return Optional.empty();
    }
    return Optional.of(offer.model());
  }
}
