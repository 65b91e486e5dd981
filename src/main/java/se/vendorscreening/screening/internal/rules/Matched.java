package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.registry.Evidence;
import se.vendorscreening.screening.internal.matching.SubjectMatch;

/**
 * A registry record the matcher tied to a checked subject.
 *
 * @param subject whom it is about
 * @param record the record
 * @param match how it was matched
 * @param evidence where the answer came from
 * @param <T> the record type
 */
record Matched<T>(CheckedSubject subject, T record, SubjectMatch match, Evidence evidence) {

  String source() {
    return evidence == null ? null : evidence.source();
  }
}
