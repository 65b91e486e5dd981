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
          contract_status  | SIGNED           | contract_status  | reject.contractStatus             | SIGNED
          contract_start   | 2026-02-30       | contract_start   | reject.date                       | 2026-02-30
          contract_start   | 2026-13-01       | contract_start   | reject.date                       | 2026-13-01
          contract_start   | 01/03/2026       | contract_start   | reject.date                       | 01/03/2026
          contract_end     | 2025-12-31       | contract_end     | reject.endBeforeStart             | 2025-12-31
          annual_value_sek | 800 000 kr       | annual_value_sek | reject.amount                     | 800 000 kr
          annual_value_sek | -5               | annual_value_sek | reject.amount                     | -5
          annual_value_sek | 1.2.3            | annual_value_sek | reject.amount                     | 1.2.3
          contract_id      | NULL             | contract_id      | reject.missing                    | ''
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
}
