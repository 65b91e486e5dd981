package se.vendorscreening.screening.internal.rules;

import java.time.Period;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import se.vendorscreening.screening.internal.matching.MatchingSettings;
import se.vendorscreening.shared.RuleId;
import se.vendorscreening.shared.Sha256;

/**
 * The effective rules of a run: config/rules.yml bound and validated ({@link RulesFile}), the
 * settings outside it that the rules' outcome depends on, and the version computed from both. Made
 * by {@link #of} only, so the version always belongs to the values.
 *
 * @param file the rules file's values (with the built-in values for what it does not give)
 * @param settings further settings the rules' outcome depends on, outside the file (the
 *     relationship graph's {@code screening.graph.*}, as {@code graph.<key>}); empty when none
 * @param evidence the evidence section with its grounds resolved
 * @param sanctions the sanctions section with its thresholds in kronor
 * @param version SHA-256 of the canonical serialisation of the file and the settings
 */
public record RuleSet(
    RulesFile file,
    Map<String, String> settings,
    EvidenceRules evidence,
    SanctionsRules sanctions,
    String version) {

  public RuleSet {
    settings = new TreeMap<>(settings);
  }

  /** The rules of a bound file and further settings, with their version. */
  public static RuleSet of(RulesFile file, Map<String, String> settings) {
    return new RuleSet(
        file,
        settings,
        EvidenceRules.of(file.evidence()),
        SanctionsRules.of(file.sanctions()),
        Sha256.of(RulesFile.canonical(file, settings)));
  }

  /** The same rules with further settings (a changed setting changes the version). */
  public RuleSet withSettings(Map<String, String> further) {
    return of(file, further);
  }

  /** The same rules with another file (a test's variation of one value). */
  public RuleSet withFile(RulesFile other) {
    return of(other, settings);
  }

  /**
   * Whether a recorded rules version is these rules': their version, or the one a build before the
   * typed rules file recorded for the same rules ({@link LegacyRulesVersion}), so that a run it
   * started still restarts.
   */
  public boolean isVersion(String recorded) {
    return recorded.equals(version) || recorded.equals(LegacyRulesVersion.of(this));
  }

  /** The definition of one rule: its legal basis and decisions. */
  public RulesFile.RuleEntry rule(String ruleId) {
    RulesFile.RuleEntry entry = file.rules().get(RuleId.valueOf(ruleId));
    if (entry == null) {
      throw new IllegalStateException("rules.yml has no rule " + ruleId);
    }
    return entry;
  }

  /* The conviction rules' settings, named so that each rule can be given its own (ConvictionRule). */

  public Period mandatoryLookback() {
    return file.lookback().mandatory();
  }

  public Period otherLookback() {
    return file.lookback().other();
  }

  /** The name-match settings, as the matcher takes them. */
  public MatchingSettings matching() {
    return file.matching().settings();
  }

  public SortedSet<String> mandatoryCategories() {
    return file.offenceCategories().mandatory();
  }

  public SortedSet<String> professionalCategories() {
    return file.offenceCategories().professionalConduct();
  }

  /** The active organised-crime profile. */
  public OrganisedCrimeProfile profile() {
    return profiles().get(file.organisedCrime().activeProfile());
  }

  /** Every organised-crime profile, by name. */
  public Map<String, OrganisedCrimeProfile> profiles() {
    Map<String, OrganisedCrimeProfile> profiles = new TreeMap<>();
    file.organisedCrime()
        .profiles()
        .forEach(
            (name, profile) ->
                profiles.put(
                    name,
                    new OrganisedCrimeProfile(
                        name, profile.minimumCriteria(), profile.mandatoryCriteria())));
    return profiles;
  }
}
