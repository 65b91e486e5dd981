package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.opencsv.CSVReaderHeaderAware;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.generator.GenerationRequest;
import se.vendorscreening.generator.internal.CsvSyntheticProcurementGenerator;
import se.vendorscreening.shared.IdentityNumber;

class WireMockStubsTests {

  @TempDir static Path folder;
  static Path generated;
  static WireMockServer stub;
  static WireMockStubs.Written written;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serveAGeneratedProcurement() throws Exception {
    generated = folder.resolve("data");
    new CsvSyntheticProcurementGenerator()
        .generate(new GenerationRequest(100, 5, generated, LocalDate.of(2026, 11, 28)));
    written = WireMockStubs.write(generated, folder.resolve("wiremock"), 0);
    stub =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(folder.resolve("wiremock").toString()));
    stub.start();
  }

  @AfterAll
  static void stop() {
    stub.stop();
  }

  @Test
  void theWarmUpAsksEveryResourceForTheGeneratedSubjectsAndGetsTheirAnswers() throws Exception {
    // given
    stub.resetRequests();

    // when
    Map<Integer, Integer> statuses =
        StubWarmUp.warmUp(URI.create(stub.baseUrl()), generated, 1_000);

    // then: records (200) and 404s, nothing else, and exactly the requests asked for
    assertThat(statuses.keySet()).containsExactly(200, 404);
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
    assertThat(stub.getAllServeEvents()).hasSize(1_000);
    assertThat(stub.getAllServeEvents())
        .extracting(event -> event.getRequest().getUrl().split("/")[1])
        .containsOnly("tax-arrears", "financial-standing", "convictions");
  }

  @Test
  void servesARepresentativesConvictionsUnderTheirTwelveDigitNumber() throws Exception {
    Set<String> people = new HashSet<>();
    rows("representatives.csv").stream()
        .filter(row -> !row.get("person_id").isEmpty())
        .forEach(row -> people.add(canonical(row.get("person_id"))));
    Map<String, String> record =
        rows("registries/convictions.csv").stream()
            .filter(row -> !row.get("subject_id").isEmpty())
            .filter(row -> people.contains(canonical(row.get("subject_id"))))
            .findFirst()
            .orElseThrow();
    String id = canonical(record.get("subject_id"));

    HttpResponse<String> response = get("/convictions/" + id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"subjectId\":\"" + id + "\"")
        .contains("\"offenceCategory\":\"" + record.get("offence_category") + "\"");
  }

  @Test
  void answersFinancialStandingFromTheExtractForPlantedPartiesAndHealthyForOthers()
      throws Exception {
    List<Map<String, String>> expected = rows("expected.csv");
    String noData = orgWith(expected, "FINANCIAL_NO_DATA");
    String creditRisk = orgWith(expected, "CREDIT_RISK");
    Set<String> planted = new HashSet<>();
    expected.forEach(row -> planted.add(canonical(row.get("org_no"))));
    String clean =
        rows("vendors.csv").stream()
            .map(row -> canonical(row.get("org_no")))
            .filter(org -> !planted.contains(org))
            .findFirst()
            .orElseThrow();

    assertThat(get("/financial-standing/" + noData).statusCode()).isEqualTo(404);
    assertThat(get("/financial-standing/" + creditRisk).body())
        .containsPattern("\"riskClass\":[12]");
    HttpResponse<String> healthy = get("/financial-standing/" + clean);
    assertThat(healthy.statusCode()).isEqualTo(200);
    assertThat(healthy.body())
        .contains("\"orgNo\": \"" + clean + "\"")
        .contains("\"riskClass\": 4");
  }

  @Test
  void answersDebtsOfPlantedPartiesAndNotFoundForEveryoneElse() throws Exception {
    String debtor = orgWith(rows("expected.csv"), "TAX_UNPAID_FINAL");

    assertThat(get("/tax-arrears/" + debtor).body()).contains("\"finalDecision\":true");
    assertThat(get("/tax-arrears/5560000009").statusCode()).isEqualTo(404);
    assertThat(get("/convictions/5560000009").statusCode()).isEqualTo(404);
  }

  @Test
  void findsAForeignRepresentativeByNameAndBirthDate() throws Exception {
    List<Map<String, String>> convictions = rows("registries/convictions.csv");
    Map<String, String> foreign =
        rows("representatives.csv").stream()
            .filter(row -> row.get("person_id").isEmpty())
            .filter(
                row ->
                    convictions.stream()
                        .anyMatch(c -> c.get("birth_date").equals(row.get("birth_date"))))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> response =
        get(
            "/convictions?name="
                + URLEncoder.encode(foreign.get("name"), StandardCharsets.UTF_8)
                + "&birthDate="
                + foreign.get("birth_date"));
    HttpResponse<String> nobody = get("/convictions?name=Nobody&birthDate=1900-01-01");

    assertThat(response.body()).contains("\"birthDate\":\"" + foreign.get("birth_date") + "\"");
    assertThat(nobody.body()).isEqualTo("{\"convictions\":[]}");
  }

  @Test
  void servesEveryAnswerWithRecordsFromAFileThroughAFewTemplatedStubs() {
    // one stub per subject made WireMock try thousands of stubs on every request
    assertThat(written.stubs()).isLessThanOrEqualTo(9);
    assertThat(written.files()).isGreaterThan(20);
    assertThat(folder.resolve("wiremock/__files/convictions"))
        .isDirectoryContaining("glob:**.json");
    assertThat(folder.resolve("wiremock/__files/tax-arrears"))
        .isDirectoryContaining("glob:**.json");
  }

  @Test
  void answersNotFoundForAPersonWithoutRecordsNextToOneWithRecords() throws Exception {
    String withRecords =
        rows("registries/convictions.csv").stream()
            .map(row -> row.get("subject_id"))
            .filter(id -> !id.isEmpty())
            .map(WireMockStubsTests::canonical)
            .filter(
                id -> Files.exists(folder.resolve("wiremock/__files/convictions/" + id + ".json")))
            .findFirst()
            .orElseThrow();
    String sameBirthDateOtherNumber = withRecords.substring(0, 8) + "9998";

    assertThat(get("/convictions/" + withRecords).statusCode()).isEqualTo(200);
    assertThat(get("/convictions/" + sameBirthDateOtherNumber).statusCode()).isEqualTo(404);
    assertThat(get("/convictions/" + withRecords + "1").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stub.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String orgWith(List<Map<String, String>> expected, String rule) {
    return expected.stream()
        .filter(row -> row.get("rule_id").equals(rule))
        .map(row -> canonical(row.get("org_no")))
        .findFirst()
        .orElseThrow();
  }

  private static String canonical(String text) {
    return IdentityNumber.parse(text).canonical();
  }

  private static List<Map<String, String>> rows(String file) throws Exception {
    try (var reader = new CSVReaderHeaderAware(Files.newBufferedReader(generated.resolve(file)))) {
      List<Map<String, String>> rows = new ArrayList<>();
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        rows.add(row);
      }
      return rows;
    }
  }
}
