package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableSourceTests {

  @TempDir Path folder;

  private static final String HEADER = "org_no{0}name{0}role";
  private static final String ROW = "554599-5457{0}Södertörns Fasad och Tak AB{0}VENDOR";
  private static final String QUOTED = "555931-3902{0}\"Trångsunds Måleri{0} \"\"HB\"\"\"{0}VENDOR";

  @ParameterizedTest(name = "{0} with \"{1}\" and BOM {2}")
  @CsvSource({
    "UTF-8, ',', false",
    "UTF-8, ';', false",
    "UTF-8, ',', true",
    "UTF-8, ';', true",
    "windows-1252, ';', false",
    "windows-1252, ',', false",
  })
  void detectsEncodingAndSeparatorAndKeepsSwedishLettersIntact(
      String charset, char separator, boolean bom) throws Exception {
    Path file = folder.resolve("list.csv");
    String text =
        String.join(
            "\r\n",
            format(HEADER, separator),
            format(ROW, separator),
            format(QUOTED, separator),
            "");
    byte[] bytes = text.getBytes(Charset.forName(charset));
    if (bom) {
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      bytes = withBom;
    }
    Files.write(file, bytes);

    List<TableRow> rows = readAll(file);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).cells()).containsExactly("org_no", "name", "role");
    assertThat(rows.get(1).cells())
        .containsExactly("554599-5457", "Södertörns Fasad och Tak AB", "VENDOR");
    assertThat(rows.get(2).cell(1)).isEqualTo("Trångsunds Måleri" + separator + " \"HB\"");
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  @Test
  void invalidUtf8IsReadAsWindows1252() throws Exception {
    assertThat(
            TextEncodingDetector.detect(write("å;ä;ö\n", TextEncodingDetector.WINDOWS_1252))
                .charset())
        .isEqualTo(TextEncodingDetector.WINDOWS_1252);
    assertThat(TextEncodingDetector.detect(write("å;ä;ö\n", StandardCharsets.UTF_8)).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(
            TextEncodingDetector.detect(write("org_no;name\n", StandardCharsets.US_ASCII))
                .charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aQuotedFieldOverSeveralLinesKeepsTheLineNumbersOfLaterRows() throws Exception {
    Path file =
        write(
            "org_no,name\n555242-9028,\"Huddinge Bygg\noch Mark AB\"\n554599-5457,Södertörns\n",
            StandardCharsets.UTF_8);

    List<TableRow> rows = readAll(file);

    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(rows.get(1).cell(1)).isEqualTo("Huddinge Bygg\noch Mark AB");
    assertThat(rows.get(2).line()).isEqualTo(4);
  }

  @Test
  void aBackslashInANameIsKeptAsItIs() throws Exception {
    Path file = write("org_no,name\n555242-9028,Bygg\\Mark AB\n", StandardCharsets.UTF_8);

    assertThat(readAll(file).get(1).cell(1)).isEqualTo("Bygg\\Mark AB");
  }

  private Path write(String text, Charset charset) throws Exception {
    Path file = folder.resolve("text-" + System.nanoTime() + ".csv");
    Files.writeString(file, text, charset);
    return file;
  }

  private static String format(String pattern, char separator) {
    return pattern.replace("{0}", String.valueOf(separator));
  }

  private static List<TableRow> readAll(Path file) {
    List<TableRow> rows = new ArrayList<>();
    try (CsvTableSource source = CsvTableSource.open(file, file.toString())) {
      for (TableRow row = source.next(); row != null; row = source.next()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
