package se.vendorscreening.screening;

import java.util.List;

/**
 * Someone saw full identity numbers of a run's parties ({@code show --unmask}); the audit trail
 * records who, when and which parties.
 *
 * @param runId the run shown
 * @param actor who asked
 * @param partyKeys the parties whose numbers were shown
 */
public record ResultsUnmasked(String runId, String actor, List<String> partyKeys) {}
