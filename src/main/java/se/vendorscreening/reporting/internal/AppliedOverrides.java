package se.vendorscreening.reporting.internal;

import java.util.List;
import se.vendorscreening.screening.AppliedOverride;

/**
 * The overrides a run applied to one party, for the manifest.
 *
 * @param procurementId the procurement
 * @param orgNo the party as reports show it
 * @param overrides the overrides applied
 */
record AppliedOverrides(String procurementId, String orgNo, List<AppliedOverride> overrides) {}
