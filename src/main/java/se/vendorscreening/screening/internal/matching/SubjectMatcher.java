package se.vendorscreening.screening.internal.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.internal.matching.MatchFeature.Outcome;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * Decides whether a registry record is about a checked subject, weighing the evidence
 * (docs/matching.md). Identity numbers decide when both sides carry one: equal numbers match,
 * different numbers never do, whatever the names. Otherwise the birth date weighs most: a different
 * one rules the record out; an equal one lowers what the names must prove — a name agreeing in
 * every word (one typo a word allowed) is a strong match, one agreeing in part (a word missing or
 * changed, an initial) is a weak one; equal year and month only (also for a person known only by
 * year and month of birth) is weak at best. Without a birth date on both sides only a name at or
 * above the name-only threshold matches, weakly. A record with a Swedish number about a subject
 * from another country is weak at best. Registries only hand over candidates that share a blocking
 * key, so this is never called for every record.
 */
public final class SubjectMatcher {

  private final NameComparer names;
  private final double nameOnlyThreshold;
  private final double strongThreshold;
  private final double reviewThreshold;

  /**
   * @param nameOnlyThreshold the name score a match on the name alone needs
   * @param strongThreshold the name score (and word agreement) a strong match with an equal birth
   *     date needs
   * @param reviewThreshold the name score a weak match with an equal birth date needs
   * @param variantPenalty how much less the same word in another spelling scores
   */
  SubjectMatcher(
      double nameOnlyThreshold,
      double strongThreshold,
      double reviewThreshold,
      double variantPenalty) {
    this.names = new NameComparer(strongThreshold, variantPenalty);
    this.nameOnlyThreshold = nameOnlyThreshold;
    this.strongThreshold = strongThreshold;
    this.reviewThreshold = reviewThreshold;
  }

  /** The matcher with the rules file's thresholds. */
  public static SubjectMatcher of(MatchingSettings settings) {
    return new SubjectMatcher(
        settings.threshold(),
        settings.strongThreshold(),
        settings.reviewThreshold(),
        settings.diacriticsPenalty());
  }

  /** The match between the subject and a record, or empty when the record is someone else's. */
  public Optional<SubjectMatch> match(
      Subject subject, IdentityNumber recordId, String recordName, LocalDate recordBirthDate) {
    IdentityNumber subjectId = subject.identityNumber();
    if (recordId != null && subjectId != null) {
      if (!recordId.canonical().equals(subjectId.canonical())) {
        return Optional.empty();
      }
      NameComparison name = names.compare(subject.name(), recordName);
      return Optional.of(
          new SubjectMatch(
              MatchType.IDENTITY_NUMBER,
              1.0,
              List.of(
                  MatchFeature.of(MatchFeature.IDENTITY_NUMBER, Outcome.AGREES, ""),
                  nameFeature(name, name.full() ? Outcome.AGREES : outcomeOf(name)))));
    }
    LocalDate subjectBirth = birthDateOf(subjectId, subject.birthDate());
    LocalDate recordBirth = birthDateOf(recordId, recordBirthDate);
    YearMonth subjectMonth = subjectBirth == null ? subject.birthMonth() : null;
    Outcome birth =
        subjectMonth != null
            ? compare(subjectMonth, recordBirth)
            : compare(subjectBirth, recordBirth);
    if (birth == Outcome.DIFFERS) {
      return Optional.empty();
    }
    NameComparison name = names.compare(subject.name(), recordName);
    boolean person = subject.kind() == SubjectKind.PERSON;
    boolean fullName = name.full() && (!person || name.agreeingWords() >= 2);
    Outcome country = countryOf(subject, recordId);
    MatchType type;
    if (birth == Outcome.UNKNOWN) {
      type = fullName && name.score() >= nameOnlyThreshold ? MatchType.NAME_ONLY : null;
    } else if (birth == Outcome.AGREES
        && fullName
        && name.score() >= strongThreshold
        && country != Outcome.DIFFERS) {
      type = MatchType.NAME_AND_BIRTH_DATE;
    } else if (birth == Outcome.AGREES) {
      type =
          name.agreeingWords() > 0 && name.score() >= reviewThreshold
              ? MatchType.WEAK_NAME_AND_BIRTH_DATE
              : null;
    } else {
      type =
          fullName && name.score() >= strongThreshold ? MatchType.WEAK_NAME_AND_BIRTH_DATE : null;
    }
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SubjectMatch(
            type,
            name.score(),
            List.of(
                nameFeature(name, fullName ? Outcome.AGREES : outcomeOf(name)),
                MatchFeature.of(
                    MatchFeature.BIRTH_DATE,
                    birth,
                    describe(subjectMonth != null ? subjectMonth : subjectBirth, recordBirth)),
                MatchFeature.of(MatchFeature.IDENTITY_NUMBER, Outcome.UNKNOWN, ""),
                MatchFeature.of(MatchFeature.COUNTRY, country, ""))));
  }

  private static MatchFeature nameFeature(NameComparison name, Outcome outcome) {
    return new MatchFeature(MatchFeature.NAME, outcome, name.score(), name, "");
  }

  private static Outcome outcomeOf(NameComparison name) {
    return name.agreeingWords() > 0 ? Outcome.PARTLY : Outcome.DIFFERS;
  }

  private static Outcome compare(LocalDate subject, LocalDate record) {
    if (subject == null || record == null) {
      return Outcome.UNKNOWN;
    }
    if (subject.equals(record)) {
      return Outcome.AGREES;
    }
    return subject.getYear() == record.getYear() && subject.getMonth() == record.getMonth()
        ? Outcome.PARTLY
        : Outcome.DIFFERS;
  }

  /**
   * A subject known only by year and month of birth (a beneficial owner): the same year and month
   * agrees in part, which is weak at best; another year or month rules the record out.
   */
  private static Outcome compare(YearMonth subject, LocalDate record) {
    if (record == null) {
      return Outcome.UNKNOWN;
    }
    return subject.equals(YearMonth.from(record)) ? Outcome.PARTLY : Outcome.DIFFERS;
  }

  private static String describe(Object subject, LocalDate record) {
    if (subject == null && record == null) {
      return "";
    }
    return (subject == null ? "–" : subject.toString())
        + " / "
        + (record == null ? "–" : record.toString());
  }

  /**
   * A record with a Swedish number is about someone registered in Sweden: a subject of another
   * country contradicts it. Records without a number say nothing about the country.
   */
  private static Outcome countryOf(Subject subject, IdentityNumber recordId) {
    if (recordId == null) {
      return Outcome.UNKNOWN;
    }
    return "SE".equals(subject.country()) ? Outcome.AGREES : Outcome.DIFFERS;
  }

  private static LocalDate birthDateOf(IdentityNumber number, LocalDate given) {
    if (given != null) {
      return given;
    }
    if (number instanceof PersonalIdentityNumber person) {
      return person.birthDate().orElse(null);
    }
    return null;
  }
}
