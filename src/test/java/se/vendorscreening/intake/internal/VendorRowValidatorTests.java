package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.shared.ProcurementType;

class VendorRowValidatorTests {

  private static final Set<String> VENDORS =
      Set.of(VendorRowValidator.procurementKey("KS-2026/317", "5554270008"));

  @ParameterizedTest(name = "{0} = \"{1}\" is rejected in column {2} as {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          org_no           | 555242-9029      | org_no           | reject.checkDigit                 | 555242-9029
          org_no           | 5552429029       | org_no           | reject.checkDigit                 | 5552429029
          org_no           | 16555242-9029    | org_no           | reject.checkDigit                 | 16555242-9029
          org_no           | 555242-902       | org_no           | reject.notAnIdentityNumber        | 555242-902
          org_no           | 5552A29028       | org_no           | reject.notAnIdentityNumber        | 5552A29028
          org_no           | 17555242-9028    | org_no           | reject.notAnIdentityNumber        | 17555242-9028
          org_no           | 801028-2394      | org_no           | reject.checkDigit                 | 801028-****
          org_no           | 801328-2393      | org_no           | reject.notAnIdentityNumber        | 801328-****
          org_no           | 801028-2393      | org_no           | reject.personalNumberForCompany   | 801028-****
          org_no           | NULL             | org_no           | reject.missing                    | ''
          name             | NULL             | name             | reject.missing                    | ''
          procurement_id   | NULL             | procurement_id   | reject.missing                    | ''
          procurement_type | NULL             | procurement_type | reject.missing                    | ''
          procurement_type | LOU20            | procurement_type | reject.procurementType            | LOU20
          role             | SUPPLIER         | role             | reject.partyRole                  | SUPPLIER
          role             | SUBCONTRACTOR    | parent_org_no    | reject.missing                    | ''
          country          | SWE              | country          | reject.country                    | SWE
          country          | XX               | country          | reject.country                    | XX
          country          | DE               | foreign_id       | reject.foreignIdMissing           | ''
          org_no           | 555242 9028      | org_no           | reject.notAnIdentityNumber        | 555242 9028
          org_no           | 900101-0009      | org_no           | reject.notAnIdentityNumber        | 900101-****
          name             | Bygg\u0007 AB     | name             | reject.controlCharacter           | Bygg[U+0007] AB
          contract_value_sek | ca 3 miljoner  | contract_value_sek | reject.amount                   | ca 3 miljoner
          contract_value_sek | -3000000       | contract_value_sek | reject.amount                   | -3000000
          subcontract_share_percent | 0       | subcontract_share_percent | reject.sharePercent      | 0
          subcontract_share_percent | 100,5   | subcontract_share_percent | reject.sharePercent      | 100,5
          subcontract_share_percent | tolv    | subcontract_share_percent | reject.sharePercent      | tolv
          subcontract_share_percent | 12.5.1  | subcontract_share_percent | reject.sharePercent      | 12.5.1
          """)
  void rejectsABadValueWithColumnReasonAndMaskedValue(
      String column, String value, String rejectedColumn, String code, String shownValue) {
    var outcome = VendorRowValidator.validate(Rows.vendor(column, value), VENDORS);

    assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
    Rejection rejection = ((RowOutcome.Rejected<VendorRow>) outcome).rejection();
    assertThat(rejection.code()).isEqualTo(code);
    assertThat(rejection.column()).isEqualTo(rejectedColumn);
    assertThat(rejection.value()).isEqualTo(shownValue);
    assertThat(outcome.line()).isEqualTo(7);
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is ignored as {2}, the party kept")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          contract_status  | SIGNED                 | reject.contractStatus
          contract_start   | 2026-02-30             | reject.date
          contract_start   | 2026-13-01             | reject.date
          contract_start   | 01/03/2026             | reject.date
          contract_end     | 2025-12-31             | reject.endBeforeStart
          annual_value_sek | 800 000 kr per år      | reject.amount
          annual_value_sek | -5                     | reject.amount
          annual_value_sek | 1.2.3                  | reject.amount
          contract_id      | AVT\u001b-1             | reject.controlCharacter
          """)
  void ignoresABadContractFieldAndKeepsTheParty(String column, String value, String code) {
    var outcome = VendorRowValidator.validate(Rows.vendor(column, value), VENDORS);

    var accepted = (RowOutcome.Accepted<VendorRow>) outcome;
    assertThat(accepted.row().key()).isEqualTo("5552429028");
    assertThat(accepted.row().contract()).isNotNull();
    assertThat(accepted.ignoredFields())
        .singleElement()
        .satisfies(
            ignored -> {
              assertThat(ignored.code()).isEqualTo(code);
              assertThat(ignored.column()).isEqualTo(column);
            });
  }

