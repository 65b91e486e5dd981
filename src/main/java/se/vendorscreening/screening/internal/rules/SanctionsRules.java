package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
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

  /** The settings as lines of the rules' canonical form. */
  void canonical(Map<String, String> lines) {
    euThresholdsSek.forEach(
        (name, value) ->
            lines.put(
                "sanctions.eu-thresholds-sek." + name, value.stripTrailingZeros().toPlainString()));
    lines.put("sanctions.applied-threshold", appliedThreshold);
    lines.put(
        "sanctions.subcontractor-share-percent",
        subcontractorSharePercent.stripTrailingZeros().toPlainString());
  }
}
