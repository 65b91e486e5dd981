package se.vendorscreening.scheduling.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the jobs folder: every {@code *.yml} or {@code *.yaml} file is one job. All
 * problems of all files are reported together, each naming the file, the key and the reason.
 */
class JobDefinitionReader {

  static final Duration SHORTEST_POLL = Duration.ofMillis(100);
  private static final Set<String> KEYS =
      Set.of("name", "job", "cron", "zone", "inbox", "poll", "lang", "older-than");
  private static final Period DEFAULT_RETENTION = Period.ofDays(90);

  /** Every job of the folder, sorted by file name; throws when any file is invalid. */
  List<JobDefinition> read(Path jobsDir) {
    if (!Files.isDirectory(jobsDir)) {
      throw new InvalidJobDefinitionException(
          List.of(jobsDir + ": the jobs folder does not exist (set SCREENING_JOBS_DIR)"));
    }
    List<String> problems = new ArrayList<>();
    List<JobDefinition> definitions = new ArrayList<>();
    Map<String, Path> names = new HashMap<>();
    for (Path file : definitionFiles(jobsDir)) {
      JobDefinition definition = readOne(file, jobsDir, problems);
      if (definition == null) {
        continue;
      }
      Path other = names.putIfAbsent(definition.name(), file);
      if (other != null) {
        problems.add(
            file + ": key 'name': '" + definition.name() + "' is already used by " + other);
      } else {
        definitions.add(definition);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidJobDefinitionException(problems);
    }
    return definitions;
  }

  private static List<Path> definitionFiles(Path jobsDir) {
    try (Stream<Path> files = Files.list(jobsDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches("(?i)[^.].*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InvalidJobDefinitionException(
          List.of(jobsDir + ": the jobs folder cannot be read: " + e.getMessage()));
    }
  }

  private static JobDefinition readOne(Path file, Path jobsDir, List<String> problems) {
    Map<?, ?> yaml;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (!(loaded instanceof Map<?, ?> map)) {
        problems.add(file + ": expected keys such as 'name' and 'job', found no mapping");
        return null;
      }
      yaml = map;
    } catch (IOException | YAMLException e) {
      problems.add(file + ": not valid YAML: " + firstLine(e.getMessage()));
      return null;
    }
    return new FileValidation(file, jobsDir, yaml, problems).definition();
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  /** The checks of one file; collects its problems and builds the definition if none. */
  private record FileValidation(Path file, Path jobsDir, Map<?, ?> yaml, List<String> problems) {

    JobDefinition definition() {
      int before = problems.size();
      yaml.keySet().stream()
          .map(String::valueOf)
          .filter(key -> !KEYS.contains(key))
          .sorted()
          .forEach(key -> problem(key, "unknown key; allowed are " + String.join(", ", KEYS)));
      String name = required("name");
      if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
        problem("name", "'" + name + "' may only contain letters, digits, '.', '_' and '-'");
      }
      JobKind kind = kind();
      String cron = text("cron");
      String inbox = text("inbox");
      ZoneId zone = null;
      Path inboxDir = null;
      Duration poll = null;
      if (kind == JobKind.SCREEN) {
        if (cron != null) {
          problem("cron", "a screen job is started by files in its inbox; give 'inbox' and 'poll'");
        }
        inboxDir = inboxDir(inbox);
        poll = poll();
      } else if (kind != null) {
        if (inbox != null || yaml.containsKey("poll")) {
          problem(inbox != null ? "inbox" : "poll", "only a screen job has an inbox");
        }
        cron = cron(cron);
        zone = zone();
      }
      Locale language = language();
      Period olderThan = olderThan(kind);
      if (problems.size() > before) {
        return null;
      }
      return new JobDefinition(name, kind, cron, zone, inboxDir, poll, language, olderThan, file);
    }

    private JobKind kind() {
      String job = required("job");
      if (job == null) {
        return null;
      }
      return JobKind.fromLabel(job)
          .orElseGet(
              () -> {
                problem("job", "'" + job + "' is not one of screen, recheck, purge");
                return null;
              });
    }

    private String cron(String cron) {
      if (cron == null) {
        problem("cron", "missing: a recheck or purge job needs a Quartz cron expression");
        return null;
      }
      try {
        CronExpression.validateExpression(cron);
        return cron;
      } catch (java.text.ParseException e) {
        problem("cron", "'" + cron + "' is not a Quartz cron expression: " + e.getMessage());
        return null;
      }
    }

    private ZoneId zone() {
      String zone = required("zone");
      if (zone == null) {
        return null;
      }
      try {
        return ZoneId.of(zone);
      } catch (DateTimeException e) {
        problem("zone", "'" + zone + "' is not a time zone such as Europe/Stockholm");
        return null;
      }
    }

    private Path inboxDir(String inbox) {
      if (inbox == null) {
        problem("inbox", "missing: a screen job needs an inbox folder");
        return null;
      }
      return jobsDir.resolve(inbox).toAbsolutePath().normalize();
    }

    private Duration poll() {
      String poll = required("poll");
      if (poll == null) {
        return null;
      }
      try {
        Duration duration = Duration.parse(poll);
        if (duration.compareTo(SHORTEST_POLL) < 0) {
          problem("poll", "'" + poll + "' is too short; the shortest is " + SHORTEST_POLL);
          return null;
        }
        return duration;
      } catch (DateTimeParseException e) {
        problem("poll", "'" + poll + "' is not an ISO-8601 duration such as PT30S");
        return null;
      }
    }

    private Locale language() {
      String lang = text("lang");
      if (lang == null || lang.equals("sv")) {
        return Locale.forLanguageTag("sv-SE");
      }
      if (lang.equals("en")) {
        return Locale.ENGLISH;
      }
      problem("lang", "'" + lang + "' is not sv or en");
      return Locale.forLanguageTag("sv-SE");
    }

    private Period olderThan(JobKind kind) {
      String olderThan = text("older-than");
      if (olderThan == null) {
        return DEFAULT_RETENTION;
      }
      if (kind != JobKind.PURGE) {
        problem("older-than", "only a purge job has a retention period");
        return null;
      }
      try {
        Period period = Period.parse(olderThan);
        if (period.isNegative() || period.isZero()) {
          problem("older-than", "'" + olderThan + "' must be a positive period");
        }
        return period;
      } catch (DateTimeParseException e) {
        problem("older-than", "'" + olderThan + "' is not an ISO-8601 period such as P90D");
        return null;
      }
    }

    private String required(String key) {
      String value = text(key);
      if (value == null) {
        problem(key, "missing");
      }
      return value;
    }

    private String text(String key) {
      Object value = yaml.get(key);
      if (value == null) {
        return null;
      }
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        problem(key, "expected a single value");
        return null;
      }
      String text = String.valueOf(value).strip();
      return text.isEmpty() ? null : text;
    }

    private void problem(String key, String why) {
      problems.add(file + ": key '" + key + "': " + why);
    }
  }
}
