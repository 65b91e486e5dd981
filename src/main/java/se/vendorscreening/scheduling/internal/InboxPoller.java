package se.vendorscreening.scheduling.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;

/**
 * One look at an inbox folder: screens each vendor list that stood still since the previous look
 * (with its companions, if any: the {@code -representatives} file, the {@code -owners} ownership
 * file and the {@code -sanningsforsakran} or {@code -statements} sworn statements file) and moves
 * it to {@code processed/}, or to {@code failed/} next to a {@code <file>.error.txt} saying why.
 */
class InboxPoller {

  static final String PROCESSED = "processed";
  static final String FAILED = "failed";
  private static final String REPRESENTATIVES = "-representatives";
  private static final String OWNERS = "-owners";
  private static final List<String> STATEMENTS = List.of("-sanningsforsakran", "-statements");
  private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final ScreeningJobs screeningJobs;
  private final MessageSource messages;
  private final Clock clock;

  InboxPoller(ScreeningJobs screeningJobs, MessageSource messages, Clock clock) {
    this.clock = clock;
    this.screeningJobs = screeningJobs;
    this.messages = messages;
  }

  /** Looks at the inbox once and returns what it saw, for the next look. */
  InboxSnapshot poll(JobSettings settings, InboxSnapshot previous) {
    Path inbox = settings.inbox();
    createFolders(inbox);
    InboxSnapshot now = snapshot(inbox);
    for (String name : now.files().keySet()) {
      if (!previous.unchangedIn(now, name) || isCompanion(name)) {
        continue;
      }
      Path file = inbox.resolve(name);
      if (!isVendorList(name)) {
        fail(settings, file, List.of(), text(settings, "inbox.unsupported", name));
        continue;
      }
      Optional<Path> representatives = companionOf(inbox, name, REPRESENTATIVES);
      Optional<Path> owners = companionOf(inbox, name, OWNERS);
      Optional<Path> statements =
          STATEMENTS.stream()
              .map(suffix -> companionOf(inbox, name, suffix))
              .flatMap(Optional::stream)
              .findFirst();
      if (Stream.of(representatives, owners, statements)
          .flatMap(Optional::stream)
          .anyMatch(companion -> !previous.unchangedIn(now, companion.getFileName().toString()))) {
        continue;
      }
      screen(
          settings,
          file,
          representatives.orElse(null),
          owners.orElse(null),
          statements.orElse(null));
    }
    return snapshot(inbox);
  }

  private void screen(
      JobSettings settings, Path vendors, Path representatives, Path owners, Path statements) {
    log.info("Job {}: screening {} from the inbox", settings.name(), vendors.getFileName());
    try {
      RunOutcome outcome =
          screeningJobs.screen(
              new ScreenRequest(
                  vendors,
                  representatives,
                  null,
                  null,
                  null,
                  settings.language(),
                  settings.actor(),
                  settings.command() + " " + vendors.getFileName(),
                  owners,
                  statements));
      if (outcome.failed()) {
        String runId = outcome.run().runId();
        fail(
            settings,
            vendors,
            companions(representatives, owners, statements),
            text(settings, "inbox.runFailed", runId, outcome.folder()));
        return;
      }
      // the companions first: once the vendor list is in processed/, so are they
      for (Path companion : companions(representatives, owners, statements)) {
        move(companion, companion.resolveSibling(PROCESSED));
      }
      move(vendors, vendors.resolveSibling(PROCESSED));
      log.info(
          "Job {}: {} screened in run {}, folder {}",
          settings.name(),
          vendors.getFileName(),
          outcome.run().runId(),
          outcome.folder());
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      fail(settings, vendors, companions(representatives, owners, statements), why);
    }
  }

  private static List<Path> companions(Path representatives, Path owners, Path statements) {
    return Stream.of(representatives, owners, statements)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private void fail(JobSettings settings, Path file, List<Path> companions, String why) {
    log.warn("Job {}: {} moved to {}/: {}", settings.name(), file.getFileName(), FAILED, why);
    Path failed = file.resolveSibling(FAILED);
    for (Path companion : companions) {
      move(companion, failed);
    }
    Path moved = move(file, failed);
    String error =
        text(settings, "inbox.errorFile", file.getFileName(), why) + System.lineSeparator();
    try {
      Files.writeString(
          failed.resolve(moved.getFileName() + ".error.txt"), error, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path move(Path file, Path folder) {
    Path target = folder.resolve(file.getFileName());
    if (Files.exists(target)) {
      target = folder.resolve(withStamp(file.getFileName().toString()));
    }
    try {
      try {
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        return Files.move(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + file + " to " + folder, e);
    }
  }

  private String withStamp(String name) {
    int dot = name.lastIndexOf('.');
    String stamp = "-" + LocalDateTime.now(clock).format(STAMP);
    return dot < 0 ? name + stamp : name.substring(0, dot) + stamp + name.substring(dot);
  }

  private static InboxSnapshot snapshot(Path inbox) {
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> entries = Files.list(inbox)) {
      for (Path entry : entries.filter(Files::isRegularFile).toList()) {
        String name = entry.getFileName().toString();
        if (isIgnored(name)) {
          continue;
        }
        files.put(
            name,
            InboxSnapshot.entry(Files.size(entry), Files.getLastModifiedTime(entry).toMillis()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the inbox " + inbox, e);
    }
    return new InboxSnapshot(files);
  }

  /** Hidden files and the temporary files of editors, browsers and copy tools. */
  private static boolean isIgnored(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith(".")
        || lower.startsWith("~$")
        || List.of(".part", ".tmp", ".crdownload", ".filepart", ".partial").stream()
            .anyMatch(lower::endsWith);
  }

  private static boolean isVendorList(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx");
  }

  /** A representatives, ownership or statements file that waits for its vendor list. */
  private static boolean isCompanion(String name) {
    String lower = stem(name).toLowerCase(Locale.ROOT);
    return isVendorList(name)
        && (lower.endsWith(REPRESENTATIVES)
            || lower.endsWith(OWNERS)
            || STATEMENTS.stream().anyMatch(lower::endsWith));
  }

  private static Optional<Path> companionOf(Path inbox, String vendorList, String suffix) {
    String stem = stem(vendorList);
    return Stream.of(".csv", ".xlsx", ".CSV", ".XLSX")
        .map(extension -> inbox.resolve(stem + suffix + extension))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static void createFolders(Path inbox) {
    try {
      Files.createDirectories(inbox.resolve(PROCESSED));
      Files.createDirectories(inbox.resolve(FAILED));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the inbox folders of " + inbox, e);
    }
  }

  private String text(JobSettings settings, String code, Object... arguments) {
    return messages.getMessage(code, arguments, settings.language());
  }
}
