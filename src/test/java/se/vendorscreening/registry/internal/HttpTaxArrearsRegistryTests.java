package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.shared.IdentityNumber;

class HttpTaxArrearsRegistryTests extends HttpRegistryBehaviour {

  static final Subject FLEMINGSBERG =
      new Subject(
          SubjectKind.COMPANY,
          IdentityNumber.parse("558161-2586"),
          "Flemingsbergs Städservice AB",
          null,
          "SE");

  @Override
  String path() {
    return "/api/tax-arrears/5581612586";
  }

  @Override
  String recordBody() {
    return """
        {"subjectId": "5581612586", "debts": [{"debtType": "TAX", "amountSek": 184000,
         "registeredDate": "2026-05-12", "finalDecision": true, "reference": "KFM-A-2026-041277"}]}
        """;
  }

  @Override
  String bodyMissingARequiredField() {
    return """
        {"subjectId": "5581612586", "debts": [{"debtType": "TAX", "finalDecision": true}]}
        """;
  }

  @Override
  RegistryAnswer<TaxDebt> ask(RegistryHttpClient client) {
    return new HttpTaxArrearsRegistry(client).debtsOf(FLEMINGSBERG);
  }

  @Override
  String check() {
    return RegistryChecks.TAX_ARREARS;
  }

  @Test
  void readsEveryFieldOfADebt() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));

    // when
    RegistryAnswer<TaxDebt> answer = ask(stub.client());

    // then
    assertThat(answer.records())
        .containsExactly(
            new TaxDebt(
                FLEMINGSBERG.identityNumber(),
                "Flemingsbergs Städservice AB",
                DebtType.TAX,
                new BigDecimal("184000"),
                LocalDate.of(2026, 5, 12),
                true,
                "KFM-A-2026-041277"));
    assertThat(answer.evidence().source()).endsWith("/api/tax-arrears/5581612586");
  }

  @Test
  void failsTheCheckOnAnUnknownDebtType() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(
                okJson(
                    """
                    {"subjectId": "5581612586", "debts": [{"debtType": "PARKING",
                     "amountSek": 500, "finalDecision": true}]}
                    """)));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("malformed answer");
  }

  @Test
  void failsTheCheckOnAnAnswerAboutAnotherSubject() {
    // given
    stub.server.stubFor(
        get(path()).willReturn(okJson("{\"subjectId\": \"5552429028\", \"debts\": []}")));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("another subject");
  }
}
