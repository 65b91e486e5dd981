package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.SwedishTime;

/**
 * The registries a run read, named as an officer knows them, each with the date its data is from:
 * the extract date the file gives (its optional {@code extract_date} column, docs/registries.md);
 * else the day the file was last modified, said as such ("filens ändringsdatum"), since it may be
 * the day the file was copied rather than the day the data was taken out; or the day of the run for
 * a registry asked over HTTP, which answers with the data of that day.
 */
final class RegistryDates {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  /** Where a registry's date comes from. */
  enum Basis {
    /** The extract's own date. */
    EXTRACT,
    /** The file's last-modified day: the best a file without a date can say. */
    FILE_MODIFIED,
    /** The day of the run: a registry asked over HTTP, or one the run did not record. */
    RUN
  }

  private record Dated(LocalDate date, Basis basis) {}

  private final ReportTexts texts;
  private final Map<String, Dated> dates = new LinkedHashMap<>();
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

  private Dated dateOf(RegistrySource source) {
    if (source.records() < 0 || source.location() == null) {
      return new Dated(runDay, Basis.RUN);
    }
    LocalDate extracted = parsed(source.extractDate());
    if (extracted != null) {
      return new Dated(extracted, Basis.EXTRACT);
    }
    LocalDate modified = parsed(source.fileModified());
    if (modified != null) {
      return new Dated(modified, Basis.FILE_MODIFIED);
    }
    try { // a run recorded before the day was kept: the file as it is now
      return new Dated(
          Files.getLastModifiedTime(Path.of(source.location()))
              .toInstant()
              .atZone(SWEDEN)
              .toLocalDate(),
          Basis.FILE_MODIFIED);
    } catch (IOException | RuntimeException gone) {
      return new Dated(runDay, Basis.RUN);
    }
  }

  private static LocalDate parsed(String iso) {
    try {
      return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** The registry in words, e.g. "Skatteskulder hos Kronofogden". */
  String name(String check) {
    return texts.getOrDefault("registry.name." + check, check);
  }

  /** The date of the check's data; the run's day when the run did not record the source. */
  LocalDate date(String check) {
    return dated(check).date();
  }

  /** Where the date of the check's data comes from. */
  Basis basis(String check) {
    return dated(check).basis();
  }

  private Dated dated(String check) {
    return dates.getOrDefault(check, new Dated(runDay, Basis.RUN));
  }

  /** "uppgift per 2026-11-01", or "filens ändringsdatum 2026-12-02" for a file without a date. */
  String asOf(String check) {
    return texts.get("registry.asOf." + basis(check).name(), texts.date(date(check)));
  }

  /** The date alone for a column of dates, with "(filens ändringsdatum)" when it is that. */
  String dateCell(String check) {
    String date = texts.date(date(check));
    return basis(check) == Basis.FILE_MODIFIED
        ? date + "\n" + texts.get("registry.fileModified")
        : date;
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
    int index = RegistryChecks.REGISTRIES.indexOf(check);
    return index < 0 ? RegistryChecks.REGISTRIES.size() : index;
  }
}
