package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.PartyRange;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.intake.VendorListImport;

/** The contract register on the real database (H2 here, PostgreSQL in the postgres run). */
// a database of its own (an H2 file, or a PostgreSQL schema): the counts below are the register's
// rows for the sample's organisations, which other tests' imports would add to
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/register-${random.uuid}",
      "vs.test.schema-suffix=_register"
    })
// its own database, so its context (and connection pool) is closed after it rather than cached
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class JdbcContractRegisterIntegrationTests {

  @Autowired VendorListImport vendorListImport;
  @Autowired ContractRegister register;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path folder;

  @BeforeEach
  void swedish() {
    LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv-SE"));
  }

  @AfterEach
  void resetLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void readsBackEveryPartyOfAnImportWithItsRepresentativesAndContracts() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    String importId = "read-" + procurementId;
    vendorListImport.importVendorList(
        vendorList(procurementId), SampleLists.REPRESENTATIVES, importId);

    List<RegisteredParty> parties =
        readAll(register.partiesOfImport(importId), new ExecutionContext());

    assertThat(parties).hasSize(27);
    assertThat(parties).extracting(RegisteredParty::procurementId).containsOnly(procurementId);
    assertThat(parties)
        .extracting(RegisteredParty::key)
        .isSortedAccordingTo(String::compareTo)
        .doesNotHaveDuplicates();
    RegisteredParty balsta = party(parties, "5583639603");
    assertThat(balsta.name()).isEqualTo("Balsta Bemanning AB");
    assertThat(balsta.procurementTitle()).isEqualTo("Bygg- och fastighetsservice Huddinge 2026");
    assertThat(balsta.representatives())
        .extracting(RegisteredRepresentative::name, RegisteredRepresentative::role)
        .containsExactlyInAnyOrder(
            tuple("Göran Bäckström", RepresentativeRole.CEO),
            tuple("Johan Lindström", RepresentativeRole.SIGNATORY),
            tuple("Dragan Lindström", RepresentativeRole.BENEFICIAL_OWNER));
    assertThat(balsta.contracts())
        .containsExactly(
            new se.vendorscreening.intake.Contract(
                "AVT-2026-111",
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2028, 2, 29),
                new BigDecimal("2500000.00")));
    RegisteredParty german = party(parties, "DE:DE287654321");
    assertThat(german.identityNumber()).isNull();
    assertThat(german.displayedOrgNo()).isEqualTo("DE:DE287654321");
    assertThat(german.representatives())
        .allSatisfy(
            person -> {
              assertThat(person.personId()).isNull();
              assertThat(person.birthDate()).isEqualTo(LocalDate.of(1971, 5, 14));
            })
        .hasSize(2);
    RegisteredParty soleTrader = party(parties, "199207122384");
    assertThat(soleTrader.identityNumber().isPersonal()).isTrue();
    assertThat(soleTrader.displayedOrgNo()).isEqualTo("920712-****");
    RegisteredParty subcontractor = party(parties, "5530519478");
    assertThat(subcontractor.role()).isEqualTo(PartyRole.SUBCONTRACTOR);
    assertThat(subcontractor.parentKey()).isEqualTo("5554270008");
    assertThat(subcontractor.contracts()).isEmpty();
    RegisteredParty coordinationNumber = party(parties, "5597848091");
    assertThat(coordinationNumber.representatives())
        .anySatisfy(person -> assertThat(person.personId().isCoordinationNumber()).isTrue());
  }

  @Test
  void importingTheSameFilesAgainChangesNoRow() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors = vendorList(procurementId);
    vendorListImport.importVendorList(
        vendors, SampleLists.REPRESENTATIVES, "first-" + procurementId);
    Map<String, List<Map<String, Object>>> before = snapshot(procurementId);

    ImportSummary again =
        vendorListImport.importVendorList(
            vendors, SampleLists.REPRESENTATIVES, "second-" + procurementId);

    assertThat(snapshot(procurementId)).isEqualTo(before);
    assertThat(before.get("parties")).hasSize(27);
    assertThat(before.get("contracts")).hasSize(22);
    assertThat(before.get("representatives")).hasSize(51);
    assertThat(again.partiesImported()).isEqualTo(27);
    assertThat(again.representativesImported()).isEqualTo(51);
  }

  @Test
  void aChangedListUpdatesThePartyAndItsContractInPlace() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    vendorListImport.importVendorList(vendorList(procurementId), null, "v1-" + procurementId);
    List<String> lines =
        SampleLists.edit(
            SampleLists.vendorLines(procurementId),
            2,
            line ->
                SampleLists.withField(
                    SampleLists.withField(line, 4, "Huddinge Bygg AB"), 10, "ENDED"));
    Path changed = SampleLists.write(folder.resolve("changed.csv"), lines);

    vendorListImport.importVendorList(changed, null, "v2-" + procurementId);

    assertThat(
            jdbc.queryForList(
                "select p.name, c.status from intake_party p join intake_contract c"
                    + " on c.procurement_id = p.procurement_id and c.party_key = p.party_key"
                    + " where p.procurement_id = ? and p.party_key = '5552429028'",
                procurementId))
        .containsExactly(Map.of("name", "Huddinge Bygg AB", "status", "ENDED"));
    assertThat(count("intake_party", procurementId)).isEqualTo(27);
  }

  @Test
  void aListOfNewPartiesAndChangedOnesWritesBothWhenABatchMeetsExistingRows() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    List<String> lines = SampleLists.vendorLines(procurementId);
    vendorListImport.importVendorList(
        SampleLists.write(folder.resolve("first.csv"), lines.subList(0, 6)),
        null,
        "part-" + procurementId);
    assertThat(count("intake_party", procurementId)).isEqualTo(5);
    List<String> changed =
        SampleLists.edit(lines, 2, line -> SampleLists.withField(line, 4, "Huddinge Bygg AB"));

    vendorListImport.importVendorList(
        SampleLists.write(folder.resolve("all.csv"), changed), null, "all-" + procurementId);

    assertThat(count("intake_party", procurementId)).isEqualTo(27);
    assertThat(
            jdbc.queryForList(
                "select name from intake_party where procurement_id = ?"
                    + " and party_key = '5552429028'",
                String.class,
                procurementId))
        .containsExactly("Huddinge Bygg AB");
  }

  @Test
  void partiesOfActiveContractsAreTheContractedPartiesAndTheSubcontractorsUnderThem()
      throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    vendorListImport.importVendorList(vendorList(procurementId), null, "active-" + procurementId);
    // what the re-check's first step records (the graph module walks every tier,
    // docs/scheduling.md)
    List<ContractRegister.FollowedParty> followed =
        new java.util.ArrayList<>(register.contractedParties());
    Set<List<String>> contracted = new java.util.HashSet<>();
    followed.forEach(p -> contracted.add(List.of(p.procurementId(), p.partyKey())));
    for (ContractRegister.SubcontractorLink link : register.subcontractorLinks()) {
      if (contracted.contains(List.of(link.procurementId(), link.parentKey()))) {
        followed.add(new ContractRegister.FollowedParty(link.procurementId(), link.partyKey(), 1));
      }
    }
    register.replaceFollowedParties(followed);

    List<String> keys =
        readAll(register.partiesOfActiveContracts(), new ExecutionContext()).stream()
            .filter(party -> party.procurementId().equals(procurementId))
            .map(RegisteredParty::key)
            .toList();

    assertThat(keys)
        .contains("5552429028", "5545995457", "199207122384")
        .contains("5599470399", "5571405017", "5530519478", "5599389847")
        .doesNotContain("5581612586", "5547564699", "9628145014", "DE:DE287654321")
        .hasSize(15 + 4);
  }

  @Test
  void contractedPartiesAreEachPartyWithAnActiveContractOnceInKeyOrderWithoutAStatusIndex()
      throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    vendorListImport.importVendorList(vendorList(procurementId), null, "keys-" + procurementId);

    List<ContractRegister.FollowedParty> contracted = register.contractedParties();
    List<String> ofThisProcurement =
        contracted.stream()
            .filter(p -> p.procurementId().equals(procurementId))
            .map(ContractRegister.FollowedParty::partyKey)
            .toList();

    // the register's own count of parties with an ACTIVE contract, and the whole list's key order
    assertThat(ofThisProcurement)
        .hasSize(
            jdbc.queryForObject(
                "select count(distinct party_key) from intake_contract where procurement_id = ?"
                    + " and status = 'ACTIVE'",
                Integer.class,
                procurementId))
        .doesNotHaveDuplicates()
        .isSorted()
        .isNotEmpty();
    assertThat(contracted)
        .extracting(p -> p.procurementId() + "\u0000" + p.partyKey())
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(contracted).extracting(ContractRegister.FollowedParty::tier).containsOnly(0);
    // V85: the import writes no status index for the contracts
    List<String> indexes = new ArrayList<>();
    jdbc.execute(
        (java.sql.Connection connection) -> {
          try (java.sql.ResultSet rs =
              connection
                  .getMetaData()
                  .getIndexInfo(null, connection.getSchema(), "intake_contract", false, false)) {
            while (rs.next()) {
              indexes.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(Locale.ROOT));
            }
          }
          return null;
        });
    assertThat(indexes).isNotEmpty().doesNotContain("intake_contract_status");
  }

  @Test
  void aReaderOpenedWithTheSavedContextContinuesAfterTheLastPartyRead() throws Exception {
    String importId = "resume-" + UUID.randomUUID();
    List<RegisteredParty> all = importSampleAndReadAll(importId);

    ExecutionContext saved = new ExecutionContext();
    ItemStreamReader<RegisteredParty> first = register.partiesOfImport(importId);
    first.open(saved);
    for (int i = 0; i < 10; i++) {
      first.read();
    }
    first.update(saved);
    first.close();
    List<RegisteredParty> rest = readAll(register.partiesOfImport(importId), saved);

    assertThat(rest).hasSize(17).containsExactlyElementsOf(all.subList(10, 27));
  }

  /**
   * A consumer that reads ahead of what it has written holds the saved position back to the last
   * party it wrote: a restart continues after that party, reading the ones read ahead again.
   */
  @Test
  void aReaderHeldBackContinuesAfterThePartyItWasToldNotTheLastOneRead() throws Exception {
    String importId = "held-back-" + UUID.randomUUID();
    List<RegisteredParty> all = importSampleAndReadAll(importId);

    ExecutionContext saved = new ExecutionContext();
    ItemStreamReader<RegisteredParty> first = register.partiesOfImport(importId);
    first.open(saved);
    List<RegisteredParty> read = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      read.add(first.read());
    }
    ((se.vendorscreening.intake.PartyPositions) first).savePositionAfter(read.get(5));
    first.update(saved);
    first.close();
    List<RegisteredParty> rest = readAll(register.partiesOfImport(importId), saved);

    assertThat(rest).hasSize(21).containsExactlyElementsOf(all.subList(6, 27));
  }

  @Test
  void readsManyPagesInKeyOrderEachPartyOnceAndResumesInsideAPageReadAhead() throws Exception {
    // given: 1,234 vendors, two full pages of 500 and a last one of 234, each with its CEO
    String procurementId = SampleLists.uniqueProcurementId();
    String importId = "pages-" + procurementId;
    List<String> vendors = new ArrayList<>();
    vendors.add(
        "procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,"
            + "parent_org_no,contract_id,contract_status,contract_start,contract_end,"
            + "annual_value_sek");
    List<String> ceos = new ArrayList<>();
    ceos.add("org_no,person_id,name,birth_date,role");
    List<String> keys = new ArrayList<>();
    for (int n = 0; n < 1_234; n++) {
      String orgNo = organisationNumber(n);
      keys.add(orgNo.replace("-", ""));
      vendors.add(
          "%s,LOU,Städning,%s,Bolag %d AB,SE,,VENDOR,,AVT-%d,ACTIVE,2026-01-01,2027-12-31,1000"
              .formatted(procurementId, orgNo, n, n));
      ceos.add("%s,199105092382,Lars Ström,,CEO".formatted(orgNo));
    }
    vendorListImport.importVendorList(
        SampleLists.write(folder.resolve("pages.csv"), vendors),
        SampleLists.write(folder.resolve("pages-representatives.csv"), ceos),
        importId);

    // when
    List<RegisteredParty> all = readAll(register.partiesOfImport(importId), new ExecutionContext());
    ExecutionContext saved = new ExecutionContext();
    ItemStreamReader<RegisteredParty> first = register.partiesOfImport(importId);
    first.open(saved);
    for (int i = 0; i < 700; i++) {
      first.read();
    }
    first.update(saved);
    first.close();
    List<RegisteredParty> rest = readAll(register.partiesOfImport(importId), saved);

    // then
    assertThat(all)
        .extracting(RegisteredParty::key)
        .containsExactlyElementsOf(keys.stream().sorted().toList());
    assertThat(all)
        .allSatisfy(
            party -> {
              assertThat(party.representatives())
                  .extracting(RegisteredRepresentative::name)
                  .containsExactly("Lars Ström");
              assertThat(party.contracts()).hasSize(1);
              assertThat(party.contracts().get(0).contractId())
                  .isEqualTo("AVT-" + party.name().replaceAll("\\D", ""));
            });
    assertThat(rest).containsExactlyElementsOf(all.subList(700, 1_234));
  }

  /** The organisation number 556NNN-NNNC for {@code n}, with its Luhn check digit. */
  private static String organisationNumber(int n) {
    String nine = "556%06d".formatted(n);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += digit > 9 ? digit - 9 : digit;
    }
    int check = (10 - sum % 10) % 10;
    return nine.substring(0, 6) + "-" + nine.substring(6) + check;
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 2", "4, 4", "27, 27", "40, 27"})
  void theRangesOfAnImportSplitItsPartiesInReadingOrderEachPartyOnce(int asked, int ranges)
      throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    String importId = "ranges-" + procurementId;
    vendorListImport.importVendorList(
        vendorList(procurementId), SampleLists.REPRESENTATIVES, importId);
    List<RegisteredParty> all = readAll(register.partiesOfImport(importId), new ExecutionContext());

    List<PartyRange> split = register.partyRangesOfImport(importId, asked);

    assertThat(split).hasSize(ranges);
    List<RegisteredParty> joined = new ArrayList<>();
    for (PartyRange range : split) {
      List<RegisteredParty> part =
          readAll(register.partiesOfImport(importId, range), new ExecutionContext());
      assertThat(part).hasSizeBetween(27 / ranges, (27 + ranges - 1) / ranges);
      joined.addAll(part);
    }
    assertThat(joined).containsExactlyElementsOf(all);
  }

  @Test
  void rejectedRowsComeInFileAndLineOrderWithReasonsAndMaskedPersonalNumbers() throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    String importId = "rejected-" + procurementId;
    List<String> vendors =
        SampleLists.edit(
            SampleLists.vendorLines(procurementId),
            5,
            line -> SampleLists.withField(line, 10, "SIGNED"));
    List<String> people = new ArrayList<>(SampleLists.read(SampleLists.REPRESENTATIVES));
    people.set(1, "555242-9028,801028-2394,Mikael Olsson,,CEO");
    people.set(3, "554599-5457,910509-2382,Lars Ström,,KING");

    ImportSummary summary =
        vendorListImport.importVendorList(
            SampleLists.write(folder.resolve("v.csv"), vendors),
            SampleLists.write(folder.resolve("r.csv"), people),
            importId);
    List<RejectedRow> rejected = register.rejectedRows(importId);

    assertThat(rejected)
        .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value, RejectedRow::reason)
        .containsExactly(
            tuple(
                5L,
                "contract_status",
                "SIGNED",
                "Fältet ignorerat, parten kontrolleras ändå: Okänd avtalsstatus: ange PLANNED,"
                    + " ACTIVE eller ENDED"),
            tuple(2L, "person_id", "801028-****", "Fel kontrollsiffra"),
            tuple(
                4L,
                "role",
                "KING",
                "Okänd roll: ange CEO, CHAIR, BOARD, DEPUTY, SIGNATORY, BENEFICIAL_OWNER eller"
                    + " PARTNER"));
    assertThat(rejected)
        .extracting(RejectedRow::effect, RejectedRow::partyOrgNo, RejectedRow::partyName)
        .containsExactly(
            tuple(RejectedRow.Effect.FIELD_IGNORED, "", ""),
            tuple(RejectedRow.Effect.REPRESENTATIVE_NOT_CHECKED, "555242-9028", "Mikael Olsson"),
            tuple(RejectedRow.Effect.REPRESENTATIVE_NOT_CHECKED, "554599-5457", "Lars Ström"));
    assertThat(rejected.get(0).file()).endsWith("v.csv");
    assertThat(rejected.get(1).file()).endsWith("r.csv");
    assertThat(summary.rowsRejected()).isEqualTo(2);
    assertThat(summary.fieldsIgnored()).isEqualTo(1);
    assertThat(summary.partiesImported()).isEqualTo(27);
    assertThat(summary.inputs())
        .extracting(input -> input.rowsRead(), input -> input.rowsRejected())
        .containsExactly(tuple(27L, 0L), tuple(51L, 2L));
    assertThat(summary.inputs().get(0).sha256())
        .hasSize(64)
        .isEqualTo(ListInspector.sha256(folder.resolve("v.csv"), "v"));
  }

  @Test
  void theWorkbookAndTheExcelCsvImportTheSameRegisterAsTheUtf8Csv() throws Exception {
    String csvProcurement = SampleLists.uniqueProcurementId();
    String excelProcurement = SampleLists.uniqueProcurementId();
    vendorListImport.importVendorList(
        vendorList(csvProcurement), SampleLists.REPRESENTATIVES, "csv-" + csvProcurement);
    Path excelCsv = folder.resolve("excel.csv");
    Files.writeString(
        excelCsv,
        Files.readString(
                Path.of("sample-data", "lou-vendors-excel.csv"), TextEncodingDetector.WINDOWS_1252)
            .replace(SampleLists.SAMPLE_PROCUREMENT, excelProcurement),
        TextEncodingDetector.WINDOWS_1252);
    ImportSummary excel =
        vendorListImport.importVendorList(
            excelCsv,
            Path.of("sample-data", "lou-vendors-excel-representatives.csv"),
            "excel-" + excelProcurement);
    ImportSummary workbook =
        vendorListImport.importVendorList(
            Path.of("sample-data", "lou-vendors.xlsx"), null, "xlsx-" + excelProcurement);

    assertThat(excel.partiesImported()).isEqualTo(27);
    assertThat(excel.representativesImported()).isEqualTo(51);
    assertThat(excel.rowsRejected()).isZero();
    assertThat(workbook.partiesImported()).isEqualTo(27);
    assertThat(workbook.representativesImported()).isEqualTo(51);
    assertThat(workbook.rowsRejected()).isZero();
    assertThat(partyRows(excelProcurement)).isEqualTo(partyRows(csvProcurement));
    assertThat(contractRows(excelProcurement)).isEqualTo(contractRows(csvProcurement));
    assertThat(
            jdbc.queryForObject(
                "select name from intake_party where procurement_id = ? and party_key = '5545995457'",
                String.class,
                excelProcurement))
        .isEqualTo("Södertörns Fasad och Tak AB");
  }

  @Test
  void aBeneficialOwnerKnownByYearAndMonthOfBirthIsReadBackSo(@TempDir Path dir) throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    String foreignId = "DE" + (100_000_000 + new java.util.Random().nextInt(800_000_000));
    ImportSummary summary =
        importForeignVendor(
            dir,
            procurementId,
            foreignId,
            "ym-" + procurementId,
            ",,Jan Kowalski,1971-04,BENEFICIAL_OWNER",
            ",,Klaus Weber,1971-05-14,CEO");
    RegisteredParty party =
        party(
            readAll(register.partiesOfImport("ym-" + procurementId), new ExecutionContext()),
            "DE:" + foreignId);

    assertThat(summary.rowsRejected()).isZero();
    assertThat(party.representatives())
        .extracting(
            RegisteredRepresentative::name,
            RegisteredRepresentative::birthDate,
            RegisteredRepresentative::birthMonth,
            RegisteredRepresentative::birth)
        .containsExactlyInAnyOrder(
            tuple("Jan Kowalski", null, java.time.YearMonth.of(1971, 4), "1971-04"),
            tuple("Klaus Weber", LocalDate.of(1971, 5, 14), null, "1971-05-14"));
    assertThat(register.representativesOf("DE:" + foreignId))
        .extracting(RegisteredRepresentative::birthMonth)
        .containsExactlyInAnyOrder(java.time.YearMonth.of(1971, 4), null);
  }

  @Test
  void representativesOfManyCompaniesAreThoseOfEachAskedAlone(@TempDir Path dir) throws Exception {
    String procurementId = SampleLists.uniqueProcurementId();
    String foreignId = "DE" + (100_000_000 + new java.util.Random().nextInt(800_000_000));
    importForeignVendor(
        dir,
        procurementId,
        foreignId,
        "many-" + procurementId,
        ",,Klaus Weber,1971-05-14,CEO",
        ",,Jan Kowalski,1971-04,BENEFICIAL_OWNER",
        ",,Anna Adler,1980-01-02,BOARD");
    // every company with representatives so far, and more keys without any than several queries ask
    List<String> keys =
        new java.util.ArrayList<>(
            jdbc.queryForList(
                "select distinct party_key from intake_representative", String.class));
    for (int i = 0; i < 600; i++) {
      keys.add("none-" + i);
    }

    java.util.Map<String, List<RegisteredRepresentative>> many = register.representativesOf(keys);

    assertThat(many).hasSize(keys.size());
    for (String key : keys) {
      assertThat(many.get(key)).as(key).containsExactlyElementsOf(register.representativesOf(key));
    }
    assertThat(many.get("none-599")).isEmpty();
    assertThat(many.get("DE:" + foreignId))
        .extracting(RegisteredRepresentative::name)
        .containsExactly(
            "Jan Kowalski", "Anna Adler", "Klaus Weber"); // by role (its name), then name
  }

  /** Imports a sample vendor and a German one with these representatives (after its key). */
  private ImportSummary importForeignVendor(
      Path dir, String procurementId, String foreignId, String importId, String... persons)
      throws Exception {
    Path vendors =
        SampleLists.write(
            dir.resolve("vendors.csv"),
            List.of(
                SampleLists.vendorLines(procurementId).get(0),
                procurementId + ",LOU,Test,,Oder Bau GmbH,DE," + foreignId + ",VENDOR,,,,,,"));
    List<String> lines = new java.util.ArrayList<>();
    lines.add("org_no,person_id,name,birth_date,role");
    for (String person : persons) {
      lines.add("DE:" + foreignId + person);
    }
    Path representatives = SampleLists.write(dir.resolve("representatives.csv"), lines);
    return vendorListImport.importVendorList(vendors, representatives, importId);
  }

  /**
   * The register's ownership as of the run's date: a row dated after it does not count, and a newer
   * file whose rows of an organisation all date after it does not replace the older file's.
   */
  @Test
  void theOwnershipOfTheRegisterCountsRowsDatedOnOrBeforeTheAsOfDate() {
    String suffix = SampleLists.uniqueProcurementId();
    String older = "own-a-" + suffix;
    String newer = "own-b-" + suffix;
    jdbc.update(
        "insert into intake_import (import_id, started_at) values (?, ?)",
        older,
        java.sql.Timestamp.valueOf("2026-01-01 08:00:00"));
    jdbc.update(
        "insert into intake_import (import_id, started_at) values (?, ?)",
        newer,
        java.sql.Timestamp.valueOf("2026-06-01 08:00:00"));
    String first = "9" + Math.abs(suffix.hashCode() % 100_000_000) + "1";
    String second = "9" + Math.abs(suffix.hashCode() % 100_000_000) + "2";
    register.recordOwnership(
        older,
        List.of(
            stake("SE-X", first, "30", LocalDate.of(2025, 6, 1), 2),
            stake("SE-Z", second, "20", null, 3)));
    register.recordOwnership(
        newer,
        List.of(
            stake("RU-Y", first, "60", LocalDate.of(2027, 1, 1), 2),
            stake("SE-W", second, "10", LocalDate.of(2026, 11, 1), 3),
            stake("RU-V", second, "55", LocalDate.of(2027, 1, 1), 4)));

    assertThat(owners(LocalDate.of(2026, 12, 1), first, second))
        .containsExactly(first + " SE-X 30", second + " SE-W 10");
    assertThat(owners(LocalDate.of(2027, 2, 1), first, second))
        .containsExactly(first + " RU-Y 60", second + " SE-W 10", second + " RU-V 55");
    assertThat(owners(LocalDate.of(2026, 3, 1), first, second))
        .containsExactly(first + " SE-X 30", second + " SE-Z 20");
  }

  private static se.vendorscreening.intake.OwnershipStake stake(
      String owner, String owned, String share, LocalDate date, long line) {
    return new se.vendorscreening.intake.OwnershipStake(
        owner, null, owned, new BigDecimal(share), owner.substring(0, 2), date, line);
  }

  private List<String> owners(LocalDate asOf, String... owned) {
    Set<String> wanted = Set.of(owned);
    return register.currentOwnership(asOf).stream()
        .filter(stake -> wanted.contains(stake.ownedKey()))
        .map(
            stake ->
                stake.ownedKey()
                    + " "
                    + stake.ownerId()
                    + " "
                    + stake.sharePercent().stripTrailingZeros().toPlainString())
        .toList();
  }

  /** The register keeps the type the graph reads, which needs an owner's id or name. */
  @Test
  void anOwnershipRowNeedsAnOwnersIdOrName() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new se.vendorscreening.intake.OwnershipStake(
                    null, null, "5560000001", BigDecimal.TEN, "SE", null, 2));
  }

  @Test
  void theLovSampleImportsWithoutRejectedRows() throws Exception {
    ImportSummary summary =
        vendorListImport.importVendorList(
            Path.of("sample-data", "lov-hemtjanst-vendors.csv"),
            Path.of("sample-data", "lov-hemtjanst-representatives.csv"),
            "lov-" + SampleLists.uniqueProcurementId());

    assertThat(summary.rowsRejected()).isZero();
    assertThat(summary.partiesImported()).isEqualTo(7);
    assertThat(summary.representativesImported()).isEqualTo(12);
    assertThat(
            jdbc.queryForObject(
                "select procurement_type from intake_procurement where procurement_id = 'SN-2026/088'",
                String.class))
        .isEqualTo("LOV");
  }

  private Map<String, List<Map<String, Object>>> snapshot(String procurementId) {
    return Map.of(
        "procurements",
        jdbc.queryForList(
            "select * from intake_procurement where procurement_id = ?", procurementId),
        "parties",
        partyRows(procurementId),
        "contracts",
        contractRows(procurementId),
        "representatives",
        jdbc.queryForList(
            "select r.* from intake_representative r where r.party_key in (select party_key from"
                + " intake_party where procurement_id = ?) order by r.party_key, r.person_key, r.role",
            procurementId));
  }

  private List<Map<String, Object>> partyRows(String procurementId) {
    return jdbc.queryForList(
        "select party_key, identity_number, country, foreign_id, name, role, parent_key"
            + " from intake_party where procurement_id = ? order by party_key",
        procurementId);
  }

  private List<Map<String, Object>> contractRows(String procurementId) {
    return jdbc.queryForList(
        "select party_key, contract_id, status, start_date, end_date, annual_value_sek"
            + " from intake_contract where procurement_id = ? order by party_key, contract_id",
        procurementId);
  }

  private long count(String table, String procurementId) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where procurement_id = ?", Long.class, procurementId);
  }

  private Path vendorList(String procurementId) {
    return SampleLists.write(
        folder.resolve(procurementId + ".csv"), SampleLists.vendorLines(procurementId));
  }

  private static RegisteredParty party(List<RegisteredParty> parties, String key) {
    Predicate<RegisteredParty> withKey = party -> party.key().equals(key);
    return parties.stream().filter(withKey).findFirst().orElseThrow();
  }

  /** The sample list imported under a procurement of its own, and its parties read back. */
  private List<RegisteredParty> importSampleAndReadAll(String importId) throws Exception {
    vendorListImport.importVendorList(
        vendorList(SampleLists.uniqueProcurementId()), SampleLists.REPRESENTATIVES, importId);
    return readAll(register.partiesOfImport(importId), new ExecutionContext());
  }

  static List<RegisteredParty> readAll(
      ItemStreamReader<RegisteredParty> reader, ExecutionContext context) throws Exception {
    List<RegisteredParty> parties = new ArrayList<>();
    reader.open(context);
    try {
      for (RegisteredParty party = reader.read(); party != null; party = reader.read()) {
        parties.add(party);
      }
    } finally {
      reader.close();
    }
    return parties;
  }
}
