package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vendorscreening.intake.internal.Workbooks.sheet;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListInspectorTests {

  @TempDir Path folder;

  private final ListInspector inspector = new ListInspector(TestProperties.defaults());

  @Test
  void countsRowsAndHashesEachListAndLearnsTheVendorListsKeysOnTheWay() throws Exception {
    ListInspector.Inspection inspection =
        inspector.inspect(SampleLists.VENDORS, SampleLists.REPRESENTATIVES);
    List<InspectedList> lists = inspection.lists();

    // every row of the sample is a party the import accepts (VendorListKeysTests: which are not)
    assertThat(inspection.keys().partyKeys()).hasSize(27).contains("5552429028", "5545995457");
    assertThat(inspection.keys().vendorKeys())
        .contains(VendorRowValidator.procurementKey("KS-2026/317", "5552429028"));

    assertThat(lists).extracting(InspectedList::rows).containsExactly(27L, 51L);
    assertThat(lists.get(0).sha256())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(SampleLists.VENDORS))));
  }

  @Test
  void readsTheWindows1252SemicolonCopyAsExcelWritesIt() {
    List<InspectedList> lists =
        inspector
            .inspect(
                Path.of("sample-data", "lou-vendors-excel.csv"),
                Path.of("sample-data", "lou-vendors-excel-representatives.csv"))
            .lists();

    assertThat(lists).extracting(InspectedList::rows).containsExactly(27L, 51L);
  }

  @Test
  void refusesGarbageBytesNamedXlsx() throws Exception {
    Path file = folder.resolve("vendors.xlsx");
    Files.write(file, new byte[] {0, 1, 2, 3, 4, 5, 6, 7});

    assertUnreadable(file, "unreadable.notCsvOrXlsx");
  }

  @Test
  void refusesABinaryFileNamedCsv() throws Exception {
    Path file = folder.resolve("vendors.csv");
    Files.write(file, new byte[] {'o', 'r', 'g', 0, 0, 1, 2});

    assertUnreadable(file, "unreadable.notCsvOrXlsx");
  }

  @Test
  void refusesAZipThatIsNotAWorkbook() throws Exception {
    Path file = folder.resolve("vendors.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }

    assertUnreadable(file, "unreadable.notWorkbook");
  }

  @Test
  void refusesAnEncryptedWorkbook() throws Exception {
    Path file = folder.resolve("secret.xlsx");
    try (POIFSFileSystem fileSystem = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fileSystem.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fileSystem.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
      fileSystem.writeFilesystem(out);
    }

    assertUnreadable(file, "unreadable.encrypted");
  }

  @Test
  void refusesAZipBomb() throws Exception {
    Path workbook = vendorWorkbook();
    Path bomb = folder.resolve("bomb.xlsx");
    String padding = " ".repeat(30_000_000);
    replaceSheet(workbook, bomb, sheet -> sheet.replace("<sheetData>", "<sheetData>" + padding));

    assertUnreadable(bomb, "unreadable.zipBomb");
  }

  @Test
  void refusesAWorkbookWithExternalEntities() throws Exception {
    Path workbook = vendorWorkbook();
    Path evil = folder.resolve("xxe.xlsx");
    replaceSheet(
        workbook,
        evil,
        sheet ->
            sheet
                .replaceFirst(
                    "<worksheet",
                    "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replace("Huddinge Bygg", "&xxe;"));

    List<String> names = new java.util.ArrayList<>();
    try (ListRows<VendorColumn> rows =
        ListRows.open(ListLocator.vendors(evil), VendorColumn.class, TestProperties.defaults())) {
      for (var row = rows.next(); row != null; row = rows.next()) {
        names.add(row.get(VendorColumn.NAME));
      }
    } catch (UnreadableFileException refused) {
      assertThat(refused.code()).isIn("unreadable.externalEntities", "unreadable.badXlsx");
    }

    assertThat(String.join("", names)).doesNotContain("root:");
  }

  @Test
  void refusesAFileWithoutHeaderAndShowsItsFirstRow() throws Exception {
    Path file = folder.resolve("empty.csv");
    Files.writeString(file, "\n\n");

    assertUnreadable(file, "unreadable.empty");
    Files.writeString(file, "555242-9028,Huddinge Bygg & Mark AB\n");
    UnreadableFileException e = assertUnreadable(file, "unreadable.noHeader");
    assertThat(e.arguments()).containsExactly("555242-9028 | Huddinge Bygg & Mark AB");
  }

  @Test
  void refusesAVendorListWithAHeaderButNoRows() throws Exception {
    Path file = folder.resolve("header-only.csv");
    Files.writeString(file, "procurement_id,procurement_type,org_no,name\n\n");

    assertUnreadable(file, "unreadable.noRows");
  }

  @Test
  void refusesAListWithoutARequiredColumnAndNamesIt() throws Exception {
    Path file = folder.resolve("vendors.csv");
    Files.writeString(file, "diarienummer;upphandlingsform;leverantör\nKS-1;LOU;Bygg AB\n");

    UnreadableFileException e = assertUnreadable(file, "unreadable.missingColumn");

    assertThat(e.arguments()).containsExactly("org_no (organisationsnummer)");
    assertThat(e.file()).isEqualTo(file.toString());
  }

  @Test
  void refusesARepresentativesFileWithoutARequiredColumn() throws Exception {
    Path people = folder.resolve("people.csv");
    Files.writeString(people, "org_no,name,role\n555242-9028,Mikael Olsson,CEO\n");

    UnreadableFileException e =
        catchThrowableOfType(
            UnreadableFileException.class, () -> inspector.inspect(SampleLists.VENDORS, people));

    assertThat(e.code()).isEqualTo("unreadable.missingColumn");
    assertThat(e.file()).isEqualTo(people.toString());
  }

  /**
   * The representatives are located, read and hashed on the inspection's executor while the vendor
   * list is read on the calling thread, with the counts and hashes of a read in turn.
   */
  @Test
  void readsTheRepresentativesOnTheExecutorBesideTheVendorList() throws Exception {
    List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    org.springframework.core.task.TaskExecutor executor =
        task ->
            new org.springframework.core.task.SimpleAsyncTaskExecutor("inspection-test-")
                .execute(
                    () -> {
                      threads.add(Thread.currentThread().getName());
                      task.run();
                    });
    ListInspector beside = new ListInspector(TestProperties.defaults(), executor);

    ListInspector.Inspection inspection =
        beside.inspect(SampleLists.VENDORS, SampleLists.REPRESENTATIVES);

    assertThat(threads).singleElement().asString().startsWith("inspection-test-");
    assertThat(inspection.lists())
        .isEqualTo(inspector.inspect(SampleLists.VENDORS, SampleLists.REPRESENTATIVES).lists());
    assertThat(inspection.lists().get(1).sha256())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(SampleLists.REPRESENTATIVES))));
    assertThat(inspection.keys()).isEqualTo(inspector.inspect(SampleLists.VENDORS, null).keys());
  }

  /**
   * Read side by side, the lists' problems are still told in the order of a read in turn: the
   * vendor list's first, the representatives' when the vendor list is readable.
   */
  @Test
  void namesTheVendorListFirstWhenBothListsAreUnreadable() throws Exception {
    Path vendors = folder.resolve("header-only.csv");
    Files.writeString(vendors, "procurement_id,procurement_type,org_no,name\n\n");
    Path people = folder.resolve("people.csv");
    Files.writeString(people, "org_no,name,role\n555242-9028,Mikael Olsson,CEO\n");
    Path missing = folder.resolve("nobody.csv");
    ListInspector beside =
        new ListInspector(
            TestProperties.defaults(),
            new org.springframework.core.task.SimpleAsyncTaskExecutor("inspection-test-"));

    UnreadableFileException both =
        catchThrowableOfType(UnreadableFileException.class, () -> beside.inspect(vendors, people));
    UnreadableFileException notThere =
        catchThrowableOfType(UnreadableFileException.class, () -> beside.inspect(vendors, missing));
    UnreadableFileException representatives =
        catchThrowableOfType(
            UnreadableFileException.class, () -> beside.inspect(SampleLists.VENDORS, people));

    assertThat(both.file()).isEqualTo(vendors.toString());
    assertThat(both.code()).isEqualTo("unreadable.noRows");
    assertThat(notThere.file()).isEqualTo(vendors.toString());
    assertThat(representatives.file()).isEqualTo(people.toString());
    assertThat(representatives.code()).isEqualTo("unreadable.missingColumn");
  }

  @Test
  void refusesFilesOverTheConfiguredLimits() throws Exception {
    assertThat(
            catchThrowableOfType(
                    UnreadableFileException.class,
                    () ->
                        new ListInspector(TestProperties.withLimits(1000, 4000, 1000))
                            .inspect(SampleLists.VENDORS, null))
                .code())
        .isEqualTo("unreadable.tooLarge");
    assertThat(
            catchThrowableOfType(
                    UnreadableFileException.class,
                    () ->
                        new ListInspector(TestProperties.withLimits(1_000_000, 4000, 26))
                            .inspect(SampleLists.VENDORS, null))
                .code())
        .isEqualTo("unreadable.tooManyRows");
  }

  @Test
  void aFieldOverTheLengthLimitDoesNotMakeTheFileUnreadable() {
    var inspection =
        new ListInspector(TestProperties.withLimits(1_000_000, 40, 1000))
            .inspect(SampleLists.VENDORS, null);

    assertThat(inspection.lists().get(0).rows()).isEqualTo(27);
  }

  @Test
  void matchesConfiguredColumnNames() throws Exception {
    Path file = folder.resolve("custom.csv");
    Files.writeString(
        file, "Dnr;Form;Org.nr;Anbudsgivare\nKS-1;LOU;555242-9028;Huddinge Bygg & Mark AB\n");
    ListInspector configured =
        new ListInspector(
            TestProperties.withVendorColumns(
                Map.of(
                    "procurementid", List.of("dnr"),
                    "procurement_type", List.of("form"),
                    "org_no", List.of("org.nr"),
                    "name", List.of("anbudsgivare"))));

    assertThat(configured.inspect(file, null).lists().get(0).rows()).isEqualTo(1);
    assertUnreadable(file, "unreadable.noHeader");
  }

  private UnreadableFileException assertUnreadable(Path file, String code) {
    UnreadableFileException e =
        catchThrowableOfType(UnreadableFileException.class, () -> inspector.inspect(file, null));
    assertThat(e).as("an UnreadableFileException").isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.file()).isEqualTo(file.toString());
    return e;
  }

  private Path vendorWorkbook() throws Exception {
    return Workbooks.write(
        folder.resolve("good.xlsx"),
        sheet(
            "vendors",
            new Object[] {"procurement_id", "procurement_type", "org_no", "name"},
            new Object[] {"KS-1", "LOU", "555242-9028", "Huddinge Bygg"}));
  }

  private static void replaceSheet(
      Path source, Path target, java.util.function.UnaryOperator<String> edit) throws Exception {
    try (ZipFile zip = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
      }
    }
  }
}
