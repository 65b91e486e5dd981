package se.vendorscreening.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vendorscreening.generator.GeneratedData;
import se.vendorscreening.generator.GenerationRequest;
import se.vendorscreening.generator.SyntheticProcurementGenerator;

/** {@code generate}: writes a synthetic procurement, its registries and the flags it planted. */
@Component
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages.cli-generate",
    usageHelpAutoWidth = true)
class GenerateCommand implements Callable<Integer>, Subcommand {

  private final SyntheticProcurementGenerator generator;

  @Spec CommandSpec spec;

  @Option(names = "--vendors", required = true, descriptionKey = "vendors", paramLabel = "N")
  int vendors;

  @Option(names = "--seed", defaultValue = "1", descriptionKey = "seed", paramLabel = "S")
  long seed;

  @Option(names = "--out", required = true, descriptionKey = "out", paramLabel = "DIR")
  Path out;

  @Option(
      names = "--as-of",
      defaultValue = "2026-11-28",
      descriptionKey = "as-of",
      paramLabel = "DATE")
  LocalDate asOf;

  GenerateCommand(SyntheticProcurementGenerator generator) {
    this.generator = generator;
  }

  @Override
  public Integer call() throws Exception {
    if (vendors < 1) {
      spec.commandLine().getErr().println(text("generate.tooFew"));
      return ExitStatus.USAGE;
    }
    long started = System.nanoTime();
    GeneratedData data = generator.generate(new GenerationRequest(vendors, seed, out, asOf));
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine()
        .getOut()
        .println(
            MessageFormat.format(
                text("generate.done"),
                data.directory().toAbsolutePath().normalize().toString(),
                data.vendors(),
                data.subcontractors(),
                data.representatives(),
                data.convictions(),
                data.taxArrears(),
                data.financialRecords(),
                data.networkAssessments(),
                data.plantedFlags(),
                data.decoys(),
                data.asOf().toString(),
                String.format(java.util.Locale.getDefault(), "%.1f", seconds)));
    return ExitStatus.OK;
  }

  private String text(String key) {
    return spec.resourceBundle().getString(key);
  }
}
