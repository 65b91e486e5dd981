package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.shared.ManualTaskScheduler;

/**
 * The waits between a client's attempts, on a scheduler whose time the test moves: the backoff
 * doubles from the initial one with a jitter that grows with it (never below the initial one), and
 * a 429 that comes when no retry is left fails at once instead of waiting out its Retry-After.
 */
class RegistryHttpClientRetryTests {

  private static final String PATH = "/api/tax-arrears/5581612586";
  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  private final ManualTaskScheduler time = new ManualTaskScheduler(START);
  private final ExecutorService caller = Executors.newSingleThreadExecutor();
  private HttpRegistryStub stub;

  @BeforeEach
  void startStub() {
    stub = new HttpRegistryStub();
  }

  @AfterEach
  void stop() {
    caller.shutdownNow();
    stub.close();
  }

  @Test
  void backsOffTwiceAsLongBeforeEachRetryWithinTheJitter() throws Exception {
    // given: 20 ms initial backoff, doubled, jitter 10 ms at the initial backoff, two retries
    stub.server.stubFor(get(PATH).willReturn(serviceUnavailable()));
    RegistryHttpClient client = stub.client(stub.http(2, Duration.ofSeconds(5), 4), time);

    // when
    Future<?> answer = caller.submit(() -> ask(client));

    // then
    Instant firstRetry = nextWaitAfter(START);
    // 20 ms, up to 10 ms more
    assertThat(firstRetry).isBetween(START.plusMillis(20), START.plusMillis(30));
    stub.server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    time.advance(Duration.between(START, firstRetry));
    Instant secondRetry = nextWaitAfter(firstRetry);
    // 40 ms, give or take 20 ms
    assertThat(secondRetry).isBetween(firstRetry.plusMillis(20), firstRetry.plusMillis(60));
    stub.server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    time.advance(Duration.between(firstRetry, secondRetry));
    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("3 attempt(s)");
    stub.server.verify(3, getRequestedFor(urlEqualTo(PATH)));
    assertThat(time.pending()).isZero();
  }

  @Test
  void failsAt429WithoutWaitingWhenNoRetryIsLeft() {
    // given
    stub.server.stubFor(
        get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
    RegistryHttpClient client = stub.client(stub.http(0, Duration.ofSeconds(5), 4), time);

    // when / then: on the test's thread, which would wait for ever on a scheduler nobody moves
    assertThatThrownBy(() -> ask(client))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("HTTP 429")
        .hasMessageContaining("1 attempt(s)");
    assertThat(time.pending()).isZero();
  }

  /**
   * When the wait due after the given instant ends, once the client has scheduled it (and no
   * request is on the wire: its read timeout, 5 s on, would be due too).
   */
  private Instant nextWaitAfter(Instant after) {
    await()
        .pollInterval(Duration.ofMillis(5))
        .until(
            () ->
                time.due().size() == 1
                    && time.due().get(0).isAfter(after)
                    && time.due().get(0).isBefore(after.plusSeconds(1)));
    List<Instant> due = time.due();
    return due.get(0);
  }

  private static Object ask(RegistryHttpClient client) {
    return new HttpTaxArrearsRegistry(client).debtsOf(HttpTaxArrearsRegistryTests.FLEMINGSBERG);
  }
}
