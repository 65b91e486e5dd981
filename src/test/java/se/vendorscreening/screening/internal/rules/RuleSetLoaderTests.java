package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;
import se.vendorscreening.graph.ShippedGraphSettings;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;

class RuleSetLoaderTests {

  private static final Path SHIPPED = Path.of("config/rules.yml");

  /**
   * The relationship graph's default settings as {@code RelationshipSignals.settings()} gives them
   * (src/main/resources/defaults/graph.yml): the sample run's version covers them.
   */
  private static final Map<String, String> DEFAULT_GRAPH_SETTINGS = ShippedGraphSettings.CANONICAL;

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  private static Map<String, Object> shipped() {
    try (InputStream in = Files.newInputStream(SHIPPED)) {
      return RuleSetLoader.parse(in, SHIPPED.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void operatorFileAndBuiltInCopyAreTheSameRules() {
    RuleSet operator = RuleSetLoader.load(SHIPPED, null);
    RuleSet builtIn = RuleSetLoader.load(Path.of("no/such/rules.yml"), null);

    assertThat(operator.version()).isEqualTo(builtIn.version()).hasSize(64);
  }

  @Test
  void shipsTheDefaultsOfTheDomain() {
    RuleSet rules = RuleSetLoader.load(null, null);

    assertThat(rules.mandatoryLookback()).isEqualTo(Period.ofYears(5));
    assertThat(rules.otherLookback()).isEqualTo(Period.ofYears(3));
    assertThat(rules.file().tax().minorAmountLimitSek()).isEqualByComparingTo("10000");
    assertThat(rules.file().financial().riskClassLimit()).isEqualTo(3);
    assertThat(rules.matching().threshold()).isEqualTo(0.92);
    assertThat(rules.profile().name()).isEqualTo("plan");
    assertThat(rules.profile().mandatoryCriteria()).containsExactly(1, 2, 3, 4);
    assertThat(rules.rule("CONVICTION_MANDATORY").decisionUnder(ProcurementType.LOU))
        .isEqualTo(Decision.EXCLUDE);
    assertThat(rules.rule("CONVICTION_MANDATORY").decisionUnder(ProcurementType.LOV))
        .isEqualTo(Decision.REVIEW);
    assertThat(rules.rule("REPRESENTATIVES_MISSING").decisionUnder(ProcurementType.LOV))
        .isEqualTo(Decision.INCOMPLETE);
    assertThat(rules.file().rules().keySet()).containsExactly(RuleId.values());
  }

  @Test
  void theVersionIsTheHashOfTheRecordsSortedByKey() {
    String canonical = RulesFile.canonical(RuleSetLoader.load(null, null).file(), Map.of());

    assertThat(canonical)
        .startsWith("{\"rules\":{\"evidence\":{\"accepted\":{\"CRITERION.EXCLUSION.BUSINESS")
        .contains("\"financial\":{\"capacity-ratio\":2,\"risk-class-limit\":3}")
        .contains("\"lookback\":{\"mandatory\":\"P5Y\",\"other\":\"P3Y\"}")
        .contains("\"review-threshold\":0.5,\"strong-threshold\":0.9,\"threshold\":0.92}")
        .contains("\"tax\":{\"minor-amount-limit-sek\":10000}")
        .endsWith("},\"settings\":{}}");
  }

  @Test
  void reformattingTheFileOrReorderingItsKeysAndListsKeepsTheVersion() {
    String original = RuleSetLoader.fromYaml(shipped(), null).version();
    Map<String, Object> yaml = reversed(shipped());
    section(yaml, "matching").put("threshold", "0.920");
    section(yaml, "tax").put("minor-amount-limit-sek", "10000.00");

    assertThat(RuleSetLoader.fromYaml(yaml, null).version()).isEqualTo(original);
    assertThat(RuleSetLoader.fromYaml(shipped(), null).version()).isEqualTo(original);
  }

  /** Every value of the shipped config/rules.yml, changed to another valid value. */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("everyLeafChanged")
  void anyChangedValueChangesTheVersion(String key, Object original, Object changed) {
    Map<String, Object> yaml = shipped();
    String before = RuleSetLoader.fromYaml(yaml, null).version();
    replace(yaml, key, changed);

    RuleSet rules = RuleSetLoader.fromYaml(yaml, null);

    assertThat(rules.version()).as(key).isNotEqualTo(before);
    assertThat(RuleSetLoader.fromYaml(shipped(), null).version()).isEqualTo(before);
  }

  static Stream<Arguments> everyLeafChanged() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, Object> yaml = shipped();
    walk(yaml, yaml, "", cases);
    assertThat(cases).hasSizeGreaterThan(250);
    return cases.stream();
  }

  private static void walk(Map<String, Object> root, Object node, String key, List<Arguments> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (name, value) ->
              walk(root, value, key.isEmpty() ? name.toString() : key + "." + name, out));
    } else if (node instanceof List<?> list) {
      // a list is a set of values: changing an element is replacing it with a value not in it, or
      // dropping it when every allowed value is there already
      for (int i = 0; i < list.size(); i++) {
        List<Object> changed = new ArrayList<>(list);
        Object other = otherElement(key, list);
        if (other == null) {
          changed.remove(i);
        } else {
          changed.set(i, other);
        }
        out.add(Arguments.of(key + "[" + (i + 1) + "]", list, changed));
      }
    } else if (node != null) {
      out.add(Arguments.of(key, node, otherValue(root, key, node.toString())));
    }
  }

