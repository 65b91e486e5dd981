package se.vendorscreening.scheduling;

import java.util.List;

/**
 * An e-mail about a re-check's changes went to the responsible contact; the audit trail records it.
 *
 * @param runId the re-check run
 * @param recipients the addresses
 * @param subject the subject line
 * @param procurementIds the procurements it concerned
 */
public record NotificationSent(
    String runId, List<String> recipients, String subject, List<String> procurementIds) {}
