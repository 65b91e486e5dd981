package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.intake.internal.Workbooks.sheet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableSourceTests {

  @TempDir Path folder;

  private static final Object[] VENDOR_HEADER = {
    "Diarienummer",
    "Upphandlingsform",
    "Organisationsnummer",
    "Leverantör",
    "Avtalsnummer",
    "Avtalsstart",
    "Årsvärde",
    "Kommentar"
  };

  @Test
  void readsTheFirstSheetWhenNoSheetIsNamedForVendors() throws Exception {
    Path file =
        Workbooks.write(
            folder.resolve("export.xlsx"),
            sheet(
                "Blad1",
                VENDOR_HEADER,
                new Object[] {
                  "KS-2026/317",
                  "LOU",
                  5552429028L,
                  "Huddinge Bygg & Mark AB",
                  "AVT-1",
                  LocalDate.of(2026, 3, 1),
                  800000.5,
                  "extra"
                }),
            sheet("Blad2", new Object[] {"ignored"}));

    ListLocation vendors = ListLocator.vendors(file);
    List<ListRow<VendorColumn>> rows = readAll(vendors);

    assertThat(vendors.sheet()).isEqualTo("Blad1");
    assertThat(ListLocator.representatives(ListLocator.vendors(file), null)).isEmpty();
    assertThat(rows).hasSize(1);
    ListRow<VendorColumn> row = rows.get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.get(VendorColumn.ORG_NO)).isEqualTo("5552429028");
    assertThat(row.get(VendorColumn.NAME)).isEqualTo("Huddinge Bygg & Mark AB");
    assertThat(row.get(VendorColumn.CONTRACT_START)).isEqualTo("2026-03-01");
    assertThat(row.get(VendorColumn.ANNUAL_VALUE_SEK)).isEqualTo("800000.5");
  }

  @Test
  void findsTheNamedVendorAndRepresentativeSheetsInAnyOrder() throws Exception {
    Path file =
        Workbooks.write(
            folder.resolve("both.xlsx"),
            sheet("Instruktioner", new Object[] {"Fyll i bladen"}),
            sheet(
                "Företrädare",
                new Object[] {
                  "organisationsnummer", "personnummer", "namn", "födelsedatum", "roll"
                },
                new Object[] {},
                new Object[] {
                  "DE:DE287654321", "", "Klaus Weber", LocalDate.of(1971, 5, 14), "VD"
                }),
            sheet(
                "Leverantörer",
                VENDOR_HEADER,
                new Object[] {"KS-1", "LOU", "", "Baltic Facade Systems GmbH"}));

    ListLocation vendors = ListLocator.vendors(file);
    ListLocation representatives =
        ListLocator.representatives(ListLocator.vendors(file), null).orElseThrow();

    assertThat(vendors.sheet()).isEqualTo("Leverantörer");
    assertThat(representatives.sheet()).isEqualTo("Företrädare");
    assertThat(representatives.displayName()).isEqualTo(file + " [Företrädare]");
    List<ListRow<RepresentativeColumn>> people = readPeople(representatives);
    assertThat(people).hasSize(1);
    assertThat(people.get(0).line()).isEqualTo(3);
    assertThat(people.get(0).get(RepresentativeColumn.NAME)).isEqualTo("Klaus Weber");
    assertThat(people.get(0).get(RepresentativeColumn.BIRTH_DATE)).isEqualTo("1971-05-14");
    assertThat(people.get(0).get(RepresentativeColumn.PERSON_ID)).isEmpty();
    assertThat(readAll(vendors).get(0).get(VendorColumn.NAME))
        .isEqualTo("Baltic Facade Systems GmbH");
  }

  @Test
  void aSeparateRepresentativesWorkbookIsReadFromItsFirstSheet() throws Exception {
    Path vendors = Path.of("sample-data", "lou-vendors.xlsx");
    Path people =
        Workbooks.write(
            folder.resolve("people.xlsx"),
            sheet(
                "Sheet1",
                new Object[] {"ORG_NO", "Person ID", "Name", "Role"},
                new Object[] {"555242-9028", "801028-2393", "Mikael Olsson", "CEO"}));

    ListLocation representatives =
        ListLocator.representatives(ListLocator.vendors(vendors), people).orElseThrow();

    assertThat(representatives.sheet()).isEqualTo("Sheet1");
    assertThat(readPeople(representatives).get(0).get(RepresentativeColumn.PERSON_ID))
        .isEqualTo("801028-2393");
  }

  @Test
  void theSampleWorkbookHoldsTheSameListsAsTheSampleCsv() {
    Path file = Path.of("sample-data", "lou-vendors.xlsx");

    List<ListRow<VendorColumn>> vendors = readAll(ListLocator.vendors(file));
    List<ListRow<RepresentativeColumn>> people =
        readPeople(ListLocator.representatives(ListLocator.vendors(file), null).orElseThrow());
    List<ListRow<VendorColumn>> csvVendors = readAll(ListLocator.vendors(SampleLists.VENDORS));

    assertThat(vendors).hasSize(27);
    assertThat(people).hasSize(51);
    for (int i = 0; i < vendors.size(); i++) {
      for (VendorColumn column : VendorColumn.values()) {
        assertThat(vendors.get(i).get(column))
            .as("row %d column %s", i, column)
            .isEqualTo(csvVendors.get(i).get(column));
      }
    }
  }

  private static List<ListRow<VendorColumn>> readAll(ListLocation location) {
    return read(location, VendorColumn.class);
  }

  private static List<ListRow<RepresentativeColumn>> readPeople(ListLocation location) {
    return read(location, RepresentativeColumn.class);
  }

  private static <C extends Enum<C> & ListColumn> List<ListRow<C>> read(
      ListLocation location, Class<C> columns) {
    List<ListRow<C>> rows = new ArrayList<>();
    try (ListRows<C> list = ListRows.open(location, columns, TestProperties.defaults())) {
      for (ListRow<C> row = list.next(); row != null; row = list.next()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