  private static Object otherElement(String key, List<?> list) {
    List<String> candidates;
    if (key.endsWith("mandatory-criteria")) {
      candidates = Stream.iterate(1, i -> i + 1).limit(11).map(String::valueOf).toList();
    } else if (key.startsWith("evidence.accepted.")) {
      candidates = Arrays.stream(EvidenceKind.values()).map(Enum::name).toList();
    } else if (key.equals("evidence.contradicting-rules")) {
      candidates = RuleId.names();
    } else {
      return list.get(0) + "_CHANGED";
    }
    return candidates.stream().filter(c -> !list.contains(c)).findFirst().orElse(null);
  }

  private static Object otherValue(Map<String, Object> root, String key, String value) {
    if (key.equals("organised-crime.active-profile")) {
      return section(section(root, "organised-crime"), "profiles").keySet().stream()
          .filter(name -> !name.equals(value))
          .findFirst()
          .orElseThrow();
    }
    if (key.equals("sanctions.applied-threshold")) {
      return section(section(root, "sanctions"), "eu-thresholds-eur").keySet().stream()
          .filter(name -> !name.equals(value))
          .findFirst()
          .orElseThrow();
    }
    if (value.matches("P\\d+[YMD]")) {
      int number = Integer.parseInt(value.substring(1, value.length() - 1));
      return "P" + (number + 1) + value.charAt(value.length() - 1);
    }
    if (value.matches("\\d+(\\.\\d+)?")) {
      BigDecimal number = new BigDecimal(value);
      return number.compareTo(BigDecimal.ONE) <= 0
          ? number.divide(BigDecimal.valueOf(2)).toPlainString()
          : number.add(BigDecimal.ONE).toPlainString();
    }
    if (Arrays.stream(Decision.values()).anyMatch(d -> d.name().equals(value))) {
      return value.equals("REVIEW") ? "EXCLUDE" : "REVIEW";
    }
    return value + " (ändrad)";
  }

  @Test
  void theMatchingThresholdSettingAndTheGraphSettingsCountTowardsTheVersion() {
    RuleSet rules = RuleSetLoader.load(null, null);
    assertThat(RuleSetLoader.load(null, 0.9).version()).isNotEqualTo(rules.version());
    assertThat(RuleSetLoader.load(null, 0.92).version()).isEqualTo(rules.version());

    Map<String, String> graph = new TreeMap<>(DEFAULT_GRAPH_SETTINGS);
    RuleSet withGraph = rules.withSettings(graph);
    graph.put("graph.sanctioned-ownership-percent", "25");
    assertThat(withGraph.version())
        .isNotEqualTo(rules.version())
        .isNotEqualTo(rules.withSettings(graph).version())
        .isEqualTo(RuleSetLoader.load(SHIPPED, null, DEFAULT_GRAPH_SETTINGS).version());
  }

