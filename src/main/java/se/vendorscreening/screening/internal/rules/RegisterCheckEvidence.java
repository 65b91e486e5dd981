package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.GroundAnswer;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.shared.ExclusionGround;

/**
 * Turns the coordinated register check's answers about a party and the persons of its circle into
 * evidence per exclusion ground (docs/register-check.md, docs/evidence.md): a YES about anyone is
 * the ground reported present; NO about the company and everyone asked is the ground absent for
 * them (a conviction ground is then satisfied only if everyone of the circle was asked); UNKNOWN
 * says nothing. A check that could not answer for someone is a failed check (CHECK_FAILED,
 * INCOMPLETE). Subjects without a Swedish number are not asked; answers dated after the evaluation
 * date did not exist then.
 */
final class RegisterCheckEvidence {

  /** Who runs the check, as the evidence names its issuer. */
  static final String AGENCY = "Bolagsverket";

  /** How long an answer counts when the agency does not say (as a sworn statement does). */
  static final Period DEFAULT_VALIDITY = Period.ofMonths(12);

  private RegisterCheckEvidence() {}

  /** The evidence with the register check's answers about the party's subjects added. */
  static PartyEvidence ask(
      RegisterCheck check, List<CheckedSubject> subjects, LocalDate asOf, PartyEvidence evidence) {
    Map<CheckedSubject, List<RegisterCheckAnswer>> answers = new LinkedHashMap<>();
    List<FailedCheck> failures = new ArrayList<>();
    for (CheckedSubject subject : subjects) {
      if (subject.subject().identityNumber() == null) {
        continue;
      }
      try {
        answers.put(
            subject,
            check.answersAbout(subject.subject()).records().stream()
                .filter(answer -> !answer.checkedDate().isAfter(asOf))
                .toList());
      } catch (RegistryCheckFailedException e) {
        failures.add(new FailedCheck(RegistryChecks.REGISTER_CHECK, reasonOf(e), subject));
      } catch (RuntimeException e) {
        failures.add(new FailedCheck(RegistryChecks.REGISTER_CHECK, reasonOf(e), subject));
      }
    }
    return evidence.with(of(answers), failures);
  }

  /** One piece of evidence per ground reported present by someone, or absent for all asked. */
  static List<GroundEvidence> of(Map<CheckedSubject, List<RegisterCheckAnswer>> answers) {
    Map<ExclusionGround, List<Map.Entry<CheckedSubject, RegisterCheckAnswer>>> byGround =
        new EnumMap<>(ExclusionGround.class);
    answers.forEach(
        (subject, list) -> {
          for (RegisterCheckAnswer answer : list) {
            Optional<ExclusionGround> ground = ExclusionGround.ofCode(answer.ground());
            ground.ifPresent(
                g ->
                    byGround
                        .computeIfAbsent(g, k -> new ArrayList<>())
                        .add(Map.entry(subject, answer)));
          }
        });
    List<GroundEvidence> evidence = new ArrayList<>();
    byGround.forEach(
        (ground, list) -> {
          for (Map.Entry<CheckedSubject, RegisterCheckAnswer> item : list) {
            if (item.getValue().outcome() == RegisterCheckOutcome.YES) {
              evidence.add(
                  new GroundEvidence(
                      ground,
                      GroundAnswer.PRESENT,
                      basisOf(item.getValue()),
                      validUntil(item.getValue()),
                      List.of(item.getKey().subject().name())));
            }
          }
          absent(ground, list).ifPresent(evidence::add);
        });
    return evidence;
  }

  /**
   * The ground absent for the company and everyone asked, when the company and all of them answered
   * NO; it counts until the earliest of their answers' last days.
   */
  private static Optional<GroundEvidence> absent(
      ExclusionGround ground, List<Map.Entry<CheckedSubject, RegisterCheckAnswer>> answers) {
    RegisterCheckAnswer company = null;
    List<String> persons = new ArrayList<>();
    LocalDate until = null;
    for (Map.Entry<CheckedSubject, RegisterCheckAnswer> item : answers) {
      if (item.getValue().outcome() != RegisterCheckOutcome.NO) {
        return Optional.empty();
      }
      if (item.getKey().isParty()) {
        company = item.getValue();
      }
      persons.add(item.getKey().subject().name());
      LocalDate last = validUntil(item.getValue());
      until = until == null || last.isBefore(until) ? last : until;
    }
    if (company == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GroundEvidence(ground, GroundAnswer.ABSENT, basisOf(company), until, persons));
  }

  private static EvidenceBasis basisOf(RegisterCheckAnswer answer) {
    return EvidenceBasis.registerCheck(answer.reference(), AGENCY, answer.checkedDate());
  }

  private static LocalDate validUntil(RegisterCheckAnswer answer) {
    return answer.validUntil() != null
        ? answer.validUntil()
        : answer.checkedDate().plus(DEFAULT_VALIDITY);
  }

  private static String reasonOf(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
