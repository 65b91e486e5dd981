package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.screening.internal.rules.RuleContext;

/**
 * What one run's steps share: the registries opened once, the rules, the matcher and the overrides
 * in force on the evaluation date; held by the job execution's {@link JobRunResources}.
 *
 * @param runId the run
 * @param registries the four checks, opened once for the run; {@code null} once its parties are
 *     screened
 * @param context the evaluation date, rules and texts (regime set per party)
 * @param matcher the matcher with the rules' threshold
 * @param overrides overrides in force, by party key
 * @param outDir where the run folder goes
 * @param assessments every organised-crime assessment of the run's extract, kept when the
 *     registries are dropped (the relationship graph walks from their subjects); null when not
 *     known (the extract could not be listed, or the run was resumed after its parties were
 *     screened)
 */
record RunResources(
    String runId,
    Registries registries,
    RuleContext context,
    SubjectMatcher matcher,
    Map<String, List<AppliedOverride>> overrides,
    Path outDir,
    List<NetworkAssessment> assessments) {

  /** The same resources without the registries, keeping the organised-crime assessments. */
  RunResources withoutRegistries() {
    List<NetworkAssessment> kept = assessments;
    if (kept == null && registries != null) {
      try {
        kept = List.copyOf(registries.networkAssessments().all());
      } catch (RegistryCheckFailedException e) {
        kept = null;
      }
    }
    return new RunResources(runId, null, context, matcher, overrides, outDir, kept);
  }

  List<AppliedOverride> overridesOf(String partyKey) {
    return overrides.getOrDefault(partyKey, List.of());
  }
}