  @Test
  void theSampleRunsVersionInTheNewAndTheOldFormSoOlderRunsRestart() {
    RuleSet sample = RuleSetLoader.load(SHIPPED, null, DEFAULT_GRAPH_SETTINGS);

    // the rules version the sample run recorded before the rules file was typed
    assertThat(LegacyRulesVersion.of(sample))
        .isEqualTo("a3a4f28b47bdd585a6e2c34ad785ebcba2e828f2d768c5df8bc1e8c09072d9a6");
    assertThat(sample.version())
        .isEqualTo("4f56d4f76332dc5ea20d6da2513d35919b64461f420ea6f80465e3b9c5a2db5d");
    assertThat(sample.isVersion(sample.version())).isTrue();
    assertThat(sample.isVersion("a3a4f28b47bdd585a6e2c34ad785ebcba2e828f2d768c5df8bc1e8c09072d9a6"))
        .isTrue();
    // other rules are not the recorded ones in either form
    RuleSet other = RuleSetLoader.load(SHIPPED, 0.9, DEFAULT_GRAPH_SETTINGS);
    assertThat(other.isVersion("a3a4f28b47bdd585a6e2c34ad785ebcba2e828f2d768c5df8bc1e8c09072d9a6"))
        .isFalse();
    assertThat(other.isVersion(sample.version())).isFalse();
  }

  @Test
  void theEuroThresholdsAreConvertedAtTheRateAndAKronorAmountReplacesOne() {
    Map<String, Object> yaml = shipped();
    Map<String, Object> sanctions = section(yaml, "sanctions");
    // the 2024-2025 euro at the 2024-2025 counter-value give the kronor published for 2024-2025
    sanctions.put(
        "eu-thresholds-eur",
        Map.of("supplies-services-central", "143000", "supplies-services-sub-central", "221000"));
    assertThat(RuleSetLoader.fromYaml(yaml, null).sanctions().euThresholdsSek())
        .containsEntry("supplies-services-central", new BigDecimal("1546202"))
        .containsEntry("supplies-services-sub-central", new BigDecimal("2389585"));
    sanctions.put("sek-per-eur", "11.5");
    sanctions.put("eu-thresholds-sek", Map.of("supplies-services-central", "1600000"));
    RuleSet changed = RuleSetLoader.fromYaml(yaml, null);
    assertThat(changed.sanctions().euThresholdsSek())
        .containsEntry("supplies-services-central", new BigDecimal("1600000"))
        .containsEntry("supplies-services-sub-central", new BigDecimal("2541500"));
    assertThat(changed.sanctions().euThresholdSek()).isEqualByComparingTo("2541500");
    assertThat(RuleSetLoader.load(null, null).sanctions().euThresholdSek())
        .isEqualByComparingTo("2335522");
  }

  @Test
  void aFileWrittenBeforeTheLaterSectionsAndRulesTakesThemFromTheBuiltInCopy() {
    Map<String, Object> yaml = shipped();
    yaml.remove("evidence");
    yaml.remove("sanctions");
    section(yaml, "matching").remove("strong-threshold");
    section(yaml, "rules").remove("PHOENIX");

    assertThat(RuleSetLoader.fromYaml(yaml, null).version())
        .isEqualTo(RuleSetLoader.fromYaml(shipped(), null).version());
  }

  static Stream<Arguments> wrongValues() {
    return Stream.of(
        Arguments.of(
            "financial.risk-class-limit",
            "0",
            "financial.risk-class-limit är 0 men får inte vara mindre än 1",
            "financial.risk-class-limit is 0 but must not be less than 1"),
        Arguments.of(
            "matching.threshold",
            "1.5",
            "matching.threshold är 1.5 men får inte vara större än 1",
            "matching.threshold is 1.5 but must not be greater than 1"),
        Arguments.of(
            "lookback.mandatory",
            "5 år",
            "lookback.mandatory är 5 år men måste vara en period enligt ISO 8601",
            "lookback.mandatory is 5 år but must be an ISO 8601 period"),
        Arguments.of(
            "lookback.other",
            "P0D",
            "lookback.other är P0D men måste vara en period längre än noll",
            "lookback.other is P0D but must be a period longer than zero"),
        Arguments.of(
            "tax.minor-amount-limit-sek",
            "tiotusen",
            "tax.minor-amount-limit-sek är tiotusen men måste vara ett tal",
            "tax.minor-amount-limit-sek is tiotusen but must be a number"),
        Arguments.of(
            "tax.minor-amount-limit",
            "10000",
            "tax.minor-amount-limit är inte en nyckel som kan stå här (kända: minor-amount-limit-sek)",
            "tax.minor-amount-limit is not a key that may stand here (known: minor-amount-limit-sek)"),
        Arguments.of(
            "rules.CONVICTION_MANDATORY.decision.LOU",
            "MAYBE",
            "rules.CONVICTION_MANDATORY.decision.LOU är MAYBE men måste vara ett av CLEAR, REVIEW,",
            "rules.CONVICTION_MANDATORY.decision.LOU is MAYBE but must be one of CLEAR, REVIEW,"),
        Arguments.of(
            "organised-crime.active-profile",
            "fbi",
            "organised-crime.active-profile är fbi, men det finns inget sådant namn (kända: eu, plan)",
            "organised-crime.active-profile is fbi, but there is no such name (known: eu, plan)"),
        Arguments.of(
            "sanctions.subcontractor-share-percent",
            "-5",
            "sanctions.subcontractor-share-percent är -5 men får inte vara negativ",
            "sanctions.subcontractor-share-percent is -5 but must not be negative"),
        Arguments.of(
            "rules.CONVICTION_MANDATORY.legal-basis",
            "",
            "rules.CONVICTION_MANDATORY.legal-basis är tom",
            "rules.CONVICTION_MANDATORY.legal-basis is empty"));
  }

