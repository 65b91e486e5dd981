package se.vendorscreening.screening;

import se.vendorscreening.shared.Decision;

/**
 * A party's decision compared with its previous one, from a re-check.
 *
 * @param result the party's result now
 * @param previousDecision the decision of its previous check, or null when there was none
 * @param change the class of change
 */
public record PartyChange(PartyResult result, Decision previousDecision, ChangeClass change) {}
