package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.internal.matching.SubjectMatch;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;

/**
 * Asks the registries about a party and the persons of docs/person-circle.md and keeps the records
 * that really match: tax and financial standing for the party (a company or sole trader),
 * convictions and network assessments for the party and every representative. A check that fails is
 * recorded, never treated as "nothing found". Records dated after the evaluation date did not exist
 * then.
 */
public final class EvidenceCollector {

  private final Registries registries;
  private final SubjectMatcher matcher;
  private final LocalDate asOf;

  public EvidenceCollector(Registries registries, SubjectMatcher matcher, LocalDate asOf) {
    this.registries = registries;
    this.matcher = matcher;
    this.asOf = asOf;
  }

  public PartyEvidence collect(RegisteredParty party) {
    List<CheckedSubject> subjects = subjectsOf(party);
    CheckedSubject partySubject = subjects.get(0);
    List<FailedCheck> failures = new ArrayList<>();
    List<Matched<ConvictionRecord>> convictions = new ArrayList<>();
    List<Matched<NetworkAssessment>> assessments = new ArrayList<>();
    for (CheckedSubject subject : subjects) {
      ask(
              RegistryChecks.CONVICTIONS,
              subject,
              failures,
              s -> registries.convictions().convictionsOf(s))
          .ifPresent(
              answer ->
                  answer.records().stream()
                      .filter(r -> ConvictionTiming.existsOn(r, asOf))
                      .forEach(
                          r ->
                              matcher
                                  .match(
                                      subject.subject(),
                                      r.subjectId(),
                                      r.subjectName(),
                                      r.birthDate())
                                  .ifPresent(
                                      m ->
                                          convictions.add(
                                              new Matched<>(subject, r, m, answer.evidence())))));
      ask(
              RegistryChecks.NETWORK_ASSESSMENTS,
              subject,
              failures,
              s -> registries.networkAssessments().assessmentsOf(s))
          .ifPresent(
              answer ->
                  answer.records().stream()
                      .filter(r -> r.assessedDate() == null || !r.assessedDate().isAfter(asOf))
                      .forEach(
                          r ->
                              matcher
                                  .match(subject.subject(), r.subjectId(), r.subjectName(), null)
                                  .ifPresent(
                                      m ->
                                          assessments.add(
                                              new Matched<>(subject, r, m, answer.evidence())))));
    }
    List<Matched<TaxDebt>> debts = new ArrayList<>();
    ask(RegistryChecks.TAX_ARREARS, partySubject, failures, s -> registries.taxArrears().debtsOf(s))
        .ifPresent(
            answer ->
                answer.records().stream()
                    .filter(r -> r.registeredDate() == null || !r.registeredDate().isAfter(asOf))
                    .forEach(
                        r ->
                            matcher
                                .match(partySubject.subject(), r.subjectId(), r.subjectName(), null)
                                .ifPresent(
                                    m ->
                                        debts.add(
                                            new Matched<>(
                                                partySubject, r, m, answer.evidence())))));
    List<Matched<FinancialStanding>> standings = new ArrayList<>();
    Optional<RegistryAnswer<FinancialStanding>> financial =
        ask(
            RegistryChecks.FINANCIAL_STANDING,
            partySubject,
            failures,
            s -> registries.financialStanding().standingOf(s));
    financial.ifPresent(
        answer ->
            answer.records().stream()
                .filter(r -> r.ratingDate() == null || !r.ratingDate().isAfter(asOf))
                .filter(r -> sameNumber(partySubject.subject(), r))
                .forEach(
                    r ->
                        standings.add(
                            new Matched<>(
                                partySubject,
                                r,
                                new SubjectMatch(
                                    se.vendorscreening.screening.MatchType.IDENTITY_NUMBER, 1.0),
                                answer.evidence()))));
    Evidence financialEvidence = financial.map(RegistryAnswer::evidence).orElse(null);
    PartyEvidence collected =
        new PartyEvidence(
            party,
            partySubject,
            convictions,
            debts,
            standings,
            financialEvidence,
            assessments,
            failures);
    return registries
        .registerCheckIfOn()
        .map(check -> RegisterCheckEvidence.ask(check, subjects, asOf, collected))
        .orElse(collected);
  }

  private static boolean sameNumber(Subject subject, FinancialStanding record) {
    return subject.identityNumber() != null
        && record.orgNo() != null
        && subject.identityNumber().canonical().equals(record.orgNo().canonical());
  }

  private static <T> Optional<RegistryAnswer<T>> ask(
      String check,
      CheckedSubject subject,
      List<FailedCheck> failures,
      Function<Subject, RegistryAnswer<T>> question) {
    try {
      return Optional.of(question.apply(subject.subject()));
    } catch (RegistryCheckFailedException e) {
      failures.add(new FailedCheck(e.check() == null ? check : e.check(), reasonOf(e), subject));
    } catch (RuntimeException e) {
      failures.add(new FailedCheck(check, reasonOf(e), subject));
    }
    return Optional.empty();
  }

  private static String reasonOf(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The party first, then its representatives in register order. */
  static List<CheckedSubject> subjectsOf(RegisteredParty party) {
    List<CheckedSubject> subjects = new ArrayList<>();
    Subject partySubject =
        new Subject(
            SubjectKind.COMPANY, party.identityNumber(), party.name(), null, party.country());
    subjects.add(new CheckedSubject(0, partySubject, party.role().name(), party.displayedOrgNo()));
    int ordinal = 1;
    for (RegisteredRepresentative representative : party.representatives()) {
      Subject person =
          new Subject(
              SubjectKind.PERSON,
              representative.personId(),
              representative.name(),
              representative.birthDate(),
              representative.personId() != null ? "SE" : party.country(),
              representative.birthMonth());
      subjects.add(
          new CheckedSubject(
              ordinal++,
              person,
              representative.role().name(),
              representative.personId() == null ? null : representative.personId().masked()));
    }
    return subjects;
  }
}