  /**
   * A wrong value stops the loading with one message in the command's language that names the file,
   * the key, the value and why: never a half-read rule set, never an exception's class.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("wrongValues")
  void aWrongValueIsNamedWithItsFileKeyValueAndReason(
      String key,
      String value,
      String swedish,
      String english,
      @org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Map<String, Object> yaml = shipped();
    replace(yaml, key, value);
    Path file = dir.resolve("rules.yml");
    Files.writeString(file, new org.yaml.snakeyaml.Yaml().dump(yaml));

    LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
    assertThatThrownBy(() -> RuleSetLoader.load(file, null))
        .isInstanceOf(InvalidRulesFileException.class)
        .hasMessageStartingWith("Regelfilen " + file + " kan inte användas: ")
        .hasMessageContaining(swedish)
        .hasMessageNotContaining("Exception")
        .hasMessageNotContaining("tools.jackson");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThatThrownBy(() -> RuleSetLoader.load(file, null))
        .hasMessageStartingWith("The rules file " + file + " cannot be used: ")
        .hasMessageContaining(english);
  }

  @Test
  void anUnknownRuleIdIsRefused() {
    Map<String, Object> yaml = shipped();
    section(yaml, "rules").put("NO_SUCH_RULE", section(section(yaml, "rules"), "CAPACITY"));
    LocaleContextHolder.setLocale(Locale.ENGLISH);

    assertThatThrownBy(() -> RuleSetLoader.fromYaml(yaml, null))
        .isInstanceOf(InvalidRulesFileException.class)
        .hasMessageContaining("rules.NO_SUCH_RULE")
        .hasMessageContaining(
            "rules.NO_SUCH_RULE is not a key that may stand here (known: CONVICTION_MANDATORY,");
  }

  @Test
  void aFileThatIsNotYamlIsSaidSo(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.yml");
    Files.writeString(file, "lookback:\n  mandatory: [P5Y\n");
    LocaleContextHolder.setLocale(Locale.ENGLISH);

    assertThatThrownBy(() -> RuleSetLoader.load(file, null))
        .isInstanceOf(InvalidRulesFileException.class)
        .hasMessageStartingWith("The rules file " + file + " cannot be used: it is not valid YAML");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  /** Puts a value at a dotted key; {@code [n]} after a key is the n:th element of its list. */
  private static void replace(Map<String, Object> yaml, String key, Object value) {
    String path = key.replaceAll("\\[\\d+]$", "");
    // rule ids and ground codes hold dots: match the longest key present at each level
    Map<String, Object> parent = yaml;
    String rest = path;
    while (true) {
      String found = null;
      for (String candidate : parent.keySet()) {
        if (rest.equals(candidate)) {
          parent.put(candidate, value);
          return;
        }
        if (rest.startsWith(candidate + ".")
            && (found == null || candidate.length() > found.length())) {
          found = candidate;
        }
      }
      if (found == null) {
        // a key the file does not have (a misspelt one): put it under the deepest section found
        parent.put(rest, value);
        return;
      }
      parent = section(parent, found);
      rest = rest.substring(found.length() + 1);
    }
  }

  /** The file with every section's keys and every list in reverse order. */
  @SuppressWarnings("unchecked")
  private static <T> T reversed(T node) {
    if (node instanceof Map<?, ?> map) {
      List<Map.Entry<String, Object>> entries =
          new ArrayList<>(((Map<String, Object>) map).entrySet());
      java.util.Collections.reverse(entries);
      Map<String, Object> copy = new LinkedHashMap<>();
      entries.forEach(e -> copy.put(e.getKey(), reversed(e.getValue())));
      return (T) copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list);
      java.util.Collections.reverse(copy);
      return (T) copy;
    }
    return node;
  }
}
