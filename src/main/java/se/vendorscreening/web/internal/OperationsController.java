package se.vendorscreening.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operator's page: scheduled jobs with their last and next runs, the inboxes, the registry
 * extracts with their dates, and the settings in force with every secret hidden.
 */
@Controller
class OperationsController {

  private static final Pattern SECRET =
      Pattern.compile("(?i).*(password|secret|token|credential|private|key).*");
  private static final List<String> SHOWN_PREFIXES =
      List.of("screening.", "server.", "spring.datasource.", "spring.profiles.", "spring.mail.");

  private final ScheduledJobRows jobs;
  private final ConfigurableEnvironment environment;

  OperationsController(ScheduledJobRows jobs, ConfigurableEnvironment environment) {
    this.jobs = jobs;
    this.environment = environment;
  }

  @GetMapping("/operations")
  String operations(Model model) throws IOException {
    model.addAttribute("jobs", jobs.rows());
    model.addAttribute("inboxes", inboxes());
    model.addAttribute("registryMode", environment.getProperty("screening.registries.mode"));
    model.addAttribute("registryLocation", registryLocation());
    model.addAttribute("extracts", extracts());
    model.addAttribute("settings", settings());
    return "operations";
  }

  private String registryLocation() {
    return "http".equals(environment.getProperty("screening.registries.mode"))
        ? environment.getProperty("screening.registries.http.base-url", "-")
        : environment.getProperty("screening.registries.dir", "-");
  }

  private List<FileRow> extracts() throws IOException {
    Path folder = Path.of(environment.getProperty("screening.registries.dir", "."));
    return files(folder);
  }

  private List<Inbox> inboxes() throws IOException {
    Path jobsDir = Path.of(environment.getProperty("screening.scheduling.jobs-dir", "jobs"));
    List<Inbox> inboxes = new ArrayList<>();
    if (!Files.isDirectory(jobsDir)) {
      return inboxes;
    }
    try (Stream<Path> definitions = Files.list(jobsDir)) {
      for (Path definition : definitions.filter(p -> p.toString().endsWith(".yml")).toList()) {
        Object loaded =
            new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(definition));
        if (loaded instanceof Map<?, ?> job && job.get("inbox") instanceof String inbox) {
          Path folder = jobsDir.resolve(inbox);
          inboxes.add(
              new Inbox(
                  String.valueOf(job.get("name")),
                  folder.toString(),
                  files(folder),
                  count(folder.resolve("processed")),
                  count(folder.resolve("failed"))));
        }
      }
    }
    return inboxes;
  }

  private Map<String, String> settings() {
    Map<String, String> shown = new TreeMap<>();
    for (var source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          String key = name.toLowerCase(Locale.ROOT);
          if (SHOWN_PREFIXES.stream().anyMatch(key::startsWith) && !shown.containsKey(name)) {
            String value = environment.getProperty(name);
            shown.put(name, SECRET.matcher(key).matches() ? "******" : value);
          }
        }
      }
    }
    return shown;
  }

  private static List<FileRow> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      List<FileRow> rows = new ArrayList<>();
      for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
        rows.add(
            new FileRow(
                file.getFileName().toString(),
                Files.size(file),
                Files.getLastModifiedTime(file).toInstant()));
      }
      return rows;
    }
  }

  private static long count(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.count();
    }
  }

  /** A file with its size and date. */
  record FileRow(String name, long bytes, Instant modified) {}

  /** An inbox: its waiting files and how many were processed or failed. */
  record Inbox(String job, String folder, List<FileRow> waiting, long processed, long failed) {}
}
