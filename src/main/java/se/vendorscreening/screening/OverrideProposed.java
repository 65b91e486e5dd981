package se.vendorscreening.screening;

/**
 * An officer proposed an override that waits for a second officer's approval; the audit trail
 * records who proposed what.
 *
 * @param proposal the proposal as stored
 */
public record OverrideProposed(OverrideProposal proposal) {}
