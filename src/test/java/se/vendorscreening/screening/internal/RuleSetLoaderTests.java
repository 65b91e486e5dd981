package se.vendorscreening.screening.internal;

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
}
