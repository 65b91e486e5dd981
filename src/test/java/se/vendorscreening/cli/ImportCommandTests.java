package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.intake.internal.SampleLists.edit;
import static se.vendorscreening.intake.internal.SampleLists.withField;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.intake.internal.SampleLists;

@SpringBootTest
class ImportCommandTests {

  @Autowired Cli cli;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void importsTheSampleProcurementWithEveryRowAcceptedAndExitsZero() {
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors =
        SampleLists.write(folder.resolve("vendors.csv"), SampleLists.vendorLines(procurementId));

    int status =
        run(
            "import",
            "--lang",
            "sv",
            "--vendors",
            vendors.toString(),
            "--representatives",
            SampleLists.REPRESENTATIVES.toString());

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("27 parter och 51 företrädare inlästa, 0 rader avvisade");
    assertThat(partiesOf(procurementId)).isEqualTo(27);
  }

  @Test
  void rejectsFourBadRowsIgnoresABadContractDateImportsTheRestAndExitsTwo() {
    String procurementId = SampleLists.uniqueProcurementId();
    List<String> lines = SampleLists.vendorLines(procurementId);
    lines = edit(lines, 3, line -> withField(line, 3, "554599-5458"));
    lines = edit(lines, 6, line -> withField(line, 7, "SUPPLIER"));
    lines = edit(lines, 8, line -> withField(line, 11, "2026-02-30"));
    lines = edit(lines, 12, line -> withField(line, 4, ""));
    lines = edit(lines, 22, line -> withField(line, 8, "558195-0507"));
    Path vendors = SampleLists.write(folder.resolve("five-bad-rows.csv"), lines);

    int status = run("import", "--lang", "sv", "--vendors", vendors.toString());

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    String file = vendors.toString();
    assertThat(out.toString())
        .contains("23 parter och 0 företrädare inlästa, 4 rader avvisade, 1 fält ignorerade")
        .contains(file + ", rad 3, kolumn org_no, värde \"554599-5458\": Fel kontrollsiffra")
        .contains(file + ", rad 6, kolumn role, värde \"SUPPLIER\": Okänd roll")
        .contains(
            file
                + ", rad 8, kolumn contract_start, värde \"2026-02-30\": Fältet ignorerat, parten"
                + " kontrolleras ändå: Ogiltigt datum")
        .contains(file + ", rad 12, kolumn name, värde \"\": Obligatoriskt värde saknas (name)")
        .contains(
            file
                + ", rad 22, kolumn parent_org_no, värde \"558195-0507\": Huvudleverantören finns"
                + " inte");
    assertThat(partiesOf(procurementId)).isEqualTo(23);
    assertThat(
            jdbc.queryForList(
                "select party_key from intake_party where procurement_id = ?",
                String.class,
                procurementId))
        .doesNotContain("5545995457", "5534478523", "5583639603", "5530519478")
        .contains("5552429028", "5599470399", "5554503523");
  }

  @Test
  void garbageBytesNamedXlsxExitOneNamingTheFileAndWriteNothing() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    Path garbage = folder.resolve("leverantörer.xlsx");
    Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 'x', 'y', 'z'});
    long importsBefore = count("intake_import");

    int status = run("import", "--lang", "sv", "--vendors", garbage.toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString())
        .contains("Filen " + garbage + " kan inte läsas")
        .contains("varken en CSV-fil eller en Excel-arbetsbok");
    assertThat(count("intake_import")).isEqualTo(importsBefore);
    assertThat(partiesOf(procurementId)).isZero();
  }

  @Test
  void aMissingRequiredColumnExitsOneNamingTheFileAndTheColumnAndWritesNothing() {
    String procurementId = SampleLists.uniqueProcurementId();
    List<String> lines = SampleLists.vendorLines(procurementId);
    lines = lines.stream().map(line -> withField(line, 4, "")).toList();
    Path vendors = SampleLists.write(folder.resolve("utan-namn.csv"), lines);
    long importsBefore = count("intake_import");

    int status = run("import", "--lang", "sv", "--vendors", vendors.toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString())
        .contains(vendors.toString())
        .contains("obligatorisk kolumn saknas: name (leverantör)");
    assertThat(count("intake_import")).isEqualTo(importsBefore);
    assertThat(partiesOf(procurementId)).isZero();
  }

  @Test
  void withoutVendorsTheCommandLineIsBad() {
    int status = run("import");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("--vendors");
  }

  @Test
  void helpNamesEveryOption() {
    int status = run("import", "--help");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("--vendors=FILE", "--representatives=FILE", "--import-id=ID", "--lang");
  }

  @Test
  void helpTextsExistInSwedishAndEnglish() {
    var noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    var swedish =
        ResourceBundle.getBundle("messages.cli-import", CommandLanguage.SWEDISH, noFallback);
    var english = ResourceBundle.getBundle("messages.cli-import", Locale.ENGLISH, noFallback);

    assertThat(swedish.getString("usage.header")).startsWith("Läser in en leverantörslista");
    assertThat(english.getString("usage.header")).startsWith("Imports a vendor list");
    assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
  }

  @Test
  void rejectionReasonsAreInEnglishWithLangEn() {
    List<String> lines = SampleLists.vendorLines(SampleLists.uniqueProcurementId());
    lines = edit(lines, 2, line -> withField(line, 13, "tusen kronor"));
    Path vendors = SampleLists.write(folder.resolve("amount.csv"), lines);

    int status = run("import", "--lang", "en", "--vendors", vendors.toString());

    assertThat(status).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    assertThat(out.toString())
        .contains("27 parties and 0 representatives imported, 0 rows rejected, 1 fields ignored")
        .contains(
            ", line 2, column annual_value_sek, value \"tusen kronor\": Field ignored, the party is"
                + " still screened: Invalid amount")
        .as("its subcontractor stays, as the vendor does")
        .doesNotContain("line 23");
  }

  private long partiesOf(String procurementId) {
    return jdbc.queryForObject(
        "select count(*) from intake_party where procurement_id = ?", Long.class, procurementId);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
