package se.vendorscreening.screening.internal.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.graph.SubcontractorTiers;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ContractRegister.FollowedParty;

/**
 * The re-check's first step: records which parties it follows, every party with an ACTIVE contract
 * and every subcontractor below one at any tier ({@link SubcontractorTiers}), so that the parties
 * step reads a third-tier subcontractor too and the subcontractor step can flag the contract's
 * vendor for it.
 */
final class FollowSubcontractorTiersTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(FollowSubcontractorTiersTasklet.class);

  private final SubcontractorTiers tiers;
  private final ContractRegister register;

  FollowSubcontractorTiersTasklet(SubcontractorTiers tiers, ContractRegister register) {
    this.tiers = tiers;
    this.register = register;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    List<FollowedParty> followed = tiers.partiesUnderActiveContracts();
    register.replaceFollowedParties(followed);
    int deepest = followed.stream().mapToInt(FollowedParty::tier).max().orElse(0);
    long subcontractors = followed.stream().filter(party -> party.tier() > 0).count();
    log.info(
        "re-check follows {} parties: {} with an ACTIVE contract, {} subcontractors down to tier {}",
        followed.size(),
        followed.size() - subcontractors,
        subcontractors,
        deepest);
    contribution.incrementWriteCount(followed.size());
    return RepeatStatus.FINISHED;
  }
}
