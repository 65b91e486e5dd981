package se.vendorscreening.registry;

import java.time.Instant;

/**
 * Where an answer came from, so a report can say exactly what the registry said and when.
 *
 * @param check the check: {@code TAX_ARREARS}, {@code CONVICTIONS}, {@code FINANCIAL_STANDING} or
 *     {@code NETWORK_ASSESSMENTS}
 * @param source the file (with its SHA-256) or the URL asked
 * @param retrievedAt when the answer was read
 * @param sha256 hex SHA-256 of the raw answer (the response body, or the file's bytes)
 * @param evidenceId the stored raw answer (HTTP; purged after the retention period), or null
 */
public record Evidence(
    String check, String source, Instant retrievedAt, String sha256, String evidenceId) {}
