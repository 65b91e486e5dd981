package se.vendorscreening.audit.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit module.
 *
 * @param evidenceRetention how long raw registry evidence is kept (ISO-8601 period)
 */
@ConfigurationProperties("screening.audit")
record AuditProperties(@DefaultValue("P90D") Period evidenceRetention) {}
