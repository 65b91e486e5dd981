package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunInfo;

/**
 * The registries a run read, named as an officer knows them, each with the date its data is from: a
 * file extract's date (the day the file was written), or the day of the run for a registry asked
 * over HTTP, which answers with the data of that day.
 */
final class RegistryDates {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** The four checks, in the order reports name them. */
  static final List<String> CHECKS =
      List.of("TAX_ARREARS", "CONVICTIONS", "FINANCIAL_STANDING", "NETWORK_ASSESSMENTS");

  private final ReportTexts texts;
  private final Map<String, LocalDate> dates = new LinkedHashMap<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private final LocalDate runDay;

  RegistryDates(RunInfo run, ReportTexts texts) {
    this.texts = texts;
    this.runDay =
        run.startedAt() == null ? run.asOf() : run.startedAt().atZone(SWEDEN).toLocalDate();
    for (RegistrySource source :
        run.registrySources() == null ? List.<RegistrySource>of() : run.registrySources()) {
      dates.put(source.check(), dateOf(source));
      if (source.records() >= 0 && source.location() != null) {
        Path file = Path.of(source.location()).getFileName();
        files.put(source.check(), file == null ? source.location() : file.toString());
      }
    }
  }

  private LocalDate dateOf(RegistrySource source) {
    if (source.records() < 0 || source.location() == null) {
      return runDay;
    }
    try {
      return Files.getLastModifiedTime(Path.of(source.location()))
          .toInstant()
          .atZone(SWEDEN)
          .toLocalDate();
    } catch (IOException | RuntimeException gone) {
      return runDay;
    }
  }

  /** The registry in words, e.g. "Skatteskulder hos Kronofogden". */
  String name(String check) {
    return texts.getOrDefault("registry.name." + check, check);
  }

  /** The date of the check's data; the run's day when the run did not record the source. */
  LocalDate date(String check) {
    return dates.getOrDefault(check, runDay);
  }

  /** "uppgift per 2026-11-01". */
  String asOf(String check) {
    return texts.get("registry.asOf", texts.date(date(check)));
  }

  /** One line per registry the run read: name, date and file, for the first page. */
  List<String> lines() {
    return dates.keySet().stream()
        .sorted(java.util.Comparator.comparingInt(RegistryDates::order))
        .map(
            check ->
                name(check)
                    + ": "
                    + asOf(check)
                    + (files.containsKey(check) ? " (" + files.get(check) + ")" : ""))
        .toList();
  }

  private static int order(String check) {
    int index = CHECKS.indexOf(check);
    return index < 0 ? CHECKS.size() : index;
  }
}
