package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

class HttpConvictionRegistryTests extends HttpRegistryBehaviour {

  static final Subject LARS_STROM =
      new Subject(
          SubjectKind.PERSON, IdentityNumber.parse("910509-2382"), "Lars Ström", null, "SE");

  @Override
  String path() {
    return "/api/convictions/199105092382";
  }

  @Override
  String recordBody() {
    return """
        {"subjectId": "199105092382", "convictions": [{"offenceCategory": "BRIBERY",
         "offenceDescription": "Bestickning", "judgmentDate": "2023-02-10",
         "finalDate": "2023-04-15", "court": "Södertörns tingsrätt", "caseNumber": "B 4412-22"}]}
        """;
  }

  @Override
  String bodyMissingARequiredField() {
    return """
        {"subjectId": "199105092382", "convictions": [{"offenceDescription": "Bestickning"}]}
        """;
  }

  @Override
  RegistryAnswer<ConvictionRecord> ask(RegistryHttpClient client) {
    return new HttpConvictionRegistry(client).convictionsOf(LARS_STROM);
  }

  @Override
  String check() {
    return RegistryChecks.CONVICTIONS;
  }

  @Test
  void readsEveryFieldAndMasksThePersonalNumberInTheEvidence() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));

    // when
    RegistryAnswer<ConvictionRecord> answer = ask(stub.client());

    // then
    assertThat(answer.records())
        .containsExactly(
            new ConvictionRecord(
                LARS_STROM.identityNumber(),
                "Lars Ström",
                null,
                "BRIBERY",
                "Bestickning",
                LocalDate.of(2023, 2, 10),
                LocalDate.of(2023, 4, 15),
                "Södertörns tingsrätt",
                "B 4412-22"));
    assertThat(answer.evidence().source()).endsWith("/api/convictions/910509-****");
    assertThat(answer.evidence().source()).doesNotContain("2382");
  }

  @Test
  void asksByNameAndBirthDateForAForeignPerson() {
    // given
    stub.server.stubFor(
        get(urlPathEqualTo("/api/convictions"))
            .withQueryParam("name", equalTo("Klaus Weber"))
            .withQueryParam("birthDate", equalTo("1971-05-14"))
            .willReturn(
                okJson(
                    """
                    {"convictions": [{"subjectName": "Klaus Weber", "birthDate": "1971-05-14",
                     "offenceCategory": "fraud", "judgmentDate": "2022-03-09",
                     "finalDate": null, "court": "Landgericht Hamburg"}]}
                    """)));
    Subject klaus =
        new Subject(SubjectKind.PERSON, null, "Klaus Weber", LocalDate.of(1971, 5, 14), "DE");

    // when
    RegistryAnswer<ConvictionRecord> answer =
        new HttpConvictionRegistry(stub.client()).convictionsOf(klaus);

    // then
    assertThat(answer.records()).hasSize(1);
    ConvictionRecord record = answer.records().get(0);
    assertThat(record.subjectId()).isNull();
    assertThat(record.subjectName()).isEqualTo("Klaus Weber");
    assertThat(record.birthDate()).isEqualTo(LocalDate.of(1971, 5, 14));
    assertThat(record.offenceCategory()).isEqualTo("FRAUD");
    assertThat(record.finalDate()).isNull();
  }
}
