package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A WireMock registry on loopback that counts the requests it is serving at once, and clients for
 * it with short timeouts and backoffs so that failure tests stay fast.
 */
final class HttpRegistryStub implements AutoCloseable {

  static final String TOKEN = "test-token-not-a-secret";

  final WireMockServer server;
  final JdbcTemplate evidenceDb = EvidenceTables.inMemory();
  final EvidenceStore evidenceStore = new EvidenceStore(evidenceDb, RegistryTimers.SHARED);
  private final ConcurrencyCounter counter = new ConcurrencyCounter();

  HttpRegistryStub() {
    this(true);
  }

  /** A stub; without a request journal for load measurements (the journal costs CPU and heap). */
  HttpRegistryStub(boolean journal) {
    var config =
        wireMockConfig()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .containerThreads(300)
            .jettyAcceptors(2)
            .extensions(counter);
    server = new WireMockServer(journal ? config : config.disableRequestJournal());
    server.start();
  }

  /**
   * The stub's base URL by IP address: "localhost" may resolve to ::1, where it does not listen.
   */
  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/api";
  }

  RegistriesProperties.Http http(int maxRetries, Duration readTimeout, int maxInFlight) {
    return http(maxRetries, readTimeout, maxInFlight, 1000);
  }

  RegistriesProperties.Http http(
      int maxRetries, Duration readTimeout, int maxInFlight, int answersPerRun) {
    return new RegistriesProperties.Http(
        baseUrl(),
        TOKEN,
        Duration.ofSeconds(1),
        readTimeout,
        maxRetries,
        Duration.ofMillis(20),
        Duration.ofMillis(100),
        Duration.ofMillis(10),
        Duration.ofSeconds(5),
        maxInFlight,
        answersPerRun);
  }

  RegistryHttpClient client() {
    return client(http(2, Duration.ofMillis(500), 8));
  }

  RegistryHttpClient client(RegistriesProperties.Http http) {
    return new RegistryHttpClient(http, evidenceStore, Clock.systemUTC(), RegistryTimers.SHARED);
  }

  /**
   * Makes the stub hold every request this long before answering, inside the window it counts as in
   * flight (the count ends before the response is sent, so it can never exceed the client's).
   */
  void holdEachRequest(Duration hold) {
    counter.holdMillis = hold.toMillis();
  }

  /** The most requests the stub was ever holding at once. */
  int peakConcurrentRequests() {
    return counter.peak.get();
  }

  @Override
  public void close() {
    evidenceStore.destroy();
    server.stop();
  }

  private static final class ConcurrencyCounter implements ServeEventListener {
    private final AtomicInteger current = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    volatile long holdMillis;

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
      peak.accumulateAndGet(current.incrementAndGet(), Math::max);
    }

    @Override
    public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
      try {
        Thread.sleep(holdMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
      current.decrementAndGet();
    }

    @Override
    public String getName() {
      return "concurrency-counter";
    }
  }
}
