package se.vendorscreening.generator.internal;

import com.opencsv.CSVReaderHeaderAware;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a generated folder back, for assertions. */
final class GeneratedFiles {

  private final Path directory;

  GeneratedFiles(Path directory) {
    this.directory = directory;
  }

  List<Map<String, String>> vendors() {
    return read("vendors.csv");
  }

  List<Map<String, String>> representatives() {
    return read("representatives.csv");
  }

  List<Map<String, String>> convictions() {
    return read("registries/convictions.csv");
  }

  List<Map<String, String>> taxArrears() {
    return read("registries/tax-arrears.csv");
  }

  List<Map<String, String>> financialStanding() {
    return read("registries/financial-standing.csv");
  }

  List<Map<String, String>> assessments() {
    return read("registries/organised-crime-assessments.csv");
  }

  List<Map<String, String>> expected() {
    return read("expected.csv");
  }

  List<Map<String, String>> decoys() {
    return read("decoys.csv");
  }

  List<Map<String, String>> read(String file) {
    try (var reader =
        new CSVReaderHeaderAware(
            Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        rows.add(row);
      }
      return rows;
    } catch (IOException | com.opencsv.exceptions.CsvValidationException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
