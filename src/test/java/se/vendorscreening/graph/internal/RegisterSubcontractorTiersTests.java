package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.ContractRegister.FollowedParty;
import se.vendorscreening.intake.ContractRegister.SubcontractorLink;

/**
 * The parties a re-check follows: every tier below a party with an ACTIVE contract, in its own
 * procurement only; links in a circle end.
 */
class RegisterSubcontractorTiersTests {

  private static final String P = "KS-2026/317";

  private static SubcontractorLink link(String sub, String above) {
    return new SubcontractorLink(P, sub, above);
  }

  private static FollowedParty contracted(String key) {
    return new FollowedParty(P, key, 0);
  }

  @Test
  void everyTierBelowAContractedVendorIsFollowedWithItsTier() {
    // listed bottom-up and with a branch that hangs under a vendor without an active contract
    List<FollowedParty> followed =
        RegisterSubcontractorTiers.followed(
            List.of(contracted("V")),
            List.of(
                link("S4", "S3"),
                link("S3", "S2"),
                link("S2", "S1"),
                link("S1", "V"),
                link("B1", "V"),
                link("X1", "W"),
                link("X2", "X1")));

    assertThat(followed)
        .containsExactlyInAnyOrder(
            new FollowedParty(P, "V", 0),
            new FollowedParty(P, "S1", 1),
            new FollowedParty(P, "B1", 1),
            new FollowedParty(P, "S2", 2),
            new FollowedParty(P, "S3", 3),
            new FollowedParty(P, "S4", 4));
  }

  @Test
  void aThirdTierSubcontractorReachedThroughTwoContractedPartiesGetsItsSmallestTier() {
    // V holds a contract, and so does W, its subcontractor's subcontractor: T3 is the third tier
    // below W and the fifth below V; V is walked first
    List<FollowedParty> followed =
        RegisterSubcontractorTiers.followed(
            List.of(contracted("V"), contracted("W")),
            List.of(
                link("S1", "V"),
                link("W", "S1"),
                link("T1", "W"),
                link("T2", "T1"),
                link("T3", "T2")));

    assertThat(followed)
        .containsExactlyInAnyOrder(
            new FollowedParty(P, "V", 0),
            new FollowedParty(P, "W", 0),
            new FollowedParty(P, "S1", 1),
            new FollowedParty(P, "T1", 1),
            new FollowedParty(P, "T2", 2),
            new FollowedParty(P, "T3", 3));
  }

  @Test
  void aSubcontractorOfTheSameCompanyInAnotherProcurementIsNotFollowed() {
    List<FollowedParty> followed =
        RegisterSubcontractorTiers.followed(
            List.of(contracted("V")),
            List.of(link("S1", "V"), new SubcontractorLink("SOC-2025/044", "S2", "S1")));

    assertThat(followed).extracting(FollowedParty::partyKey).containsExactlyInAnyOrder("V", "S1");
  }

  @Test
  void linksInACircleAreFollowedOnceAndEnd() {
    // S1 under V, S2 under S1, and S1 again under S2 (the import rejects this; a register may not)
    List<FollowedParty> followed =
        RegisterSubcontractorTiers.followed(
            List.of(contracted("V")),
            List.of(link("S1", "V"), link("S2", "S1"), link("S1", "S2"), link("S3", "S3")));

    assertThat(followed)
        .containsExactlyInAnyOrder(
            new FollowedParty(P, "V", 0),
            new FollowedParty(P, "S1", 1),
            new FollowedParty(P, "S2", 2));
  }

  @Test
  void aContractedSubcontractorStaysAtTierZeroAndNothingIsFollowedWithoutAContract() {
    assertThat(
            RegisterSubcontractorTiers.followed(
                List.of(contracted("V"), contracted("S2")),
                List.of(link("S1", "V"), link("S2", "S1"))))
        .contains(new FollowedParty(P, "S2", 0))
        .hasSize(3);
    assertThat(RegisterSubcontractorTiers.followed(List.of(), List.of(link("S1", "V")))).isEmpty();
  }
}
