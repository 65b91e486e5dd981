package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.shared.ManualTaskScheduler;

/**
 * What every HTTP adapter must do against a real HTTP stub on loopback: answer, treat 404 as no
 * record, retry 5xx, connection errors and 429 (honouring Retry-After), fail closed on everything
 * else, and never exceed the bound on requests in flight.
 */
abstract class HttpRegistryBehaviour {

  HttpRegistryStub stub;

  /** The stubbed path under the base URL, e.g. {@code /api/tax-arrears/5581612586}. */
  abstract String path();

  /** A valid 200 body for the subject. */
  abstract String recordBody();

  /** Asks the adapter, built on the client, about the subject. */
  abstract RegistryAnswer<?> ask(RegistryHttpClient client);

  /** The check name failures must carry. */
  abstract String check();

  /** A 200 body that is JSON but not the protocol's (a required field missing). */
  abstract String bodyMissingARequiredField();

  @BeforeEach
  void startStub() {
    stub = new HttpRegistryStub();
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void sendsTheBearerTokenAndStoresTheRawAnswerAsEvidence() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));

    // when
    RegistryAnswer<?> answer = ask(stub.client());
    stub.evidenceStore.flush();

    // then
    stub.server.verify(
        getRequestedFor(urlEqualTo(path()))
            .withHeader("Authorization", equalTo("Bearer " + HttpRegistryStub.TOKEN)));
    assertThat(answer.records()).hasSize(1);
    assertThat(answer.evidence().check()).isEqualTo(check());
    assertThat(answer.evidence().sha256())
        .isEqualTo(FileFingerprint.sha256Of(recordBody().getBytes(StandardCharsets.UTF_8)));
    var stored =
        stub.evidenceDb.queryForMap(
            "select check_name, url, status, body, sha256 from registry_evidence where id = ?",
            answer.evidence().evidenceId());
    assertThat(stored.get("check_name")).isEqualTo(check());
    assertThat(stored.get("status")).isEqualTo(200);
    assertThat(stored.get("body")).isEqualTo(recordBody());
    assertThat(stored.get("sha256")).isEqualTo(answer.evidence().sha256());
    assertThat((String) stored.get("url")).isEqualTo(answer.evidence().source());
    assertThat((String) stored.get("url")).doesNotContain(HttpRegistryStub.TOKEN);
  }

  @Test
  void readsNotFoundAsNoRecords() {
    // given
    stub.server.stubFor(get(path()).willReturn(aResponse().withStatus(404)));

    // when
    RegistryAnswer<?> answer = ask(stub.client());

    // then
    assertThat(answer.records()).isEmpty();
    assertThat(answer.evidence().evidenceId()).isNotNull();
    stub.server.verify(1, getRequestedFor(urlEqualTo(path())));
  }

  @Test
  void retriesAServerErrorAndThenAnswers() {
    // given
    stub.server.stubFor(
        get(path())
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    stub.server.stubFor(
        get(path())
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(recordBody())));

    // when
    RegistryAnswer<?> answer = ask(stub.client());

    // then
    assertThat(answer.records()).hasSize(1);
    stub.server.verify(2, getRequestedFor(urlEqualTo(path())));
  }

  @Test
  void failsTheCheckWhenServerErrorsOutlastTheRetries() {
    // given
    stub.server.stubFor(get(path()).willReturn(aResponse().withStatus(503)));

    // when / then
    assertFailure(stub.client(), "HTTP 503", "3 attempt(s)");
    stub.server.verify(3, getRequestedFor(urlEqualTo(path())));
  }

  @Test
  void failsTheCheckWhenTheRegistryTimesOut() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody()).withFixedDelay(1500)));

    // when / then
    assertFailure(
        stub.client(stub.http(1, Duration.ofMillis(300), 4)), "timed out", "2 attempt(s)");
  }

  @Test
  void failsTheCheckWhenTheBodyIsNotReadWithinTheReadTimeout() {
    // given: the headers at once, the body dribbled out over 1.5 s
    stub.server.stubFor(
        get(path()).willReturn(okJson(recordBody()).withChunkedDribbleDelay(5, 1500)));

    // when / then
    assertFailure(
        stub.client(stub.http(1, Duration.ofMillis(300), 4)), "timed out", "2 attempt(s)");
  }

  @Test
  void startsNoThreadForEachRequest() {
    // given: a client that has answered once (its connection and worker threads exist)
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));
    RegistryHttpClient client = stub.client();
    ask(client);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startedBefore = threads.getTotalStartedThreadCount();

    // when
    for (int i = 0; i < 100; i++) {
      ask(client);
    }

    // then: the async JDK API started one thread per answer where the common pool has one thread
    assertThat(threads.getTotalStartedThreadCount() - startedBefore).isLessThan(20);
  }

  @Test
  void failsTheCheckWhenTheConnectionIsReset() {
    // given
    stub.server.stubFor(
        get(path()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    // when / then
    // The JDK client sometimes sees a reset as a read that never completes: both fail closed.
    assertFailure(stub.client(), "3 attempt(s)");
    assertThatThrownBy(() -> ask(stub.client()))
        .message()
        .containsAnyOf("connection error", "timed out");
    // The JDK client may itself resend an idempotent GET once on a reset connection.
    assertThat(stub.server.findAll(getRequestedFor(urlEqualTo(path())))).hasSizeBetween(6, 12);
  }

  @Test
  void failsTheCheckOnABodyThatIsNotJson() {
    // given
    stub.server.stubFor(
        get(path())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Service temporarily unavailable</html>")));

    // when / then
    assertFailure(stub.client(), "malformed answer", "evidence");
    stub.server.verify(1, getRequestedFor(urlEqualTo(path())));
  }

  @Test
  void failsTheCheckOnJsonThatLacksARequiredField() {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(bodyMissingARequiredField())));

    // when / then
    assertFailure(stub.client(), "malformed answer", "missing");
  }

  @Test
  void failsTheCheckOnAnUnexpectedClientErrorWithoutRetrying() {
    // given
    stub.server.stubFor(get(path()).willReturn(aResponse().withStatus(401)));

    // when / then
    assertFailure(stub.client(), "HTTP 401", "answered");
    stub.server.verify(1, getRequestedFor(urlEqualTo(path())));
  }

  @Test
  void waitsAsLongAsRetryAfterSaysAfterA429() throws Exception {
    // given
    stub.server.stubFor(
        get(path())
            .inScenario("throttled")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("open"));
    stub.server.stubFor(
        get(path())
            .inScenario("throttled")
            .whenScenarioStateIs("open")
            .willReturn(okJson(recordBody())));

    Instant start = Instant.parse("2026-12-01T09:00:00Z");
    ManualTaskScheduler time = new ManualTaskScheduler(start);
    RegistryHttpClient client = stub.client(stub.http(2, Duration.ofMillis(500), 4), time);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      // when: the answer is asked for and the 429 has come
      Future<RegistryAnswer<?>> answer = caller.submit(() -> ask(client));
      await()
          .pollInterval(Duration.ofMillis(5))
          .until(() -> time.due().size() == 1 && time.due().get(0).isAfter(start.plusSeconds(1)));

      // then: the retry waits the second Retry-After asks for and then the first backoff
      Instant retryAt = time.due().get(0);
      assertThat(retryAt).isBetween(start.plusMillis(1020), start.plusMillis(1030));
      time.advance(Duration.between(start, retryAt).minusMillis(1));
      assertThat(answer).isNotDone();
      stub.server.verify(1, getRequestedFor(urlEqualTo(path())));
      time.advance(Duration.ofMillis(1));
      assertThat(answer.get(10, TimeUnit.SECONDS).records()).hasSize(1);
      stub.server.verify(2, getRequestedFor(urlEqualTo(path())));
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void neverHasMoreRequestsInFlightThanTheBoundUnderLoad() throws Exception {
    // given
    stub.server.stubFor(get(path()).willReturn(okJson(recordBody())));
    RegistryHttpClient client = stub.client(stub.http(0, Duration.ofSeconds(5), 4));
    ExecutorService callers = Executors.newFixedThreadPool(32);
    List<Future<Integer>> results = new ArrayList<>();

    // when: the stub answers the requests it holds four at a time
    try {
      for (int i = 0; i < 160; i++) {
        results.add(callers.submit(() -> ask(client).records().size()));
      }
      stub.answerInWaves(client, 4, results);
    } finally {
      callers.shutdown();
    }

    // then
    for (Future<Integer> result : results) {
      assertThat(result.get()).isEqualTo(1);
    }
    assertThat(stub.peakConcurrentRequests()).isEqualTo(4);
    assertThat(client.peakInFlight()).isEqualTo(4);
    stub.server.verify(160, getRequestedFor(urlEqualTo(path())));
  }

  private void assertFailure(RegistryHttpClient client, String... reasonParts) {
    assertThatThrownBy(() -> ask(client))
        .isInstanceOfSatisfying(
            RegistryCheckFailedException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(check());
              assertThat(failure.getMessage()).contains(reasonParts);
              assertThat(failure.getMessage()).doesNotContain(HttpRegistryStub.TOKEN);
            });
  }
}
