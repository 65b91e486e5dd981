package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Test data from the committed sample procurement KS-2026/317: copies under a fresh procurement id
 * (the database is shared by all tests of a JVM), with lines edited, in any encoding.
 */
public final class SampleLists {

  public static final Path VENDORS = Path.of("sample-data", "lou-vendors.csv");
  public static final Path REPRESENTATIVES = Path.of("sample-data", "lou-representatives.csv");
  public static final String SAMPLE_PROCUREMENT = "KS-2026/317";

  private SampleLists() {}

  /** A procurement id no other test uses. */
  public static String uniqueProcurementId() {
    return "T-" + UUID.randomUUID().toString().substring(0, 13);
  }

  /** The sample's lines (header first) with the procurement id replaced. */
  public static List<String> vendorLines(String procurementId) {
    List<String> lines = new ArrayList<>();
    for (String line : read(VENDORS)) {
      lines.add(line.replace(SAMPLE_PROCUREMENT, procurementId));
    }
    return lines;
  }

  /** Replaces line {@code lineNumber} (1 = header) through {@code edit}. */
  public static List<String> edit(List<String> lines, int lineNumber, UnaryOperator<String> edit) {
    List<String> edited = new ArrayList<>(lines);
    edited.set(lineNumber - 1, edit.apply(edited.get(lineNumber - 1)));
    return edited;
  }

  /** Sets one comma-separated field (0-based) of a line. */
  public static String withField(String line, int field, String value) {
    String[] fields = line.split(",", -1);
    fields[field] = value;
    return String.join(",", fields);
  }

  public static Path write(Path file, List<String> lines) {
    return write(file, lines, StandardCharsets.UTF_8, "\n");
  }

  public static Path write(Path file, List<String> lines, Charset charset, String newline) {
    try {
      Files.writeString(file, String.join(newline, lines) + newline, charset);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
