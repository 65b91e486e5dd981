package se.vendorscreening.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.FinancialStandingRegistry;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;

/**
 * A credit agency over HTTP: {@code GET {base-url}/financial-standing/{orgNo}}; 404 is an empty
 * answer, which means no data (docs/registries.md).
 */
final class HttpFinancialStandingRegistry implements FinancialStandingRegistry {

  private static final String CHECK = RegistryChecks.FINANCIAL_STANDING;
  private static final String RESOURCE = "financial-standing";

  private final RunAnswers answers;

  HttpFinancialStandingRegistry(RegistryHttpClient client) {
    this.answers = client.newRunAnswers();
  }

  @Override
  public RegistryAnswer<FinancialStanding> standingOf(Subject subject) {
    return answers.aboutNumber(
        CHECK,
        RESOURCE,
        subject,
        Body.class,
        Body::orgNo,
        (answer, body) -> standing(answer, body, subject));
  }

  private static List<FinancialStanding> standing(RawAnswer answer, Body body, Subject subject) {
    int riskClass = RegistryJson.required(CHECK, answer, body.riskClass(), "riskClass");
    if (riskClass < 1 || riskClass > 5) {
      throw RegistryJson.malformed(CHECK, answer, "riskClass " + riskClass + " is outside 1–5");
    }
    return List.of(
        new FinancialStanding(
            subject.identityNumber(),
            RegistryJson.required(CHECK, answer, body.status(), "status"),
            RegistryJson.required(CHECK, answer, body.fTax(), "fTax"),
            RegistryJson.required(CHECK, answer, body.vatRegistered(), "vatRegistered"),
            RegistryJson.required(CHECK, answer, body.employerRegistered(), "employerRegistered"),
            riskClass,
            body.revenueSek(),
            body.equitySek(),
            body.ratingDate()));
  }

  record Body(
      String orgNo,
      CompanyStatus status,
      Boolean fTax,
      Boolean vatRegistered,
      Boolean employerRegistered,
      Integer riskClass,
      BigDecimal revenueSek,
      BigDecimal equitySek,
      LocalDate ratingDate) {}
}
