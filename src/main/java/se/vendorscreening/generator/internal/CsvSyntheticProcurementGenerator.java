package se.vendorscreening.generator.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.vendorscreening.generator.GeneratedData;
import se.vendorscreening.generator.GenerationRequest;
import se.vendorscreening.generator.SyntheticProcurementGenerator;

/**
 * Writes the vendor list, representatives, registry extracts and planted flags as CSV files
 * (docs/input-formats.md and docs/registries.md) in one streaming pass. Public so that the
 * benchmark tooling and its tests can use it without a Spring context.
 */
@Component
public class CsvSyntheticProcurementGenerator implements SyntheticProcurementGenerator {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Logger log = LoggerFactory.getLogger(CsvSyntheticProcurementGenerator.class);

  @Override
  public GeneratedData generate(GenerationRequest request) throws IOException {
    long started = System.nanoTime();
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    Files.createDirectories(request.outputDirectory());
    Files.writeString(
        request.outputDirectory().resolve("as-of.txt"),
        request.asOf() + "\n",
        StandardCharsets.UTF_8);
    GenerationRun run;
    CsvOutputs out = new CsvOutputs(request.outputDirectory());
    try (out) {
      run =
          new GenerationRun(
              out, new SplittableRandom(request.seed()), request.asOf(), request.vendors());
      run.run(request.vendors());
    }
    GeneratedData data =
        new GeneratedData(
            request.outputDirectory(),
            request.asOf(),
            run.vendorRows,
            run.subcontractorRows,
            out.representatives.rows(),
            out.convictions.rows(),
            out.taxArrears.rows(),
            out.financialStanding.rows(),
            out.assessments.rows(),
            out.expected.rows(),
            out.decoys.rows());
    log.info(
        "generated vendors={} subcontractors={} representatives={} convictions={} taxArrears={}"
            + " financialRecords={} assessments={} plantedFlags={} seconds={} cpu_seconds={}",
        data.vendors(),
        data.subcontractors(),
        data.representatives(),
        data.convictions(),
        data.taxArrears(),
        data.financialRecords(),
        data.networkAssessments(),
        data.plantedFlags(),
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
        String.format(
            java.util.Locale.ROOT, "%.1f", (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
    return data;
  }
}
