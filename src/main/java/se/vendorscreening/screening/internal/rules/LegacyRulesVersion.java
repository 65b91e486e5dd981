package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import se.vendorscreening.shared.Sha256;

/**
 * The rules version as builds before the typed rules file computed it (up to December 2026): the
 * SHA-256 of one {@code key=value} line per setting. Runs started by such a build recorded it, so a
 * restart compares it too: the same rules under the old form are the same rules. Frozen: nothing
 * new is added here, the version of new runs is {@link RuleSet#version()}.
 */
final class LegacyRulesVersion {

  private LegacyRulesVersion() {}

  static String of(RuleSet rules) {
    return Sha256.of(lines(rules));
  }

  /** The old canonical form, one line per setting sorted by key. */
  static String lines(RuleSet rules) {
    Map<String, String> lines = new TreeMap<>();
    RulesFile file = rules.file();
    lines.put("lookback.mandatory", file.lookback().mandatory().toString());
    lines.put("lookback.other", file.lookback().other().toString());
    lines.put("tax.minor-amount-limit-sek", plain(file.tax().minorAmountLimitSek()));
    lines.put("financial.risk-class-limit", Integer.toString(file.financial().riskClassLimit()));
    lines.put("financial.capacity-ratio", plain(file.financial().capacityRatio()));
    lines.put("matching.threshold", plain(file.matching().threshold()));
    lines.put("matching.diacritics-penalty", plain(file.matching().diacriticsPenalty()));
    lines.put("matching.strong-threshold", plain(file.matching().strongThreshold()));
    lines.put("matching.review-threshold", plain(file.matching().reviewThreshold()));
    lines.put(
        "offence-categories.mandatory", String.join(",", file.offenceCategories().mandatory()));
    lines.put(
        "offence-categories.professional-conduct",
        String.join(",", file.offenceCategories().professionalConduct()));
    lines.put("organised-crime.active-profile", rules.profile().name());
    rules
        .profiles()
        .forEach(
            (name, profile) -> {
              lines.put(
                  "organised-crime.profiles." + name + ".minimum-criteria",
                  Integer.toString(profile.minimumCriteria()));
              lines.put(
                  "organised-crime.profiles." + name + ".mandatory-criteria",
                  profile.mandatoryCriteria().toString());
            });
    file.rules()
        .forEach(
            (id, rule) -> {
              lines.put("rules." + id + ".legal-basis", rule.legalBasis());
              rule.decision()
                  .forEach(
                      (type, decision) ->
                          lines.put("rules." + id + ".decision." + type, decision.name()));
            });
    EvidenceRules evidence = rules.evidence();
    lines.put("evidence.statement-max-age", evidence.statementMaxAge().toString());
    lines.put("evidence.document-max-age", evidence.documentMaxAge().toString());
    lines.put("evidence.registry-countries", String.join(",", evidence.registryCountries()));
    lines.put("evidence.contradicting-rules", String.join(",", evidence.contradictingRules()));
    evidence
        .accepted()
        .forEach(
            (ground, regimes) ->
                regimes.forEach(
                    (regime, kinds) ->
                        lines.put(
                            "evidence.accepted." + ground.code() + "." + regime,
                            kinds.toString())));
    SanctionsRules sanctions = rules.sanctions();
    sanctions
        .euThresholdsSek()
        .forEach((name, value) -> lines.put("sanctions.eu-thresholds-sek." + name, plain(value)));
    lines.put("sanctions.applied-threshold", sanctions.appliedThreshold());
    lines.put(
        "sanctions.subcontractor-share-percent", plain(sanctions.subcontractorSharePercent()));
    rules.settings().forEach((key, value) -> lines.put("settings." + key, value));
    StringBuilder text = new StringBuilder();
    lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return text.toString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
