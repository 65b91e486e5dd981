package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.screening.PartyResult;

/**
 * A party's result as the screening step writes it, with the register key of its vendor (reports
 * show the parent masked, but subcontractor flags need the key).
 *
 * @param result the result
 * @param parentKey the vendor's register key for a subcontractor, else null
 */
public record ScreenedParty(PartyResult result, String parentKey) {}
