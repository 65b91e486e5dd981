package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The effective rules of a run (config/rules.yml): lookback periods, limits, offence categories,
 * the organised-crime profile, matching threshold and each rule's legal basis and decisions.
 *
 * @param mandatoryLookback how long a final conviction in a mandatory category counts
 * @param otherLookback how long a final conviction in a professional-conduct category counts
 * @param minorAmountLimitSek final tax debts summed per subject must be above this to exclude
 * @param riskClassLimit a risk class below this gives CREDIT_RISK
 * @param capacityRatio revenue below this times the contract value gives CAPACITY
 * @param matchingThreshold name score at or above which names alone match (weakly)
 * @param diacriticsPenalty subtracted when words match only in another spelling
 * @param strongThreshold name score (and word agreement) that, with an equal birth date, matches
 *     strongly
 * @param reviewThreshold name score that, with an equal birth date, matches weakly (REVIEW)
 * @param mandatoryCategories offence categories of LOU 13:1
 * @param professionalCategories offence categories of LOU 13:3
 * @param profile the active organised-crime profile
 * @param profiles every profile, by name
 * @param rules each rule's definition, by rule id
 * @param evidence which evidence satisfies which ground (docs/evidence.md)
 * @param sanctions the EU thresholds and the subcontractor share of the sanctions rules
 * @param settings further settings the rules' outcome depends on, outside this file (the
 *     relationship graph's {@code screening.graph.*}), as canonical lines; empty when none
 * @param version SHA-256 of the canonical serialisation of everything above
 */
public record RuleSet(
    Period mandatoryLookback,
    Period otherLookback,
    BigDecimal minorAmountLimitSek,
    int riskClassLimit,
    BigDecimal capacityRatio,
    double matchingThreshold,
    double diacriticsPenalty,
    double strongThreshold,
    double reviewThreshold,
    Set<String> mandatoryCategories,
    Set<String> professionalCategories,
    OrganisedCrimeProfile profile,
    Map<String, OrganisedCrimeProfile> profiles,
    Map<String, RuleDefinition> rules,
    EvidenceRules evidence,
    SanctionsRules sanctions,
    Map<String, String> settings,
    String version) {

  /** Rules with the built-in sanctions settings and no further settings. */
  public RuleSet(
      Period mandatoryLookback,
      Period otherLookback,
      BigDecimal minorAmountLimitSek,
      int riskClassLimit,
      BigDecimal capacityRatio,
      double matchingThreshold,
      double diacriticsPenalty,
      double strongThreshold,
      double reviewThreshold,
      Set<String> mandatoryCategories,
      Set<String> professionalCategories,
      OrganisedCrimeProfile profile,
      Map<String, OrganisedCrimeProfile> profiles,
      Map<String, RuleDefinition> rules,
      EvidenceRules evidence,
      String version) {
    this(
        mandatoryLookback,
        otherLookback,
        minorAmountLimitSek,
        riskClassLimit,
        capacityRatio,
        matchingThreshold,
        diacriticsPenalty,
        strongThreshold,
        reviewThreshold,
        mandatoryCategories,
        professionalCategories,
        profile,
        profiles,
        rules,
        evidence,
        RuleSetLoader.builtInSanctions(),
        Map.of(),
        version);
  }

  /** Rules with the built-in evidence settings. */
  public RuleSet(
      Period mandatoryLookback,
      Period otherLookback,
      BigDecimal minorAmountLimitSek,
      int riskClassLimit,
      BigDecimal capacityRatio,
      double matchingThreshold,
      double diacriticsPenalty,
      double strongThreshold,
      double reviewThreshold,
      Set<String> mandatoryCategories,
      Set<String> professionalCategories,
      OrganisedCrimeProfile profile,
      Map<String, OrganisedCrimeProfile> profiles,
      Map<String, RuleDefinition> rules,
      String version) {
    this(
        mandatoryLookback,
        otherLookback,
        minorAmountLimitSek,
        riskClassLimit,
        capacityRatio,
        matchingThreshold,
        diacriticsPenalty,
        strongThreshold,
        reviewThreshold,
        mandatoryCategories,
        professionalCategories,
        profile,
        profiles,
        rules,
        RuleSetLoader.builtInEvidence(),
        version);
  }

  public RuleSet {
    mandatoryCategories = new TreeSet<>(mandatoryCategories);
    professionalCategories = new TreeSet<>(professionalCategories);
    profiles = new TreeMap<>(profiles);
    rules = new TreeMap<>(rules);
    settings = new TreeMap<>(settings);
  }

  /** The definition of one rule; a rule the file lacks has its built-in definition. */
  RuleDefinition rule(String ruleId) {
    RuleDefinition definition = rules.get(ruleId);
    if (definition == null) {
      definition = RuleSetLoader.builtInRule(ruleId);
    }
    if (definition == null) {
      throw new IllegalStateException("rules.yml has no rule " + ruleId);
    }
    return definition;
  }
}
