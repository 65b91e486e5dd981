package se.vendorscreening.screening;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's folder (results.csv, rejected-rows.csv, changes.csv for a re-check, report.pdf,
 * report.xlsx, manifest.json and last its signature manifest.sig). A port: the reporting module
 * implements it, the jobs call it as their last step.
 */
public interface RunReportWriter {

  /**
   * Writes the folder {@code <outDir>/<runId>/} for a finished run.
   *
   * @return the files written, manifest.json and manifest.sig last
   */
  List<OutputFile> writeRunFolder(RunInfo run, Path outDir);

  /**
   * Called when a job that ends with the run folder is made, before it starts: a writer may start
   * here, beside the run, what its first run folder would otherwise start in the report phase.
   * Writes nothing.
   */
  default void prepare() {}
}
