package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sanctions rules' settings (config/rules.yml {@code sanctions}, docs/rules.md): the EU
 * thresholds in kronor, which of them a contract value is measured against, and the share of the
 * contract value above which a subcontractor under sanctioned ownership excludes its tenderer.
 *
 * @param euThresholdsSek the thresholds by name (e.g. {@code supplies-services-sub-central})
 * @param appliedThreshold the name of the threshold a contract value is measured against
 * @param subcontractorSharePercent SANCTIONED_SUBCONTRACTOR fires above this share
 */
public record SanctionsRules(
    Map<String, BigDecimal> euThresholdsSek,
    String appliedThreshold,
    BigDecimal subcontractorSharePercent) {

  public SanctionsRules {
    euThresholdsSek = new TreeMap<>(euThresholdsSek);
    if (!euThresholdsSek.containsKey(appliedThreshold)) {
      throw new IllegalStateException(
          "rules.yml: sanctions.applied-threshold " + appliedThreshold + " is not a threshold");
    }
  }

  /** The threshold a contract value is measured against, in kronor. */
  public BigDecimal euThresholdSek() {
    return euThresholdsSek.get(appliedThreshold);
  }

  /**
   * The thresholds in kronor: each of {@code eu-thresholds-eur} at {@code sek-per-eur}, rounded to
   * whole kronor as the published counter-values are, and then each of {@code eu-thresholds-sek},
   * which replaces the converted one (docs/rules.md, "The sanctions rules' scope").
   */
  static SanctionsRules of(RulesFile.Sanctions section) {
    Map<String, BigDecimal> thresholds = new TreeMap<>();
    if (section.euThresholdsEur() != null) {
      section
          .euThresholdsEur()
          .forEach(
              (name, euro) ->
                  thresholds.put(
                      name, euro.multiply(section.sekPerEur()).setScale(0, RoundingMode.HALF_UP)));
    }
    if (section.euThresholdsSek() != null) {
      thresholds.putAll(section.euThresholdsSek());
    }
    return new SanctionsRules(
        thresholds, section.appliedThreshold(), section.subcontractorSharePercent());
  }
}
