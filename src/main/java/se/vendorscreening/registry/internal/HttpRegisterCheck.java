package se.vendorscreening.registry.internal;

import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;

/**
 * The register check over HTTP, thin on purpose while its protocol is provisional: {@code GET
 * {base-url}/register-check/{id}} through the registries' own client (retries, 429, the bound on
 * requests in flight, stored evidence); 404 is an empty answer (docs/register-check.md).
 */
final class HttpRegisterCheck implements RegisterCheck {

  private static final String CHECK = RegistryChecks.REGISTER_CHECK;
  static final String RESOURCE = "register-check";

  private final RunAnswers answers;

  HttpRegisterCheck(RegistryHttpClient client) {
    this.answers = client.newRunAnswers();
  }

  @Override
  public RegistryAnswer<RegisterCheckAnswer> answersAbout(Subject subject) {
    return answers.aboutNumber(
        CHECK,
        RESOURCE,
        subject,
        Body.class,
        Body::subjectId,
        (answer, body) ->
            RegistryJson.required(CHECK, answer, body.grounds(), "grounds").stream()
                .map(g -> g.toAnswer(answer, body, subject))
                .toList());
  }

  record Body(
      String subjectId,
      String subjectName,
      String reference,
      LocalDate checkedDate,
      LocalDate validUntil,
      List<Ground> grounds) {}

  record Ground(
      String ground,
      RegisterCheckOutcome answer,
      String reference,
      LocalDate checkedDate,
      LocalDate validUntil) {

    RegisterCheckAnswer toAnswer(RawAnswer raw, Body body, Subject subject) {
      String code =
          RegisterCheckGrounds.normalised(RegistryJson.required(CHECK, raw, ground, "ground"));
      if (code == null) {
        throw RegistryJson.malformed(
            CHECK, raw, "ground " + ground + " is not an exclusion ground");
      }
      LocalDate checked =
          RegistryJson.required(
              CHECK, raw, checkedDate != null ? checkedDate : body.checkedDate(), "checkedDate");
      LocalDate until = validUntil != null ? validUntil : body.validUntil();
      if (until != null && until.isBefore(checked)) {
        throw RegistryJson.malformed(CHECK, raw, "validUntil " + until + " before " + checked);
      }
      return new RegisterCheckAnswer(
          subject.identityNumber(),
          body.subjectName() != null ? body.subjectName() : subject.name(),
          code,
          RegistryJson.required(CHECK, raw, answer, "answer"),
          RegistryJson.required(
              CHECK, raw, reference != null ? reference : body.reference(), "reference"),
          checked,
          until);
    }
  }
}
