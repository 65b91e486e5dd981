package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/** Small parties, persons (Skatteverket test numbers) and stakes for graph tests. */
final class GraphFixtures {

  static final String TARGET = "555242-9028";
  static final String HOLDING = "554599-5457";
  static final String OTHER = "558161-2586";
  static final String FOURTH = "555931-3902";
  static final String FIFTH = "553447-8523";
  static final String MIKAEL = "801028-2393";
  static final String LARS = "910509-2382";

  private GraphFixtures() {}

  static PartyBuilder aVendor(String orgNo) {
    return new PartyBuilder(orgNo);
  }

  static OwnershipStake stake(String owner, String owned, String percent, String country) {
    return new OwnershipStake(
        null,
        owner,
        IdentityNumber.parse(owned).canonical(),
        new BigDecimal(percent),
        country,
        null,
        2);
  }

  static OwnershipStake stakeById(String ownerId, String owned, String percent, String country) {
    return new OwnershipStake(
        ownerId,
        null,
        IdentityNumber.parse(owned).canonical(),
        new BigDecimal(percent),
        country,
        null,
        2);
  }

  static final class PartyBuilder {
    private final String orgNo;
    private String procurementId = "KS-2026/317";
    private ProcurementType type = ProcurementType.LOU;
    private PartyRole role = PartyRole.VENDOR;
    private String parentKey;
    private final List<RegisteredRepresentative> representatives = new ArrayList<>();
    private BigDecimal contractValue;
    private BigDecimal share;

    private PartyBuilder(String orgNo) {
      this.orgNo = orgNo;
    }

    PartyBuilder in(String procurement, ProcurementType regime) {
      this.procurementId = procurement;
      this.type = regime;
      return this;
    }

    PartyBuilder subcontractorOf(String parentOrgNo) {
      this.role = PartyRole.SUBCONTRACTOR;
      this.parentKey = IdentityNumber.parse(parentOrgNo).canonical();
      return this;
    }

    /** The contract value the vendor list gives on the party's row, in kronor. */
    PartyBuilder valued(String sek) {
      this.contractValue = new BigDecimal(sek);
      return this;
    }

    /** A subcontractor's share of the contract value, in percent. */
    PartyBuilder share(String percent) {
      this.share = new BigDecimal(percent);
      return this;
    }

    PartyBuilder with(String personId, String name, RepresentativeRole personRole) {
      representatives.add(
          new RegisteredRepresentative(
              PersonalIdentityNumber.parse(personId), name, null, personRole));
      return this;
    }

    RegisteredParty build() {
      return new RegisteredParty(
          procurementId,
          type,
          "Test",
          IdentityNumber.parse(orgNo),
          "SE",
          null,
          "Party " + orgNo,
          role,
          parentKey,
          representatives,
          List.of(),
          contractValue,
          share);
    }
  }
}
