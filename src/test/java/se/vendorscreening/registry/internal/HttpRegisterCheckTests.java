package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

/**
 * The register check over HTTP against a WireMock stub: the fault matrix every HTTP registry passes
 * ({@link HttpRegistryBehaviour}: 404, 5xx retried then failed, 429 with Retry-After, timeouts, a
 * reset connection, a body that is not JSON, the bound in flight, evidence kept), and the
 * provisional protocol's yes, no and unknown per ground (docs/register-check.md).
 */
class HttpRegisterCheckTests extends HttpRegistryBehaviour {

  static final Subject SEGELTORP =
      new Subject(
          SubjectKind.COMPANY,
          IdentityNumber.parse("557346-0838"),
          "Segeltorps Transport AB",
          null,
          "SE");

  static final Subject PER_OLSSON =
      new Subject(
          SubjectKind.PERSON, IdentityNumber.parse("871004-2394"), "Per Olsson", null, "SE");

  @Override
  String path() {
    return "/api/register-check/5573460838";
  }

  @Override
  String recordBody() {
    return """
        {"subjectId": "5573460838", "reference": "BV-RK-2026-000123",
         "checkedDate": "2026-11-20",
         "grounds": [{"ground": "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION", "answer": "NO"}]}
        """;
  }

  @Override
  String bodyMissingARequiredField() {
    return """
        {"subjectId": "5573460838", "reference": "BV-RK-2026-000123",
         "checkedDate": "2026-11-20"}
        """;
  }

  @Override
  RegistryAnswer<RegisterCheckAnswer> ask(RegistryHttpClient client) {
    return new HttpRegisterCheck(client).answersAbout(SEGELTORP);
  }

  @Override
  String check() {
    return RegistryChecks.REGISTER_CHECK;
  }

  @Test
  void readsYesNoAndUnknownPerGroundWithTheirReferencesAndDates() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(
                okJson(
                    """
                    {"subjectId": "5573460838", "subjectName": "Segeltorps Transport AB",
                     "reference": "BV-RK-2026-000123", "checkedDate": "2026-11-20",
                     "validUntil": "2027-02-20",
                     "grounds": [
                       {"ground": "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION", "answer": "NO"},
                       {"ground": "criterion.exclusion.contributions.payment_of_taxes",
                        "answer": "YES", "reference": "BV-RK-2026-000123/3",
                        "checkedDate": "2026-11-19", "validUntil": "2026-12-19"},
                       {"ground": "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY", "answer": "UNKNOWN"}
                     ]}
                    """)));

    // when
    RegistryAnswer<RegisterCheckAnswer> answer = ask(stub.client());

    // then
    assertThat(answer.records())
        .extracting(
            RegisterCheckAnswer::ground,
            RegisterCheckAnswer::outcome,
            RegisterCheckAnswer::reference,
            RegisterCheckAnswer::checkedDate,
            RegisterCheckAnswer::validUntil)
        .containsExactly(
            tuple(
                "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION",
                RegisterCheckOutcome.NO,
                "BV-RK-2026-000123",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 2, 20)),
            tuple(
                "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES",
                RegisterCheckOutcome.YES,
                "BV-RK-2026-000123/3",
                LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 12, 19)),
            tuple(
                "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY",
                RegisterCheckOutcome.UNKNOWN,
                "BV-RK-2026-000123",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 2, 20)));
    assertThat(answer.records())
        .allSatisfy(
            a -> {
              assertThat(a.subjectId()).isEqualTo(SEGELTORP.identityNumber());
              assertThat(a.subjectName()).isEqualTo("Segeltorps Transport AB");
            });
  }

  @Test
  void asksAboutAPersonOfTheCircleByNumberAndStoresTheUrlMasked() {
    // given
    stub.server.stubFor(
        get("/api/register-check/198710042394")
            .willReturn(
                okJson(
                    """
                    {"subjectId": "198710042394", "reference": "BV-RK-2026-000124",
                     "checkedDate": "2026-11-20",
                     "grounds": [{"ground": "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
                                  "answer": "YES"}]}
                    """)));

    // when
    RegistryAnswer<RegisterCheckAnswer> answer =
        new HttpRegisterCheck(stub.client()).answersAbout(PER_OLSSON);

    // then
    assertThat(answer.records())
        .extracting(RegisterCheckAnswer::outcome, RegisterCheckAnswer::subjectName)
        .containsExactly(tuple(RegisterCheckOutcome.YES, "Per Olsson"));
    assertThat(answer.evidence().source()).doesNotContain("198710042394").contains("871004");
  }

  @Test
  void failsTheCheckOnAnAnswerThatIsNotYesNoOrUnknown() {
    // given
    stub.server.stubFor(
        get(path()).willReturn(okJson(recordBody().replace("\"NO\"", "\"PROBABLY_NOT\""))));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOfSatisfying(
            RegistryCheckFailedException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(RegistryChecks.REGISTER_CHECK);
              assertThat(failure.getMessage()).contains("malformed answer");
            });
  }

  @Test
  void failsTheCheckOnAGroundThatIsNotAnExclusionGroundCode() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(
                okJson(
                    recordBody()
                        .replace("CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION", "corruption"))));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("not an exclusion ground");
  }

  @Test
  void failsTheCheckOnAnAnswerWithoutAReferenceOrDate() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(okJson(recordBody().replace("\"reference\": \"BV-RK-2026-000123\",", ""))));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("missing reference");
  }

  @Test
  void failsTheCheckOnAnAnswerAboutAnotherSubject() {
    // given
    stub.server.stubFor(
        get(path()).willReturn(okJson(recordBody().replace("5573460838", "5552429028"))));

    // when / then
    assertThatThrownBy(() -> ask(stub.client()))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("another subject");
  }

  @Test
  void doesNotAskAboutASubjectWithoutASwedishNumber() {
    // given
    Subject foreign =
        new Subject(SubjectKind.PERSON, null, "Klaus Weber", LocalDate.of(1971, 5, 14), "DE");

    // when
    RegistryAnswer<RegisterCheckAnswer> answer =
        new HttpRegisterCheck(stub.client()).answersAbout(foreign);

    // then
    assertThat(answer.records()).isEmpty();
    assertThat(answer.evidence().source()).contains("not asked");
    assertThat(stub.server.getAllServeEvents()).isEmpty();
  }
}
