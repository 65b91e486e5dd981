package se.vendorscreening.screening.internal.rules;

/**
 * A registry check that could not be done for a subject; it makes the party INCOMPLETE.
 *
 * @param check the check, e.g. {@code CONVICTIONS}
 * @param reason why, as the registry adapter said
 * @param subject whom the check was about
 */
public record FailedCheck(String check, String reason, CheckedSubject subject) {}