  @Test
  void keysAContractWithoutNumberByProcurementAndPartyAndSaysSo() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor("contract_id", "", "annual_value_sek", "1 200 000 kr"), VENDORS);

    var accepted = (RowOutcome.Accepted<VendorRow>) outcome;
    assertThat(accepted.row().contract().contractId()).isEqualTo("KS-2026/317/555242-9028");
    assertThat(accepted.row().contract().annualValueSek())
        .isEqualByComparingTo(new BigDecimal("1200000"));
    assertThat(accepted.ignoredFields())
        .singleElement()
        .satisfies(ignored -> assertThat(ignored.code()).isEqualTo("reject.contractIdMissing"));
  }

  @Test
  void keysASoleTradersContractWithoutItsFullPersonnummer() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor(
                "org_no", "920712-2384", "name", "Jönssons Plattsättning", "contract_id", ""),
            VENDORS);

    var accepted = (RowOutcome.Accepted<VendorRow>) outcome;
    assertThat(accepted.row().contract().contractId()).isEqualTo("KS-2026/317/920712-****");
  }

  @Test
  void rejectsATruncatedRowWithoutLookingAtItsValues() {
    var full = Rows.vendor();
    var truncated = new ListRow<>(full.line(), full.values(), 5, 14);

    var outcome = VendorRowValidator.validate(truncated, VENDORS);

    var rejected = (RowOutcome.Rejected<VendorRow>) outcome;
    assertThat(rejected.rejection().code()).isEqualTo("reject.truncated");
    assertThat(rejected.rejection().arguments()).containsExactly("5", "14");
    assertThat(rejected.partyOrgNo()).isEqualTo("555242-9028");
    assertThat(rejected.partyName()).isEqualTo("Huddinge Bygg & Mark AB");
  }

  @Test
  void aRejectedRowKeepsTheNumberAndNameItGaveMaskedWhenPersonal() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor("org_no", "801028-2393", "name", "Olsson Bygg AB"), VENDORS);

    var rejected = (RowOutcome.Rejected<VendorRow>) outcome;
    assertThat(rejected.partyOrgNo()).isEqualTo("801028-****");
    assertThat(rejected.partyName()).isEqualTo("Olsson Bygg AB");
  }

  @ParameterizedTest(name = "org_no \"{0}\" for \"{1}\" is accepted as key {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          555242-9028      | Huddinge Bygg & Mark AB                 | 5552429028
          5552429028       | Huddinge Bygg & Mark AB                 | 5552429028
          16555242-9028    | Huddinge Bygg & Mark AB                 | 5552429028
          165552429028     | Huddinge Bygg & Mark AB                 | 5552429028
          920712-2384      | Jönssons Plattsättning (enskild firma)  | 199207122384
          19920712-2384    | Jönssons Plattsättning                  | 199207122384
          962814-5014      | Lindvreten Plåt KB                      | 9628145014
          """)
  void acceptsOrganisationNumbersInAnyWritingAndASoleTradersPersonnummer(
      String orgNo, String name, String key) {
    var outcome = VendorRowValidator.validate(Rows.vendor("org_no", orgNo, "name", name), VENDORS);

    assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
    assertThat(((RowOutcome.Accepted<VendorRow>) outcome).row().key()).isEqualTo(key);
  }

  @Test
  void readsAWholeRowWithDefaults() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor(
                "procurement_type", "lou19",
                "contract_status", "",
                "contract_end", "",
                "annual_value_sek", "1 200 000,50"),
            VENDORS);

    VendorRow row = ((RowOutcome.Accepted<VendorRow>) outcome).row();
    assertThat(row.procurementType()).isEqualTo(ProcurementType.LOU19);
    assertThat(row.country()).isEqualTo("SE");
    assertThat(row.role()).isEqualTo(PartyRole.VENDOR);
    assertThat(row.contract().status()).isEqualTo(ContractStatus.PLANNED);
    assertThat(row.contract().start()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(row.contract().end()).isNull();
    assertThat(row.contract().annualValueSek()).isEqualByComparingTo(new BigDecimal("1200000.50"));
  }

  @Test
  void acceptsAForeignVendorWithoutOrganisationNumberKeyedByCountryAndForeignId() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor(
                "org_no", "",
                "name", "Baltic Facade Systems GmbH",
                "country", "de",
                "foreign_id", "de 287654321"),
            VENDORS);

    VendorRow row = ((RowOutcome.Accepted<VendorRow>) outcome).row();
    assertThat(row.key()).isEqualTo("DE:DE287654321");
    assertThat(row.identityNumber()).isNull();
  }

  @Test
  void acceptsASubcontractorWhoseParentIsAVendorOfTheSameProcurement() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor(
                "org_no", "553051-9478",
                "role", "subcontractor",
                "parent_org_no", "5554270008",
                "contract_id", "",
                "contract_status", "",
                "contract_start", "",
                "contract_end", "",
                "annual_value_sek", ""),
            VENDORS);

    VendorRow row = ((RowOutcome.Accepted<VendorRow>) outcome).row();
    assertThat(row.role()).isEqualTo(PartyRole.SUBCONTRACTOR);
    assertThat(row.parentKey()).isEqualTo("5554270008");
    assertThat(row.contract()).isNull();
  }

  @Test
  void rejectsASubcontractorWhoseParentIsOnlyInAnotherProcurement() {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor(
                "procurement_id", "KS-2026/999",
                "org_no", "553051-9478",
                "role", "SUBCONTRACTOR",
                "parent_org_no", "555427-0008"),
            VENDORS);

    Rejection rejection = ((RowOutcome.Rejected<VendorRow>) outcome).rejection();
    assertThat(rejection.code()).isEqualTo("reject.parentNotInList");
    assertThat(rejection.column()).isEqualTo("parent_org_no");
  }

  @ParameterizedTest(name = "contract value \"{0}\" and share \"{1}\" read as {2} kr and {3} %")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          3 000 000 kr | 12       | 3000000.00 | 12
          2335522      | 12,5 %   | 2335522.00 | 12.5
          1.200.000,50 | 100      | 1200000.50 | 100
          ''           | 10.25%   |            | 10.25
          """)
  void readsTheContractValueAndTheSubcontractorsShare(
      String value, String share, BigDecimal sek, BigDecimal percent) {
    var outcome =
        VendorRowValidator.validate(
            Rows.vendor("contract_value_sek", value, "subcontract_share_percent", share), VENDORS);

    assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
    VendorRow row = ((RowOutcome.Accepted<VendorRow>) outcome).row();
    assertThat(row.contractValueSek()).isEqualTo(sek);
    assertThat(row.subcontractSharePercent()).isEqualByComparingTo(percent);
  }
}
