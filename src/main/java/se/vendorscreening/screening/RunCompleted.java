package se.vendorscreening.screening;

import java.nio.file.Path;
import java.util.List;

/**
 * A run finished (or failed) and its folder is written; the audit trail records it.
 *
 * @param run the run
 * @param command the command line as given (identity numbers never appear in it)
 * @param folder the run folder, or null when nothing was written
 * @param outputs the files written with their hashes
 */
public record RunCompleted(RunInfo run, String command, Path folder, List<OutputFile> outputs) {}
