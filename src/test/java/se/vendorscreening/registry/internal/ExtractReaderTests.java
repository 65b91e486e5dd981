package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.UnreadableExtractException;

class ExtractReaderTests {

  static final String ROW =
      "910509-2382;Lars Ström;;BRIBERY;Bestickning;2023-02-10;2023-04-15;Södertörns tingsrätt;B 1\n";

  @TempDir Path dir;

  @Test
  void readsWindows1252AsExcelWritesIt() throws IOException {
    // given
    Path file = dir.resolve("convictions.csv");
    Files.writeString(
        file,
        CsvConvictionRegistryTests.HEADER.replace(',', ';') + ROW,
        Charset.forName("windows-1252"));

    // when
    ConvictionRecord record = onlyRecordOf(file);

    // then
    assertThat(record.subjectName()).isEqualTo("Lars Ström");
    assertThat(record.court()).isEqualTo("Södertörns tingsrätt");
  }

  @Test
  void readsUtf8WithAByteOrderMark() throws IOException {
    // given
    Path file = dir.resolve("convictions.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write(
          (CsvConvictionRegistryTests.HEADER + ROW.replace(';', ','))
              .getBytes(StandardCharsets.UTF_8));
    }

    // when
    ConvictionRecord record = onlyRecordOf(file);

    // then
    assertThat(record.subjectId().canonical()).isEqualTo("199105092382");
    assertThat(record.subjectName()).isEqualTo("Lars Ström");
  }

  @Test
  void readsTheFirstSheetOfAWorkbook() throws IOException {
    // given
    Path file = dir.resolve("convictions.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("convictions");
      String[] header = CsvConvictionRegistryTests.HEADER.strip().split(",");
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i].toUpperCase());
      }
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(199105092382d);
      row.createCell(1).setCellValue("Lars Ström");
      row.createCell(3).setCellValue("BRIBERY");
      row.createCell(5).setCellValue(LocalDate.of(2023, 2, 10));
      row.getCell(5).setCellStyle(dateStyle);
      row.createCell(6).setCellValue("2023-04-15");
      workbook.write(out);
    }

    // when
    ConvictionRecord record = onlyRecordOf(file);

    // then
    assertThat(record.judgmentDate()).isEqualTo(LocalDate.of(2023, 2, 10));
    assertThat(record.finalDate()).isEqualTo(LocalDate.of(2023, 4, 15));
    assertThat(record.subjectName()).isEqualTo("Lars Ström");
  }

  @Test
  void failsTheCheckWhenARequiredColumnIsMissing() throws IOException {
    // given
    Path file = dir.resolve("convictions.csv");
    Files.writeString(
        file, "subject_id,subject_name,offence_category\n910509-2382,Lars Ström,FRAUD\n");

    // when / then
    assertThatThrownBy(() -> CsvConvictionRegistry.load(file, CsvConvictionRegistryTests.CLOCK))
        .isInstanceOfSatisfying(
            RegistryCheckFailedException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(RegistryChecks.CONVICTIONS);
              assertThat(failure.getMessage())
                  .isEqualTo("convictions.csv lacks the column(s) judgment_date, final_date");
            });
  }

  @Test
  void namesTheLineWhereAQuotedFieldIsNeverClosed() throws IOException {
    // given: the open quote on line 3, the file's end reached inside it
    Path file = dir.resolve("convictions.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,offence_category,judgment_date,final_date\n"
            + "910509-2382,Lars Ström,FRAUD,2023-02-10,2023-04-15\n"
            + "910509-2382,\"Lars Ström,FRAUD,2023-02-10,2023-04-15\n"
            + "910509-2382,Lars Ström,FRAUD,2023-02-10,2023-04-15\n");

    // when / then
    assertThatThrownBy(() -> CsvConvictionRegistry.load(file, CsvConvictionRegistryTests.CLOCK))
        .isInstanceOfSatisfying(
            UnreadableExtractException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(RegistryChecks.CONVICTIONS);
              assertThat(failure.file()).isEqualTo(file.toString());
              assertThat(failure.code()).isEqualTo("unbalancedQuote");
              assertThat(failure.arguments()).containsExactly("3");
              assertThat(failure.getMessage())
                  .isEqualTo("convictions.csv: a quoted field opened on line 3 is never closed");
            });
  }

  @Test
  void failsTheCheckWhenTheFileIsEmptyOrNotAWorkbook() throws IOException {
    // given
    Path empty = Files.writeString(dir.resolve("convictions.csv"), "");
    Path notAWorkbook = Files.writeString(dir.resolve("tax-arrears.xlsx"), "this is not a zip");

    // when / then
    assertThatThrownBy(() -> CsvConvictionRegistry.load(empty, CsvConvictionRegistryTests.CLOCK))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessage("convictions.csv is empty");
    assertThatThrownBy(
            () -> CsvTaxArrearsRegistry.load(notAWorkbook, CsvConvictionRegistryTests.CLOCK))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageStartingWith("cannot read tax-arrears.xlsx");
  }

  private static ConvictionRecord onlyRecordOf(Path file) {
    LoadedExtract<ConvictionRecord> extract =
        CsvConvictionRegistry.load(file, CsvConvictionRegistryTests.CLOCK).extract();
    assertThat(extract.rejectedRows()).isEmpty();
    assertThat(extract.size()).isEqualTo(1);
    return extract
        .answerFor(CsvConvictionRegistryTests.person("199105092382", "Lars Ström"))
        .records()
        .get(0);
  }
}
