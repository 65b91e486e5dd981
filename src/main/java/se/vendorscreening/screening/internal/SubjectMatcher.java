package se.vendorscreening.screening.internal;

import java.time.LocalDate;
import java.util.Optional;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Decides whether a registry record is about a checked subject (SPEC section 7). Identity numbers
 * decide when both sides carry one: equal numbers match, different numbers never do, whatever the
 * names. Without a number on the record, a person matches on an equal birth date and a similar name
 * (strong), and anyone on a similar name alone (weak). Registries only hand over candidates that
 * share a blocking key, so this is never called for every record.
 */
final class SubjectMatcher {

  private final NameSimilarity similarity;
  private final double threshold;

  SubjectMatcher(double threshold, double diacriticsPenalty) {
    this.similarity = new NameSimilarity(diacriticsPenalty);
    this.threshold = threshold;
  }

  /** The match between the subject and a record, or empty when the record is someone else's. */
  Optional<SubjectMatch> match(
      Subject subject, IdentityNumber recordId, String recordName, LocalDate recordBirthDate) {
    IdentityNumber subjectId = subject.identityNumber();
    if (recordId != null) {
      if (subjectId != null) {
        return recordId.canonical().equals(subjectId.canonical())
            ? Optional.of(new SubjectMatch(MatchType.IDENTITY_NUMBER, 1.0))
            : Optional.empty();
      }
      return byName(subject, recordName, birthDateOf(recordId, recordBirthDate));
    }
    return byName(subject, recordName, recordBirthDate);
  }

  private Optional<SubjectMatch> byName(Subject subject, String recordName, LocalDate recordBirth) {
    double score = recordName == null ? 0 : similarity.score(subject.name(), recordName);
    if (score < threshold) {
      return Optional.empty();
    }
    LocalDate subjectBirth = birthDateOf(subject.identityNumber(), subject.birthDate());
    if (subjectBirth != null && recordBirth != null) {
      return subjectBirth.equals(recordBirth)
          ? Optional.of(new SubjectMatch(MatchType.NAME_AND_BIRTH_DATE, score))
          : Optional.empty();
    }
    return Optional.of(new SubjectMatch(MatchType.NAME_ONLY, score));
  }

  private static LocalDate birthDateOf(IdentityNumber number, LocalDate given) {
    if (given != null) {
      return given;
    }
    if (number instanceof se.vendorscreening.shared.PersonalIdentityNumber person) {
      return person.birthDate().orElse(null);
    }
    return null;
  }
}
