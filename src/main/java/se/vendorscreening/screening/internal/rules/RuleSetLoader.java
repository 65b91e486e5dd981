package se.vendorscreening.screening.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads config/rules.yml (or the built-in copy when the operator has none), binds it to {@link
 * RulesFile} and validates it: a wrong value stops the run with one message that names the file,
 * the key, the value and what is wrong ({@link RulesFileProblems}), never a half-read rule set.
 */
public final class RuleSetLoader {

  static final String BUILT_IN = "rules/rules.yml";

  /**
   * What a rules file written before they existed may leave out, taken from the built-in copy: the
   * {@code evidence} and {@code sanctions} sections, the matching's strong and review thresholds,
   * and rules added since (each rule by its id).
   */
  private static final Set<String> OPTIONAL_SECTIONS = Set.of("evidence", "sanctions");

  private static final Set<String> OPTIONAL_MATCHING =
      Set.of("strong-threshold", "review-threshold");

  private RuleSetLoader() {}

  /** Loads the rules from the file if it exists, else the built-in copy. */
  public static RuleSet load(Path file, Double thresholdOverride) {
    return load(file, thresholdOverride, Map.of());
  }

  /**
   * Loads the rules with further settings their outcome depends on (the relationship graph's), so
   * that a changed setting changes the version too.
   */
  public static RuleSet load(Path file, Double thresholdOverride, Map<String, String> settings) {
    boolean operators = file != null && Files.isRegularFile(file);
    String source = operators ? file.toString() : "classpath:" + BUILT_IN;
    Map<String, Object> yaml;
    try (InputStream in =
        operators
            ? Files.newInputStream(file)
            : RuleSetLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("no rules: " + file + " and no built-in " + BUILT_IN);
      }
      yaml = parse(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + file, e);
    }
    return RuleSet.of(bind(yaml, source, thresholdOverride), settings);
  }

  /** The rules of a parsed rules file (tests vary one value of the built-in copy this way). */
  static RuleSet fromYaml(Map<String, Object> yaml, Double thresholdOverride) {
    return RuleSet.of(bind(yaml, "rules.yml", thresholdOverride), Map.of());
  }

  /** The built-in copy freshly parsed, every scalar a string (a test may change it). */
  static Map<String, Object> builtInYaml() {
    try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      return parse(in, "classpath:" + BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in " + BUILT_IN, e);
    }
  }

  /**
   * The file bound and validated, with the built-in values for what an older file leaves out and
   * the name-match threshold overridden when {@code screening.screening.matching.threshold} is set.
   *
   * @throws InvalidRulesFileException naming each wrong value
   */
  static RulesFile bind(Map<String, Object> yaml, String source, Double thresholdOverride) {
    Map<String, Object> complete = withBuiltInDefaults(yaml);
    RulesFile file = RulesFileProblems.bind(complete, source);
    return thresholdOverride == null
        ? file
        : file.withMatchingThreshold(BigDecimal.valueOf(thresholdOverride));
  }

  /** The built-in copy parsed once, only read: what an older file leaves out is taken from it. */
  private static volatile Map<String, Object> builtInDefaults;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withBuiltInDefaults(Map<String, Object> yaml) {
    if (builtInDefaults == null) {
      builtInDefaults = builtInYaml();
    }
    Map<String, Object> builtIn = builtInDefaults;
    Map<String, Object> complete = new LinkedHashMap<>(yaml);
    OPTIONAL_SECTIONS.forEach(section -> complete.putIfAbsent(section, builtIn.get(section)));
    if (complete.get("matching") instanceof Map<?, ?> matching) {
      Map<String, Object> withDefaults = new LinkedHashMap<>((Map<String, Object>) matching);
      OPTIONAL_MATCHING.forEach(
          key ->
              withDefaults.putIfAbsent(
                  key, ((Map<String, Object>) builtIn.get("matching")).get(key)));
      complete.put("matching", withDefaults);
    }
    if (complete.get("rules") instanceof Map<?, ?> rules) {
      Map<String, Object> withDefaults =
          new LinkedHashMap<>((Map<String, Object>) builtIn.get("rules"));
      withDefaults.putAll((Map<String, Object>) rules);
      complete.put("rules", withDefaults);
    }
    return complete;
  }

  /**
   * Parses YAML with every scalar kept as its text (only {@code ~} and empty are null), so that
   * {@code 0.90} stays a decimal and never passes through a double, and binding converts each value
   * to its record's type or says it cannot.
   */
  static Map<String, Object> parse(InputStream in, String source) {
    LoaderOptions options = new LoaderOptions();
    Resolver textOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
          }
        };
    DumperOptions dumper = new DumperOptions();
    try {
      Object root =
          new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly)
              .load(in);
      if (root == null) {
        return new LinkedHashMap<>();
      }
      if (!(root instanceof Map<?, ?> map)) {
        throw RulesFileProblems.notYaml(source, "not a mapping of sections");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> sections = (Map<String, Object>) map;
      return sections;
    } catch (MarkedYAMLException e) {
      throw RulesFileProblems.notYaml(
          source,
          e.getProblem()
              + (e.getProblemMark() == null
                  ? ""
                  : " (line " + (e.getProblemMark().getLine() + 1) + ")"));
    } catch (YAMLException e) {
      throw RulesFileProblems.notYaml(source, e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
