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
}
