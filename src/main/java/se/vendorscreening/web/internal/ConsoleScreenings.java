package se.vendorscreening.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;

/**
 * Runs the screens officers start in the console, one at a time on the console's thread ({@link
 * WebThreads}), through the same screening API as the {@code screen} command. Uploaded lists are
 * kept under the data directory (owner-only, as the database is), named as uploaded.
 */
@Component
class ConsoleScreenings {

  private static final Logger log = LoggerFactory.getLogger(ConsoleScreenings.class);

  private final ScreeningJobs jobs;
  private final Path uploads;
  private final Map<String, ConsoleScreening> screenings = new ConcurrentHashMap<>();
  private final TaskExecutor runner;
  private final Clock clock;

  ConsoleScreenings(
      ScreeningJobs jobs,
      @Value("${screening.data-path}") Path dataPath,
      @Qualifier(WebThreads.CONSOLE_SCREENS) TaskExecutor runner,
      Clock clock) {
    this.jobs = jobs;
    this.runner = runner;
    this.clock = clock;
    this.uploads = dataPath.resolve("console-uploads");
  }

  /** Keeps the uploaded files and starts the screen; returns the console's id of it. */
  String start(
      MultipartFile vendors,
      MultipartFile representatives,
      MultipartFile statements,
      LocalDate asOf,
      Locale language,
      String actor)
      throws IOException {
    String id = UUID.randomUUID().toString();
    Path folder = Files.createDirectories(uploads.resolve(id));
    Path vendorList = keep(vendors, folder);
    Path representativesFile = keepIfGiven(representatives, folder);
    Path statementsFile = keepIfGiven(statements, folder);
    String command =
        "console screen --vendors "
            + vendorList.getFileName()
            + (representativesFile == null
                ? ""
                : " --representatives " + representativesFile.getFileName())
            + (statementsFile == null ? "" : " --statements " + statementsFile.getFileName())
            + (asOf == null ? "" : " --as-of " + asOf);
    ScreenRequest request =
        new ScreenRequest(
            vendorList,
            representativesFile,
            null,
            asOf,
            null,
            language,
            actor,
            command,
            null,
            statementsFile);
    screenings.put(
        id,
        new ConsoleScreening(
            id, actor, vendorList.getFileName().toString(), clock.instant(), null, null));
    runner.execute(() -> run(id, request));
    return id;
  }

  Optional<ConsoleScreening> find(String id) {
    return Optional.ofNullable(screenings.get(id));
  }

  private void run(String id, ScreenRequest request) {
    try {
      var outcome = jobs.screen(request);
      screenings.computeIfPresent(id, (key, screening) -> screening.endedWith(outcome));
    } catch (RuntimeException e) {
      log.warn("Console screen {} failed: {}", id, e.getMessage());
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      screenings.computeIfPresent(id, (key, screening) -> screening.failedWith(why));
    }
  }

  /** The upload kept in the folder, or null when none was given. */
  private static Path keepIfGiven(MultipartFile upload, Path folder) throws IOException {
    return upload == null || upload.isEmpty() ? null : keep(upload, folder);
  }

  private static Path keep(MultipartFile upload, Path folder) throws IOException {
    Path file = folder.resolve(safeName(upload.getOriginalFilename()));
    try (InputStream in = upload.getInputStream()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** The uploaded name without any folder and with only harmless characters. */
  static String safeName(String uploaded) {
    String name = uploaded == null ? "" : uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    if (name.isBlank() || name.startsWith(".")) {
      name = "upload" + name;
    }
    return name;
  }
}
