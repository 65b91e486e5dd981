package se.vendorscreening.intake.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the intake ({@code screening.intake.*}): limits that refuse oversized or malicious
 * files, the chunk size of the import job, and extra column names an operator maps in {@code
 * config/intake.yml}.
 *
 * @param maxFileSize a larger file is refused before it is read
 * @param maxFieldLength a longer value in a column the intake reads rejects its row
 * @param maxRows more data rows than this make the whole file unreadable
 * @param chunkSize rows written per transaction
 * @param vendorColumns extra header names per vendor column, e.g. {@code org_no: [orgnr]}
 * @param representativeColumns extra header names per representative column
 */
@ConfigurationProperties("screening.intake")
record IntakeProperties(
    @DefaultValue("200MB") DataSize maxFileSize,
    @DefaultValue("4000") int maxFieldLength,
    @DefaultValue("2000000") long maxRows,
    @DefaultValue("1000") int chunkSize,
    Map<String, List<String>> vendorColumns,
    Map<String, List<String>> representativeColumns) {

  IntakeProperties {
    vendorColumns = vendorColumns == null ? Map.of() : Map.copyOf(vendorColumns);
    representativeColumns =
        representativeColumns == null ? Map.of() : Map.copyOf(representativeColumns);
  }
}
