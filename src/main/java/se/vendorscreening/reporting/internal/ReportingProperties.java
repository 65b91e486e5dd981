package se.vendorscreening.reporting.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code screening.reporting.*}).
 *
 * @param clausesDir the folder with the clause catalogue ({@code sv.yml}, {@code en.yml})
 * @param workbookRowsInMemory rows per sheet the streaming workbook keeps in memory
 */
@ConfigurationProperties("screening.reporting")
public record ReportingProperties(
    @DefaultValue("config/clauses") Path clausesDir,
    @DefaultValue("100") int workbookRowsInMemory) {}
