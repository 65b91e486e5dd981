package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * A WireMock registry on loopback that counts the requests it is serving at once and can hold them
 * until the test releases them, and clients for it with short timeouts and backoffs so that failure
 * tests stay fast.
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
    return client(http, RegistryTimers.SHARED);
  }

  /** A client whose timeouts and waits before retries are tasks on the given timer. */
  RegistryHttpClient client(RegistriesProperties.Http http, TaskScheduler timer) {
    return new RegistryHttpClient(http, evidenceStore, Clock.systemUTC(), timer);
  }

  /**
   * Makes the stub hold every request from now on until the test releases it ({@link #releaseHeld},
   * {@link #stopHolding}), inside the window it counts as in flight (the count ends before the
   * response is sent, so it can never exceed the client's).
   */
  void holdRequests() {
    counter.hold(true);
  }

  /** The requests being held now. */
  int held() {
    return counter.held();
  }

  /** Answers the requests held now; those that come later are held again. */
  void releaseHeld() {
    counter.release();
  }

  /** Answers the requests held now and holds no more. */
  void stopHolding() {
    counter.hold(false);
  }

  /**
   * Answers the calls' requests a wave at a time until every call is done: a wave goes when the
   * client's bound of requests is held, or when some are held and no caller waits for a permit (the
   * others are between requests, waiting to retry or done). The stub's and the client's peaks then
   * reach the bound exactly, and a client that sent more would make the stub count more.
   */
  void answerInWaves(RegistryHttpClient client, int bound, List<? extends Future<?>> calls) {
    holdRequests();
    try {
      while (!calls.stream().allMatch(Future::isDone)) {
        await()
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(1))
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    held() >= bound
                        || (held() > 0 && !client.callersWaitingForAPermit())
                        || calls.stream().allMatch(Future::isDone));
        releaseHeld();
      }
    } finally {
      stopHolding();
    }
  }

  /** The most requests the stub was ever holding at once. */
  int peakConcurrentRequests() {
    return counter.peak.get();
  }

  @Override
  public void close() {
    stopHolding();
    evidenceStore.destroy();
    server.stop();
  }

  private static final class ConcurrencyCounter implements ServeEventListener {
    private final AtomicInteger current = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    private boolean holding;
    private int held;
    private long wave;

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
      peak.accumulateAndGet(current.incrementAndGet(), Math::max);
    }

    @Override
    public synchronized void afterMatch(ServeEvent serveEvent, Parameters parameters) {
      if (!holding) {
        return;
      }
      held++;
      long mine = wave;
      try {
        while (wave == mine) {
          wait();
        }
      } catch (InterruptedException e) {
        held--;
        Thread.currentThread().interrupt();
      }
    }

    synchronized void hold(boolean hold) {
      holding = hold;
      if (!hold) {
        release();
      }
    }

    synchronized int held() {
      return held;
    }

    synchronized void release() {
      held = 0;
      wave++;
      notifyAll();
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
