package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorListKeysTests {

  private static final String HEADER =
      "procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,"
          + "parent_org_no,contract_id,contract_status,contract_start,contract_end,annual_value_sek";

  @TempDir Path dir;

  @Test
  void aSubcontractorCountsWhenItsParentIsAVendorOfTheSameProcurementWhereverItStands() {
    Path list =
        SampleLists.write(
            dir.resolve("vendors.csv"),
            List.of(
                HEADER,
                // a subcontractor listed before its vendor
                "P-1,LOU,,555427-0008,Under AB,SE,,SUBCONTRACTOR,555242-9028,,,,,",
                "P-1,LOU,,555242-9028,Huvud AB,SE,,VENDOR,,,,,,",
                // its parent is a vendor of another procurement only
                "P-2,LOU,,554599-5457,Fel Under AB,SE,,SUBCONTRACTOR,555242-9028,,,,,",
                // a bad check digit: the row is rejected, so it brings in no party
                "P-1,LOU,,558161-2587,Felsiffra AB,SE,,VENDOR,,,,,,",
                // a subcontractor under the rejected vendor
                "P-1,LOU,,555931-3902,Under Fel AB,SE,,SUBCONTRACTOR,558161-2587,,,,,",
                "P-2,LOU,,,Deutsche GmbH,DE,DE287654321,VENDOR,,,,,,"));

    VendorListKeys keys = new ListInspector(TestProperties.defaults()).inspect(list, null).keys();

    assertThat(keys.vendorKeys())
        .containsExactlyInAnyOrder(
            VendorRowValidator.procurementKey("P-1", "5552429028"),
            VendorRowValidator.procurementKey("P-2", "DE:DE287654321"));
    assertThat(keys.partyKeys())
        .containsExactlyInAnyOrder("5552429028", "5554270008", "DE:DE287654321");
  }

  @Test
  void aSubcontractorAtTheThirdTierCountsWhenItsChainReachesAVendorAndACircleDoesNot() {
    Path list =
        SampleLists.write(
            dir.resolve("tiers.csv"),
            List.of(
                HEADER,
                // the third tier first, then the second, the vendor and the first
                "P-1,LOU,,553447-8523,Tredje AB,SE,,SUBCONTRACTOR,555931-3902,,,,,",
                "P-1,LOU,,555931-3902,Andra AB,SE,,SUBCONTRACTOR,555427-0008,,,,,",
                "P-1,LOU,,555242-9028,Huvud AB,SE,,VENDOR,,,,,,",
                "P-1,LOU,,555427-0008,Första AB,SE,,SUBCONTRACTOR,555242-9028,,,,,",
                // two subcontractors working under each other, and one under them
                "P-1,LOU,,557346-0838,Cirkel A AB,SE,,SUBCONTRACTOR,555450-3523,,,,,",
                "P-1,LOU,,555450-3523,Cirkel B AB,SE,,SUBCONTRACTOR,557346-0838,,,,,",
                "P-1,LOU,,558255-0249,Under Cirkel AB,SE,,SUBCONTRACTOR,555450-3523,,,,,"));

    VendorListKeys keys = new ListInspector(TestProperties.defaults()).inspect(list, null).keys();

    assertThat(keys.partyKeys())
        .containsExactlyInAnyOrder("5552429028", "5554270008", "5559313902", "5534478523");
    assertThat(keys.parentKeys())
        .contains(VendorRowValidator.procurementKey("P-1", "5559313902"))
        .doesNotContain(
            VendorRowValidator.procurementKey("P-1", "5573460838"),
            VendorRowValidator.procurementKey("P-1", "5554503523"));
    assertThat(keys.vendorKeys())
        .containsExactly(VendorRowValidator.procurementKey("P-1", "5552429028"));
  }
}
