package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.OrganisationNumber;

/**
 * The bound on requests in flight holds the way the screening step loads the client: many more
 * parties at once than the bound, each asking all three checks, with a retry among them; and the
 * client reports its peak against the bound, which the benchmark prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistryHttpClientInFlightTests {

  private static final int BOUND = 8;
  private static final int PARTIES = 40;
  private static final int CALLERS = 48;

  private HttpRegistryStub stub;

  @BeforeEach
  void startStub() {
    stub = new HttpRegistryStub();
    stub.server.stubFor(
        get(urlPathMatching("/api/tax-arrears/.*"))
            .willReturn(
                okJson("{\"subjectId\": \"{{request.path.[2]}}\", \"debts\": []}")
                    .withTransformers("response-template")));
    stub.server.stubFor(get(urlPathMatching("/api/convictions/.*")).willReturn(notFound()));
    stub.server.stubFor(get(urlPathMatching("/api/financial-standing/.*")).willReturn(notFound()));
    // one party's company meets one outage, so that exactly one request is retried
    stub.server.stubFor(
        get(urlPathMatching("/api/financial-standing/5560360793"))
            .atPriority(1)
            .inScenario("one outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(serviceUnavailable())
            .willSetStateTo("recovered"));
    stub.server.stubFor(get(urlPathMatching("/api/financial-standing/.*")).willReturn(notFound()));
    // one party's company meets one outage, so that exactly one request is retried
    stub.server.stubFor(
        get(urlPathMatching("/api/financial-standing/5560360793"))
            .atPriority(1)
            .inScenario("one outage")
            .whenScenarioStateIs("recovered")
            .willReturn(notFound()));
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void neverExceedsTheBoundWhenManyPartiesAskAllThreeChecksAtOnce(CapturedOutput output)
      throws Exception {
    // given
    RegistryHttpClient client = stub.client(stub.http(2, Duration.ofSeconds(5), BOUND));
    HttpTaxArrearsRegistry tax = new HttpTaxArrearsRegistry(client);
    HttpConvictionRegistry convictions = new HttpConvictionRegistry(client);
    HttpFinancialStandingRegistry standing = new HttpFinancialStandingRegistry(client);
    List<Callable<Integer>> parties = new ArrayList<>();
    for (int i = 0; i < PARTIES; i++) {
      // each party its own company: a run asks for the same subject once (RunAnswersTests)
      Subject company = i == 0 ? company("556036-0793") : company(organisationNumber(i));
      parties.add(
          () ->
              tax.debtsOf(company).records().size()
                  + convictions.convictionsOf(company).records().size()
                  + standing.standingOf(company).records().size());
    }
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    // when: the stub answers the requests it holds a bound at a time
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (Callable<Integer> party : parties) {
        answers.add(callers.submit(party));
      }
      stub.answerInWaves(client, BOUND, answers);
    } finally {
      callers.shutdown();
    }
    client.logUsage();

    // then
    for (Future<Integer> answer : answers) {
      assertThat(answer.get()).isZero();
    }
    int requests = 3 * PARTIES + 1; // and the one retry after the 503
    stub.server.verify(requests, getRequestedFor(urlPathMatching("/api/.*")));
    assertThat(stub.peakConcurrentRequests()).isEqualTo(BOUND);
    assertThat(client.peakInFlight()).isEqualTo(BOUND);
    assertThat(client.requests()).isEqualTo(requests);
    assertThat(output)
        .contains(
            "requests=%d peak_in_flight=%d max_in_flight=%d".formatted(requests, BOUND, BOUND));
  }

  /** The {@code n}th of a series of valid organisation numbers 558100-NNNC. */
  static String organisationNumber(int n) {
    for (int check = 0; check <= 9; check++) {
      String candidate = "558100-%03d%d".formatted(n, check);
      try {
        OrganisationNumber.parse(candidate);
        return candidate;
      } catch (InvalidIdentityNumberException wrongCheckDigit) {
        // the next digit
      }
    }
    throw new IllegalArgumentException("no check digit for " + n);
  }

  private static Subject company(String orgNo) {
    return new Subject(
        SubjectKind.COMPANY, IdentityNumber.parse(orgNo), "Bolag " + orgNo + " AB", null, "SE");
  }
}
