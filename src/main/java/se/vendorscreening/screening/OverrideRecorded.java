package se.vendorscreening.screening;

/**
 * An officer recorded an override; the audit trail records who, why and what it changes.
 *
 * @param partyKey the party's key (a personal number only in the database, never in a report)
 * @param orgNo as reports show it
 * @param override the override
 */
public record OverrideRecorded(String partyKey, String orgNo, AppliedOverride override) {}
