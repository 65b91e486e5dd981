package se.vendorscreening.screening;

/**
 * A second officer rejected a proposed override; the audit trail records who and why.
 *
 * @param proposal the proposal as rejected
 */
public record OverrideRejected(OverrideProposal proposal) {}
