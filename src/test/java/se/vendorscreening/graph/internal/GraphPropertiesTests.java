package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.ShippedGraphSettings;

class GraphPropertiesTests {

  @Test
  void theShippedDefaultsGiveTheSettingsTheRulesVersionWasComputedOver() {
    GraphProperties shipped =
        new GraphProperties(List.of("RU"), BigDecimal.valueOf(50), 10, 5, 3, 4, 12, 36, 3, false);

    assertThat(shipped.canonical()).containsExactlyEntriesOf(ShippedGraphSettings.CANONICAL);
  }

  @Test
  void everySettingOfTheRecordIsInTheCanonicalFormAndCountriesAreNormalised() {
    GraphProperties settings =
        new GraphProperties(
            List.of(" by", "ru", "IR"), new BigDecimal("25.50"), 7, 2, 1.5, 6, 9, 24, 2, true);

    assertThat(settings.canonical())
        .hasSize(GraphProperties.class.getRecordComponents().length)
        .containsEntry("graph.sanctioned-countries", "BY,IR,RU")
        .containsEntry("graph.sanctioned-ownership-percent", "25.5")
        .containsEntry("graph.front-person-outlier-factor", "1.5")
        .containsEntry("graph.person-signals", "true");
    assertThat(settings.sanctioned()).containsExactly("BY", "IR", "RU");
  }
}
