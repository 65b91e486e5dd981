package se.vendorscreening.graph;

import java.util.List;
import se.vendorscreening.intake.ContractRegister.FollowedParty;

/**
 * The parties the re-check follows while their contracts run: each party with an ACTIVE contract
 * and every subcontractor below one, through every tier (a subcontractor of a subcontractor of a
 * contracted vendor, and deeper), found in the register's subcontractor links (docs/scheduling.md,
 * "What the re-check follows").
 */
public interface SubcontractorTiers {

  /**
   * Every followed party once, with the tier at which the walk reached it (0: it holds an ACTIVE
   * contract; 3: the subcontractor of a subcontractor of a subcontractor of one). Links that run in
   * a circle are followed once around.
   */
  List<FollowedParty> partiesUnderActiveContracts();
}
