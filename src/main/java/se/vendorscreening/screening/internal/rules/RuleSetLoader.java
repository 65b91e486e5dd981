package se.vendorscreening.screening.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.Sha256;

/**
 * Reads config/rules.yml (or the built-in copy when the operator has none) into the effective
 * {@link RuleSet}, and computes its version: the SHA-256 of a canonical serialisation, so that
 * reformatting the file or reordering its keys does not change the version, but any value does.
 */
public final class RuleSetLoader {

  static final String BUILT_IN = "rules/rules.yml";

  /** For rules files written before the strong and review thresholds existed. */
  private static final BigDecimal DEFAULT_STRONG_THRESHOLD = new BigDecimal("0.90");

  private static final BigDecimal DEFAULT_REVIEW_THRESHOLD = new BigDecimal("0.5");

  private RuleSetLoader() {}

  /** Loads the rules from the file if it exists, else the built-in copy. */
  public static RuleSet load(Path file, Double thresholdOverride) {
    try (InputStream in =
        file != null && Files.isRegularFile(file)
            ? Files.newInputStream(file)
            : RuleSetLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("no rules: " + file + " and no built-in " + BUILT_IN);
      }
      Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return fromYaml(yaml, thresholdOverride);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + file, e);
    }
  }

  static RuleSet fromYaml(Map<String, Object> yaml, Double thresholdOverride) {
    Map<String, Object> lookback = map(yaml, "lookback");
    Map<String, Object> tax = map(yaml, "tax");
    Map<String, Object> financial = map(yaml, "financial");
    Map<String, Object> matching = map(yaml, "matching");
    Map<String, Object> categories = map(yaml, "offence-categories");
    Map<String, Object> organisedCrime = map(yaml, "organised-crime");
    Map<String, OrganisedCrimeProfile> profiles = new TreeMap<>();
    map(organisedCrime, "profiles")
        .forEach(
            (name, value) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> profile = (Map<String, Object>) value;
              TreeSet<Integer> mandatory = new TreeSet<>();
              list(profile, "mandatory-criteria")
                  .forEach(c -> mandatory.add(Integer.parseInt(c.toString())));
              profiles.put(
                  name,
                  new OrganisedCrimeProfile(name, integer(profile, "minimum-criteria"), mandatory));
            });
    String active = string(organisedCrime, "active-profile");
    if (!profiles.containsKey(active)) {
      throw new IllegalStateException("rules.yml: unknown active-profile " + active);
    }
    Map<String, RuleDefinition> rules = new TreeMap<>();
    map(yaml, "rules")
        .forEach(
            (ruleId, value) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> rule = (Map<String, Object>) value;
              Map<ProcurementType, Decision> decisions = new LinkedHashMap<>();
              map(rule, "decision")
                  .forEach(
                      (type, decision) ->
                          decisions.put(
                              ProcurementType.valueOf(type),
                              Decision.valueOf(decision.toString())));
              rules.put(ruleId, new RuleDefinition(string(rule, "legal-basis"), decisions));
            });
    double threshold =
        thresholdOverride != null
            ? thresholdOverride
            : decimal(matching, "threshold").doubleValue();
    RuleSet unversioned =
        new RuleSet(
            Period.parse(string(lookback, "mandatory")),
            Period.parse(string(lookback, "other")),
            decimal(tax, "minor-amount-limit-sek"),
            integer(financial, "risk-class-limit"),
            decimal(financial, "capacity-ratio"),
            threshold,
            decimal(matching, "diacritics-penalty").doubleValue(),
            decimalOr(matching, "strong-threshold", DEFAULT_STRONG_THRESHOLD).doubleValue(),
            decimalOr(matching, "review-threshold", DEFAULT_REVIEW_THRESHOLD).doubleValue(),
            new TreeSet<>(strings(categories, "mandatory")),
            new TreeSet<>(strings(categories, "professional-conduct")),
            profiles.get(active),
            profiles,
            rules,
            yaml.get("evidence") instanceof Map
                ? EvidenceRules.fromYaml(map(yaml, "evidence"))
                : builtInEvidence(),
            yaml.get("sanctions") instanceof Map
                ? sanctionsOf(map(yaml, "sanctions"))
                : builtInSanctions(),
            Map.of(),
            "");
    return withVersion(unversioned);
  }

  /** The rules with their version computed from their canonical serialisation. */
  static RuleSet withVersion(RuleSet rules) {
    return new RuleSet(
        rules.mandatoryLookback(),
        rules.otherLookback(),
        rules.minorAmountLimitSek(),
        rules.riskClassLimit(),
        rules.capacityRatio(),
        rules.matchingThreshold(),
        rules.diacriticsPenalty(),
        rules.strongThreshold(),
        rules.reviewThreshold(),
        rules.mandatoryCategories(),
        rules.professionalCategories(),
        rules.profile(),
        rules.profiles(),
        rules.rules(),
        rules.evidence(),
        rules.sanctions(),
        rules.settings(),
        sha256(canonical(rules)));
  }

  /**
   * The rules with further settings their outcome depends on (the relationship graph's), so that a
   * changed setting changes the version too.
   */
  public static RuleSet withSettings(RuleSet rules, Map<String, String> settings) {
    return withVersion(
        new RuleSet(
            rules.mandatoryLookback(),
            rules.otherLookback(),
            rules.minorAmountLimitSek(),
            rules.riskClassLimit(),
            rules.capacityRatio(),
            rules.matchingThreshold(),
            rules.diacriticsPenalty(),
            rules.strongThreshold(),
            rules.reviewThreshold(),
            rules.mandatoryCategories(),
            rules.professionalCategories(),
            rules.profile(),
            rules.profiles(),
            rules.rules(),
            rules.evidence(),
            rules.sanctions(),
            settings,
            ""));
  }

  /**
   * The thresholds in kronor: each of {@code eu-thresholds-eur} at {@code sek-per-eur}, rounded to
   * whole kronor as the published counter-values are, and then each of {@code eu-thresholds-sek},
   * which replaces the converted one (docs/rules.md, "The sanctions rules' scope").
   */
  private static SanctionsRules sanctionsOf(Map<String, Object> sanctions) {
    Map<String, BigDecimal> thresholds = new TreeMap<>();
    if (sanctions.get("eu-thresholds-eur") instanceof Map) {
      BigDecimal rate = decimal(sanctions, "sek-per-eur");
      map(sanctions, "eu-thresholds-eur")
          .forEach(
              (name, value) ->
                  thresholds.put(
                      name,
                      new BigDecimal(value.toString())
                          .multiply(rate)
                          .setScale(0, java.math.RoundingMode.HALF_UP)));
    }
    if (sanctions.get("eu-thresholds-sek") instanceof Map) {
      map(sanctions, "eu-thresholds-sek")
          .forEach((name, value) -> thresholds.put(name, new BigDecimal(value.toString())));
    }
    return new SanctionsRules(
        thresholds,
        string(sanctions, "applied-threshold"),
        decimal(sanctions, "subcontractor-share-percent"));
  }

  /** The built-in sanctions settings, for rules files written before they existed. */
  static SanctionsRules builtInSanctions() {
    return sanctionsOf(map(builtInYaml(), "sanctions"));
  }

  private static volatile Map<String, Object> builtInYaml;

  private static Map<String, Object> builtInYaml() {
    Map<String, Object> yaml = builtInYaml;
    if (yaml == null) {
      try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
        yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in " + BUILT_IN, e);
      }
      builtInYaml = yaml;
    }
    return yaml;
  }

  /** The built-in evidence settings, for rules files written before they existed. */
  static EvidenceRules builtInEvidence() {
    return EvidenceRules.fromYaml(map(builtInYaml(), "evidence"));
  }

  /** The built-in definition of a rule, for rules files written before it existed. */
  @SuppressWarnings("unchecked")
  static RuleDefinition builtInRule(String ruleId) {
    Object value = map(builtInYaml(), "rules").get(ruleId);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("rules.yml has no rule " + ruleId);
    }
    Map<String, Object> rule = (Map<String, Object>) value;
    Map<ProcurementType, Decision> decisions = new LinkedHashMap<>();
    map(rule, "decision")
        .forEach(
            (type, decision) ->
                decisions.put(
                    ProcurementType.valueOf(type), Decision.valueOf(decision.toString())));
    return new RuleDefinition(string(rule, "legal-basis"), decisions);
  }

  /** One line per setting, sorted by key: the form the version is computed over. */
  static String canonical(RuleSet rules) {
    Map<String, String> lines = new TreeMap<>();
    lines.put("lookback.mandatory", rules.mandatoryLookback().toString());
    lines.put("lookback.other", rules.otherLookback().toString());
    lines.put(
        "tax.minor-amount-limit-sek",
        rules.minorAmountLimitSek().stripTrailingZeros().toPlainString());
    lines.put("financial.risk-class-limit", Integer.toString(rules.riskClassLimit()));
    lines.put(
        "financial.capacity-ratio", rules.capacityRatio().stripTrailingZeros().toPlainString());
    lines.put(
        "matching.threshold",
        BigDecimal.valueOf(rules.matchingThreshold()).stripTrailingZeros().toPlainString());
    lines.put(
        "matching.diacritics-penalty",
        BigDecimal.valueOf(rules.diacriticsPenalty()).stripTrailingZeros().toPlainString());
    lines.put(
        "matching.strong-threshold",
        BigDecimal.valueOf(rules.strongThreshold()).stripTrailingZeros().toPlainString());
    lines.put(
        "matching.review-threshold",
        BigDecimal.valueOf(rules.reviewThreshold()).stripTrailingZeros().toPlainString());
    lines.put("offence-categories.mandatory", String.join(",", rules.mandatoryCategories()));
    lines.put(
        "offence-categories.professional-conduct",
        String.join(",", rules.professionalCategories()));
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
    rules
        .rules()
        .forEach(
            (id, rule) -> {
              lines.put("rules." + id + ".legal-basis", rule.legalBasis());
              rule.decisions()
                  .forEach(
                      (type, decision) ->
                          lines.put("rules." + id + ".decision." + type, decision.name()));
            });
    rules.evidence().canonical(lines);
    rules.sanctions().canonical(lines);
    rules.settings().forEach((key, value) -> lines.put("settings." + key, value));
    StringBuilder text = new StringBuilder();
    lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return text.toString();
  }

  private static String sha256(String text) {
    return Sha256.of(text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("rules.yml: missing section " + key);
    }
    return (Map<String, Object>) value;
  }

  private static List<?> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof List<?> list)) {
      throw new IllegalStateException("rules.yml: missing list " + key);
    }
    return list;
  }

  private static List<String> strings(Map<String, Object> parent, String key) {
    List<String> values = new ArrayList<>();
    list(parent, key).forEach(v -> values.add(v.toString()));
    return values;
  }

  private static String string(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      throw new IllegalStateException("rules.yml: missing value " + key);
    }
    return value.toString();
  }

  private static int integer(Map<String, Object> parent, String key) {
    return Integer.parseInt(string(parent, key));
  }

  private static BigDecimal decimal(Map<String, Object> parent, String key) {
    return new BigDecimal(string(parent, key));
  }

  private static BigDecimal decimalOr(
      Map<String, Object> parent, String key, BigDecimal otherwise) {
    return parent.get(key) == null ? otherwise : decimal(parent, key);
  }
}
