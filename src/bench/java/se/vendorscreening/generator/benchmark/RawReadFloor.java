package se.vendorscreening.generator.benchmark;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor no screening can beat: reads a generated folder's input files (vendor list,
 * representatives, the four registry extracts) with OpenCSV and does nothing else. The benchmark
 * divides the whole screening run by this time.
 *
 * <p>{@code RawReadFloor DIR}, run as the package says.
 */
public final class RawReadFloor {

  /** The files the screen command reads, relative to a generated folder. */
  public static final List<String> INPUTS =
      List.of(
          "vendors.csv",
          "representatives.csv",
          "registries/convictions.csv",
          "registries/tax-arrears.csv",
          "registries/financial-standing.csv",
          "registries/organised-crime-assessments.csv");

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RawReadFloor() {}

  /**
   * Reads one file.
   *
   * @param file the file
   * @param rows data rows (without the header)
   * @param fields fields read, so that the reading cannot be optimised away
   * @param nanos the time it took
   * @param cpuNanos the processor time it took (less than nanos when other processes compete)
   */
  public record FileRead(String file, long rows, long fields, long nanos, long cpuNanos) {}

  /** Reads every input file of the folder once, in order, and times each. */
  public static List<FileRead> measure(Path directory) throws IOException {
    List<FileRead> reads = new ArrayList<>();
    for (String input : INPUTS) {
      reads.add(read(directory, input));
    }
    return reads;
  }

  private static FileRead read(Path directory, String input) throws IOException {
    long started = System.nanoTime();
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    long rows = -1;
    long fields = 0;
    try (CSVReader reader =
        new CSVReader(Files.newBufferedReader(directory.resolve(input), StandardCharsets.UTF_8))) {
      String[] row;
      while ((row = reader.readNext()) != null) {
        rows++;
        fields += row.length;
      }
    } catch (CsvValidationException e) {
      throw new IOException(input + ": " + e.getMessage(), e);
    }
    return new FileRead(
        input,
        rows,
        fields,
        System.nanoTime() - started,
        THREADS.getCurrentThreadCpuTime() - cpuStarted);
  }

  /**
   * Prints one {@code floor ...} line a file and a total, for the benchmark script to read: a cold
   * pass (a fresh JVM, as the screening run is) and then a warm one.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RawReadFloor GENERATED_DIR");
      System.exit(64);
    }
    Path directory = Path.of(args[0]);
    print("cold", measure(directory));
    print("warm", measure(directory));
  }

  private static void print(String pass, List<FileRead> reads) {
    long rows = 0;
    long nanos = 0;
    long cpuNanos = 0;
    for (FileRead read : reads) {
      rows += read.rows();
      nanos += read.nanos();
      cpuNanos += read.cpuNanos();
      System.out.printf(
          Locale.ROOT,
          "floor pass=%s file=%s rows=%d seconds=%.3f%n",
          pass,
          read.file(),
          read.rows(),
          read.nanos() / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "floor pass=%s total rows=%d seconds=%.3f cpu_seconds=%.3f rows_per_second=%.0f%n",
        pass,
        rows,
        nanos / 1e9,
        cpuNanos / 1e9,
        rows / (nanos / 1e9));
  }
}
