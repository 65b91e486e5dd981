package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

class HttpFinancialStandingRegistryTests extends HttpRegistryBehaviour {

  static final Subject SEGELTORP =
      new Subject(
          SubjectKind.COMPANY,
          IdentityNumber.parse("557346-0838"),
          "Segeltorps Transport AB",
          null,
          "SE");

  @Override
  String path() {
    return "/api/financial-standing/5573460838";
  }

  @Override
  String recordBody() {
    return """
        {"orgNo": "5573460838", "status": "LIQUIDATION", "fTax": true, "vatRegistered": true,
         "employerRegistered": false, "riskClass": 2, "revenueSek": 50000000,
         "equitySek": 8000000, "ratingDate": "2026-10-01"}
        """;
  }

  @Override
  String bodyMissingARequiredField() {
    return """
        {"orgNo": "5573460838", "status": "ACTIVE", "fTax": true, "vatRegistered": true,
         "employerRegistered": true}
        """;
  }

  @Override
  RegistryAnswer<FinancialStanding> ask(RegistryHttpClient client) {
    return new HttpFinancialStandingRegistry(client).standingOf(SEGELTORP);
  }

  @Override
  String check() {
    return RegistryChecks.FINANCIAL_STANDING;
  }

  @Test
  void readsEveryFieldOfTheStanding() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));

    // when
    RegistryAnswer<FinancialStanding> answer = ask(stub.client());

    // then
    assertThat(answer.records())
        .containsExactly(
            new FinancialStanding(
                SEGELTORP.identityNumber(),
                CompanyStatus.LIQUIDATION,
                true,
                true,
                false,
                2,
                new BigDecimal("50000000"),
                new BigDecimal("8000000"),
                LocalDate.of(2026, 10, 1)));
  }

  @Test
  void failsTheCheckOnARiskClassOutsideTheScale() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(okJson(recordBody().replace("\"riskClass\": 2", "\"riskClass\": 7"))));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("riskClass 7");
  }

  @Test
  void doesNotAskAboutACompanyWithoutASwedishNumber() {
    // given
    Subject foreign =
        new Subject(SubjectKind.COMPANY, null, "Baltic Facade Systems GmbH", null, "DE");

    // when
    RegistryAnswer<FinancialStanding> answer =
        new HttpFinancialStandingRegistry(stub.client()).standingOf(foreign);

    // then
    assertThat(answer.records()).isEmpty();
    assertThat(answer.evidence().source()).contains("not asked");
    assertThat(stub.server.getAllServeEvents()).isEmpty();
  }
}
