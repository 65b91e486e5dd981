package se.vendorscreening.screening.internal.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.screening.internal.matching.MatchingSettings;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * config/rules.yml bound to records, one per section, each value typed and constrained
 * (docs/rules.md, "The rule catalogue"). The keys of the file are the components' names in kebab
 * case ({@code minorAmountLimitSek} is {@code minor-amount-limit-sek}). The rules version is the
 * hash of these records' canonical serialisation ({@link RulesVersion}), so every value here counts
 * towards it and nothing else does.
 *
 * <p>The constraints' messages are keys of {@code messages/screening*.properties}: {@link
 * RulesFileProblems} says what is wrong in the run's language.
 *
 * @param lookback how long final convictions count
 * @param tax the tax rules' limit
 * @param financial the financial-standing rules' limits
 * @param matching how registry records without an identity number are tied to a party
 * @param sanctions the sanctions rules' EU thresholds and subcontractor share
 * @param offenceCategories the offence categories of the conviction rules
 * @param organisedCrime the organised-crime definition's profiles and the active one
 * @param evidence which evidence satisfies which exclusion ground
 * @param rules each rule's legal basis and decision per procurement regime
 */
record RulesFile(
    @NotNull(message = MISSING) @Valid Lookback lookback,
    @NotNull(message = MISSING) @Valid Tax tax,
    @NotNull(message = MISSING) @Valid Financial financial,
    @NotNull(message = MISSING) @Valid Matching matching,
    @NotNull(message = MISSING) @Valid Sanctions sanctions,
    @NotNull(message = MISSING) @Valid OffenceCategories offenceCategories,
    @NotNull(message = MISSING) @Valid OrganisedCrime organisedCrime,
    @NotNull(message = MISSING) @Valid Evidence evidence,
    @NotNull(message = MISSING) Map<RuleId, @NotNull(message = MISSING) @Valid RuleEntry> rules) {

  static final String MISSING = "rules-file.reason.missing";
  static final String MIN = "rules-file.reason.min";
  static final String MAX = "rules-file.reason.max";
  static final String POSITIVE = "rules-file.reason.positive";
  static final String NOT_NEGATIVE = "rules-file.reason.not-negative";
  static final String BLANK = "rules-file.reason.blank";
  static final String EMPTY = "rules-file.reason.empty";

  /**
   * Binds the file's keys to the records and writes the canonical form: kebab-case keys, unknown
   * keys refused, properties and map entries sorted by key, decimals written plain.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  RulesFile {
    rules = rules == null ? null : new TreeMap<>(rules);
  }

  /**
   * The form the rules version is the hash of: the records and the further settings as JSON, every
   * key sorted, so that reformatting the file or reordering its keys or lists keeps the version and
   * any changed value changes it.
   */
  static String canonical(RulesFile file, Map<String, String> settings) {
    return MAPPER.writeValueAsString(new Canonical(file, new TreeMap<>(settings)));
  }

  /** What the version covers. */
  private record Canonical(RulesFile rules, Map<String, String> settings) {}

  /**
   * The file with another name-match threshold ({@code screening.screening.matching.threshold}).
   */
  RulesFile withMatchingThreshold(BigDecimal threshold) {
    return new RulesFile(
        lookback,
        tax,
        financial,
        new Matching(
            threshold,
            matching.strongThreshold(),
            matching.reviewThreshold(),
            matching.diacriticsPenalty()),
        sanctions,
        offenceCategories,
        organisedCrime,
        evidence,
        rules);
  }

  /**
   * Lookback periods, counted from the date a conviction became final.
   *
   * @param mandatory for the mandatory offence categories (LOU 13 kap. 1 §)
   * @param other for the professional-conduct categories (LOU 13 kap. 3 §)
   */
  record Lookback(
      @NotNull(message = MISSING) @PositivePeriod Period mandatory,
      @NotNull(message = MISSING) @PositivePeriod Period other) {}

  /**
   * @param minorAmountLimitSek final tax debts summed per subject must be above this to exclude
   */
  record Tax(
      @NotNull(message = MISSING) @PositiveOrZero(message = NOT_NEGATIVE)
          BigDecimal minorAmountLimitSek) {

    Tax {
      minorAmountLimitSek = plain(minorAmountLimitSek);
    }
  }

  /**
   * @param riskClassLimit a risk class (1 very high risk … 5 very low) below this gives CREDIT_RISK
   * @param capacityRatio revenue below this times the contract's annual value gives CAPACITY
   */
  record Financial(
      @NotNull(message = MISSING) @Min(value = 1, message = MIN) @Max(value = 5, message = MAX)
          Integer riskClassLimit,
      @NotNull(message = MISSING) @Positive(message = POSITIVE) BigDecimal capacityRatio) {

    Financial {
      capacityRatio = plain(capacityRatio);
    }
  }

  /**
   * Name scores are 0–1 (docs/matching.md).
   *
   * @param threshold a name alone at or above it matches weakly
   * @param strongThreshold with an equal birth date, every word at or above it matches strongly
   * @param reviewThreshold with an equal birth date, this share of agreeing words matches weakly
   * @param diacriticsPenalty subtracted from a word written in another spelling
   */
  record Matching(
      @Score BigDecimal threshold,
      @Score BigDecimal strongThreshold,
      @Score BigDecimal reviewThreshold,
      @Score BigDecimal diacriticsPenalty) {

    Matching {
      threshold = plain(threshold);
      strongThreshold = plain(strongThreshold);
      reviewThreshold = plain(reviewThreshold);
      diacriticsPenalty = plain(diacriticsPenalty);
    }

    /** The settings as the matcher takes them. */
    MatchingSettings settings() {
      return new MatchingSettings(
          threshold.doubleValue(),
          strongThreshold.doubleValue(),
          reviewThreshold.doubleValue(),
          diacriticsPenalty.doubleValue());
    }
  }

  /** A score of docs/matching.md: given, and from 0 to 1. */
  @NotNull(message = MISSING)
  @DecimalMin(value = "0", message = MIN)
  @DecimalMax(value = "1", message = MAX)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = {})
  @interface Score {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /**
   * The sanctions rules' scope (docs/rules.md, "The sanctions rules' scope").
   *
   * @param euThresholdsEur the EU thresholds in euro, by name
   * @param sekPerEur the rate the euro thresholds are converted at
   * @param euThresholdsSek kronor that replace a converted threshold, by name
   * @param appliedThreshold the threshold a contract value is measured against
   * @param subcontractorSharePercent SANCTIONED_SUBCONTRACTOR counts a subcontractor above this
   */
  record Sanctions(
      Map<String, @NotNull(message = MISSING) @Positive(message = POSITIVE) BigDecimal>
          euThresholdsEur,
      @Positive(message = POSITIVE) BigDecimal sekPerEur,
      Map<String, @NotNull(message = MISSING) @Positive(message = POSITIVE) BigDecimal>
          euThresholdsSek,
      @NotBlank(message = BLANK) String appliedThreshold,
      @NotNull(message = MISSING)
          @PositiveOrZero(message = NOT_NEGATIVE)
          @DecimalMax(value = "100", message = MAX)
          BigDecimal subcontractorSharePercent) {

    Sanctions {
      euThresholdsEur = plain(euThresholdsEur);
      sekPerEur = plain(sekPerEur);
      euThresholdsSek = plain(euThresholdsSek);
      subcontractorSharePercent = plain(subcontractorSharePercent);
    }
  }

  /**
   * @param mandatory the categories of LOU 13 kap. 1 §
   * @param professionalConduct the categories of LOU 13 kap. 3 §
   */
  record OffenceCategories(
      @NotNull(message = MISSING) SortedSet<@NotBlank(message = BLANK) String> mandatory,
      @NotNull(message = MISSING)
          SortedSet<@NotBlank(message = BLANK) String> professionalConduct) {

    OffenceCategories {
      mandatory = sorted(mandatory);
      professionalConduct = sorted(professionalConduct);
    }
  }

  /**
   * @param activeProfile the profile findings are judged by
   * @param profiles every profile, by name
   */
  record OrganisedCrime(
      @NotBlank(message = BLANK) String activeProfile,
      @NotEmpty(message = EMPTY) Map<String, @NotNull(message = MISSING) @Valid Profile> profiles) {

    OrganisedCrime {
      profiles = profiles == null ? null : new TreeMap<>(profiles);
    }
  }

  /**
   * @param minimumCriteria how many of the 11 criteria must be met
   * @param mandatoryCriteria the criteria that must all be met
   */
  record Profile(
      @NotNull(message = MISSING) @Min(value = 1, message = MIN) @Max(value = 11, message = MAX)
          Integer minimumCriteria,
      @NotNull(message = MISSING)
          SortedSet<@Min(value = 1, message = MIN) @Max(value = 11, message = MAX) Integer>
              mandatoryCriteria) {

    Profile {
      mandatoryCriteria = sorted(mandatoryCriteria);
    }
  }

  /**
   * Which evidence satisfies which exclusion ground (docs/evidence.md).
   *
   * @param statementMaxAge a sworn statement older than this does not count
   * @param documentMaxAge a vendor document older than this does not count
   * @param registryCountries the countries the registries' answers count for
   * @param contradictingRules findings of these rules contradict a declaration of their ground
   * @param accepted per ground (its ESPD code) and regime, the kinds that satisfy it
   */
  record Evidence(
      @NotNull(message = MISSING) @PositivePeriod Period statementMaxAge,
      @NotNull(message = MISSING) @PositivePeriod Period documentMaxAge,
      SortedSet<@NotBlank(message = BLANK) String> registryCountries,
      SortedSet<RuleId> contradictingRules,
      @NotNull(message = MISSING)
          Map<String, Map<ProcurementType, SortedSet<EvidenceKind>>> accepted) {

    Evidence {
      registryCountries = registryCountries == null ? new TreeSet<>() : sorted(registryCountries);
      contradictingRules =
          contradictingRules == null ? new TreeSet<>() : sorted(contradictingRules);
      if (accepted != null) {
        Map<String, Map<ProcurementType, SortedSet<EvidenceKind>>> copy = new TreeMap<>();
        accepted.forEach(
            (ground, regimes) -> {
              Map<ProcurementType, SortedSet<EvidenceKind>> perRegime = new TreeMap<>();
              if (regimes != null) {
                regimes.forEach(
                    (regime, kinds) ->
                        perRegime.put(regime, kinds == null ? new TreeSet<>() : sorted(kinds)));
              }
              copy.put(ground, perRegime);
            });
        accepted = copy;
      }
    }
  }

  /**
   * One rule's entry.
   *
   * @param legalBasis the legal reference printed with every finding
   * @param decision the decision the rule gives under each procurement regime
   */
  record RuleEntry(
      @NotBlank(message = BLANK) String legalBasis,
      @NotNull(message = MISSING)
          Map<ProcurementType, @NotNull(message = MISSING) Decision> decision) {

    RuleEntry {
      decision = decision == null ? null : new TreeMap<>(decision);
    }

    Decision decisionUnder(ProcurementType regime) {
      return decision.get(regime);
    }
  }

  /** Without trailing zeros, so that {@code 0.90} and {@code 0.9} are one value; 10000 stays. */
  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Map<String, BigDecimal> plain(Map<String, BigDecimal> values) {
    if (values == null) {
      return null;
    }
    Map<String, BigDecimal> copy = new TreeMap<>();
    values.forEach((name, value) -> copy.put(name, plain(value)));
    return copy;
  }

  private static <T extends Comparable<T>> SortedSet<T> sorted(SortedSet<T> values) {
    return values == null ? null : new TreeSet<>(values);
  }
}
