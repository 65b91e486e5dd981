package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

class RuleSetLoaderTests {

  private static Map<String, Object> builtIn() {
    return new Yaml()
        .load(
            RuleSetLoaderTests.class.getClassLoader().getResourceAsStream(RuleSetLoader.BUILT_IN));
  }

  @Test
  void operatorFileAndBuiltInCopyAreTheSameRules() {
    RuleSet operator = RuleSetLoader.load(Path.of("config/rules.yml"), null);
    RuleSet builtIn = RuleSetLoader.load(Path.of("no/such/rules.yml"), null);

    assertThat(operator.version()).isEqualTo(builtIn.version()).hasSize(64);
  }

  @Test
  void shipsTheDefaultsOfTheDomain() {
    RuleSet rules = RuleSetLoader.load(null, null);

    assertThat(rules.mandatoryLookback()).isEqualTo(Period.ofYears(5));
    assertThat(rules.otherLookback()).isEqualTo(Period.ofYears(3));
    assertThat(rules.minorAmountLimitSek()).isEqualByComparingTo("10000");
    assertThat(rules.riskClassLimit()).isEqualTo(3);
    assertThat(rules.profile().name()).isEqualTo("plan");
    assertThat(rules.rule("CONVICTION_MANDATORY").decisionUnder(ProcurementType.LOU))
        .isEqualTo(Decision.EXCLUDE);
    assertThat(rules.rule("CONVICTION_MANDATORY").decisionUnder(ProcurementType.LOV))
        .isEqualTo(Decision.REVIEW);
    assertThat(rules.rule("REPRESENTATIVES_MISSING").decisionUnder(ProcurementType.LOV))
        .isEqualTo(Decision.INCOMPLETE);
    assertThat(rules.rules().keySet())
        .containsExactlyInAnyOrderElementsOf(se.vendorscreening.screening.RuleIds.ALL);
  }

  @Test
  void anyChangedValueChangesTheVersion() {
    Map<String, Object> yaml = builtIn();
    String original = RuleSetLoader.fromYaml(yaml, null).version();
    @SuppressWarnings("unchecked")
    Map<String, Object> tax = (Map<String, Object>) yaml.get("tax");
    tax.put("minor-amount-limit-sek", 20000);

    assertThat(RuleSetLoader.fromYaml(yaml, null).version()).isNotEqualTo(original);
    assertThat(RuleSetLoader.fromYaml(builtIn(), 0.9).version()).isNotEqualTo(original);
  }

  @Test
  void theEuroThresholdsAreConvertedAtTheRateAndAKronorAmountReplacesOne() {
    Map<String, Object> yaml = builtIn();
    @SuppressWarnings("unchecked")
    Map<String, Object> sanctions = (Map<String, Object>) yaml.get("sanctions");
    // the 2024-2025 euro at the 2024-2025 counter-value give the kronor published for 2024-2025
    sanctions.put(
        "eu-thresholds-eur",
        Map.of("supplies-services-central", 143000, "supplies-services-sub-central", 221000));
    assertThat(RuleSetLoader.fromYaml(yaml, null).sanctions().euThresholdsSek())
        .containsEntry("supplies-services-central", new java.math.BigDecimal("1546202"))
        .containsEntry("supplies-services-sub-central", new java.math.BigDecimal("2389585"));
    sanctions.put("sek-per-eur", "11.5");
    sanctions.put("eu-thresholds-sek", Map.of("supplies-services-central", 1600000));
    RuleSet changed = RuleSetLoader.fromYaml(yaml, null);
    assertThat(changed.sanctions().euThresholdsSek())
        .containsEntry("supplies-services-central", new java.math.BigDecimal("1600000"))
        .containsEntry("supplies-services-sub-central", new java.math.BigDecimal("2541500"));
    assertThat(changed.sanctions().euThresholdSek()).isEqualByComparingTo("2541500");
  }

  @Test
  void theSanctionsThresholdsAndTheGraphSettingsCountTowardsTheVersion() {
    RuleSet rules = RuleSetLoader.load(null, null);
    assertThat(rules.sanctions().euThresholdSek()).isEqualByComparingTo("2335522");
    assertThat(rules.sanctions().subcontractorSharePercent()).isEqualByComparingTo("10");
    assertThat(RuleSetLoader.canonical(rules))
        .contains("sanctions.eu-thresholds-sek.works=58431290\n")
        .contains("sanctions.eu-thresholds-sek.supplies-services-central=1513764\n")
        .contains("sanctions.subcontractor-share-percent=10\n");

    Map<String, Object> yaml = builtIn();
    @SuppressWarnings("unchecked")
    Map<String, Object> sanctions = (Map<String, Object>) yaml.get("sanctions");
    sanctions.put("subcontractor-share-percent", 15);
    assertThat(RuleSetLoader.fromYaml(yaml, null).version()).isNotEqualTo(rules.version());
    sanctions.put("subcontractor-share-percent", 10);
    sanctions.put("applied-threshold", "works");
    assertThat(RuleSetLoader.fromYaml(yaml, null).version()).isNotEqualTo(rules.version());

    Map<String, String> graph = new java.util.TreeMap<>();
    graph.put("graph.sanctioned-ownership-percent", "50");
    graph.put("graph.person-signals", "false");
    RuleSet withGraph = RuleSetLoader.withSettings(rules, graph);
    graph.put("graph.sanctioned-ownership-percent", "25");
    RuleSet changedGraph = RuleSetLoader.withSettings(rules, graph);
    assertThat(withGraph.version())
        .isNotEqualTo(rules.version())
        .isNotEqualTo(changedGraph.version())
        .isEqualTo(
            RuleSetLoader.withSettings(
                    rules,
                    Map.of(
                        "graph.person-signals", "false",
                        "graph.sanctioned-ownership-percent", "50"))
                .version());
  }
}
