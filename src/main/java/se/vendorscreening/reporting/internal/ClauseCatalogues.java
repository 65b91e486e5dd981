package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the clause catalogue from the operator's folder, falling back to the copy in the jar, so
 * that edited texts take effect at the next run without a rebuild.
 */
final class ClauseCatalogues {

  private static final Logger log = LoggerFactory.getLogger(ClauseCatalogues.class);

  private final Path folder;

  ClauseCatalogues(Path folder) {
    this.folder = folder;
  }

  /** The catalogue in the report's language: English for {@code en}, else Swedish. */
  ClauseCatalogue forLanguage(Locale language) {
    String fileName = ReportTexts.isEnglish(language) ? "en.yml" : "sv.yml";
    Path file = folder == null ? null : folder.resolve(fileName);
    if (file != null && Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return parse(in, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the clause catalogue " + file, e);
      }
    }
    log.debug("No clause catalogue at {}; using the built-in one", file);
    try (InputStream in = ClauseCatalogues.class.getResourceAsStream("/clauses/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("The built-in clause catalogue is missing: " + fileName);
      }
      return parse(in, "classpath:clauses/" + fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ClauseCatalogue parse(InputStream in, String source) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    if (!(document instanceof Map<?, ?> root) || !(root.get("clauses") instanceof List<?> items)) {
      throw new IllegalStateException("The clause catalogue " + source + " has no 'clauses' list");
    }
    List<Clause> clauses = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> clause = (Map<String, Object>) item;
      if (clause.get("id") == null) {
        throw new IllegalStateException("A clause in " + source + " has no id");
      }
      clauses.add(
          new Clause(
              String.valueOf(clause.get("id")),
              (String) clause.get("title"),
              ((List<Object>) clause.getOrDefault("rules", List.of()))
                  .stream().map(String::valueOf).toList(),
              Boolean.TRUE.equals(clause.get("standard")),
              (String) clause.get("text")));
    }
    return new ClauseCatalogue(
        root.get("version") == null ? "" : String.valueOf(root.get("version")), clauses);
  }
}
