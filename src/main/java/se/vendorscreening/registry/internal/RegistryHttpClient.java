package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.client.ResourceAccessException;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.Subject;

/**
 * GETs from the HTTP registry for the three HTTP adapters: bearer token, timeouts, retries with
 * exponential backoff and jitter on 5xx, 429 and connection errors ({@link ExponentialBackOff}),
 * {@code Retry-After} honoured, and a hard bound on requests in flight shared by all checks (a
 * permit is held only while a request is on the wire, never while waiting to retry). Every wait is
 * a task on the registry timer, so a test's scheduler drives the time a retry waits. Thread-safe.
 */
final class RegistryHttpClient {

  private static final Logger log = LoggerFactory.getLogger(RegistryHttpClient.class);

  /**
   * Cancels a request that is not answered within the read timeout (the socket timeout only bounds
   * each read, so a body dribbled out slowly would never time out), and ends the wait before a
   * retry.
   */
  private final TaskScheduler timer;

  private final CloseableHttpClient client;
  private final Duration readTimeout;
  private final String baseUrl;
  private final String token;
  private final ExponentialBackOff backOff;
  private final Duration maxRetryAfter;
  private final int maxInFlight;
  private final int answersPerRun;
  private final Semaphore permits;
  private final LongAdder requests = new LongAdder();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakInFlight = new AtomicInteger();
  private final EvidenceStore evidenceStore;
  private final Clock clock;

  /**
   * @param timer cancels a request not answered within the read timeout and ends the waits before
   *     retries
   */
  RegistryHttpClient(
      RegistriesProperties.Http http,
      EvidenceStore evidenceStore,
      Clock clock,
      TaskScheduler timer) {
    if (http.baseUrl() == null || http.baseUrl().isBlank()) {
      throw new IllegalStateException(
          "screening.registries.http.base-url (SCREENING_REGISTRIES_HTTP_BASE_URL) is not set");
    }
    // Apache's classic client reads the answer on the calling thread from a pooled keep-alive
    // connection; the JDK client hands every exchange between the caller, its selector thread and
    // its executor, which cost more CPU a request than the registry's whole answer (the benchmark
    // of bench/README.md at 500 vendors a second is CPU-bound on two cores). The pool holds as many
    // connections as may be in
    // flight, so a permit never waits for a connection.
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    // the permits bound the requests in flight; the strict pool's one lock
                    // around every lease and release was where the callers queued
                    .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                    .setMaxConnTotal(http.maxInFlight())
                    .setMaxConnPerRoute(http.maxInFlight())
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(
                                Timeout.ofMilliseconds(http.connectTimeout().toMillis()))
                            .setSocketTimeout(Timeout.ofMilliseconds(http.readTimeout().toMillis()))
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(Timeout.ofMilliseconds(http.readTimeout().toMillis()))
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            // the answers are a few hundred bytes of JSON: not worth gzip on either side
            .disableContentCompression()
            .build();
    this.readTimeout = http.readTimeout();
    this.baseUrl = http.baseUrl().replaceAll("/+$", "");
    this.token = http.token();
    this.backOff = new ExponentialBackOff();
    backOff.setMaxAttempts(http.maxRetries());
    backOff.setInitialInterval(http.initialBackoff().toMillis());
    backOff.setMaxInterval(http.maxBackoff().toMillis());
    backOff.setMultiplier(2);
    backOff.setJitter(http.jitter().toMillis());
    this.maxRetryAfter = http.maxRetryAfter();
    this.maxInFlight = http.maxInFlight();
    this.answersPerRun = http.answersPerRun();
    this.permits = new Semaphore(maxInFlight, true);
    this.evidenceStore = evidenceStore;
    this.clock = clock;
    this.timer = timer;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The answers of a new run (an adapter is opened once a run). */
  RunAnswers newRunAnswers() {
    return new RunAnswers(this, answersPerRun);
  }

  /**
   * An empty answer for a subject without a Swedish identity number: the protocol asks by number
   * only, so such a subject is not asked (the evidence says so).
   */
  <T> RegistryAnswer<T> notAsked(String check, String resource) {
    return new RegistryAnswer<>(
        List.of(),
        new Evidence(
            check,
            baseUrl + "/" + resource + " (not asked: no Swedish identity number)",
            clock.instant(),
            null,
            null));
  }

  /** {@code GET {base-url}/{resource}/{id}} for the subject's identity number. */
  RawAnswer getByNumber(String check, String resource, Subject subject) {
    return get(
        check,
        SubjectPaths.byNumber(resource, subject.identityNumber()),
        SubjectPaths.shownByNumber(resource, subject.identityNumber()),
        SubjectPaths.keyOf(subject));
  }

  /** The most requests that were ever in flight at once (for measurements and tests). */
  int peakInFlight() {
    return peakInFlight.get();
  }

  /** Whether a caller is waiting for a permit to send (for tests that hold the requests). */
  boolean callersWaitingForAPermit() {
    return permits.hasQueuedThreads();
  }

  /** Requests sent so far, retries included. */
  long requests() {
    return requests.sum();
  }

  /**
   * Logs how many requests were sent and the most that were in flight at once, against the bound:
   * the benchmark's proof that the bound held.
   */
  void logUsage() {
    log.info(
        "Registry HTTP {}: requests={} peak_in_flight={} max_in_flight={}",
        baseUrl,
        requests(),
        peakInFlight(),
        maxInFlight);
  }

  /**
   * The registry's final answer (2xx or 404), stored as evidence.
   *
   * @param path the path and query after the base URL, with the real identity number
   * @param shownPath the same with a personal identity number masked: logged, stored and reported
   * @param subjectKey what the answer is about, as stored (a hash, never a personal number)
   * @throws RegistryCheckFailedException when no such answer came after the retries
   */
  RawAnswer get(String check, String path, String shownPath, String subjectKey) {
    URI uri = URI.create(baseUrl + path);
    String shownUrl = baseUrl + shownPath;
    Exchange exchange = withRetries(check, uri, shownUrl);
    if (exchange.status() != 404 && (exchange.status() < 200 || exchange.status() > 299)) {
      String reason = "%s answered HTTP %d".formatted(shownUrl, exchange.status());
      log.warn("{} check failed: {}", check, reason);
      throw new RegistryCheckFailedException(check, reason, null);
    }
    Instant retrievedAt = clock.instant();
    String sha256 = FileFingerprint.sha256Of(exchange.body());
    String evidenceId =
        evidenceStore.store(
            check, subjectKey, shownUrl, retrievedAt, sha256, exchange.status(), exchange.body());
    return new RawAnswer(
        exchange.status(),
        exchange.body(),
        new Evidence(check, shownUrl, retrievedAt, sha256, evidenceId));
  }

  /**
   * The first answer that is not worth asking again for: a 5xx, a 429 or an I/O error is asked
   * again after the next backoff (after a 429 its {@code Retry-After} first) until the backoff
   * gives up.
   *
   * @throws RegistryCheckFailedException when the retries are spent, on any other failure, or when
   *     the thread is interrupted
   */
  private Exchange withRetries(String check, URI uri, String shownUrl) {
    BackOffExecution backOffs = backOff.start();
    for (int attempts = 1; ; attempts++) {
      Throwable failure;
      Duration retryAfter = Duration.ZERO;
      try {
        Exchange exchange = attempt(uri);
        if (exchange.status() == 429) {
          failure = new RetryableFailure("HTTP 429 (too many requests)");
          retryAfter = retryAfter(exchange.retryAfter());
        } else if (exchange.status() >= 500) {
          failure = new RetryableFailure("HTTP " + exchange.status());
        } else {
          return exchange;
        }
      } catch (ResourceAccessException e) {
        failure = e;
      } catch (InterruptedException | RuntimeException e) {
        throw gaveUp(check, shownUrl, attempts, e);
      }
      long backOffMillis = backOffs.nextBackOff();
      if (backOffMillis == BackOffExecution.STOP) {
        throw gaveUp(check, shownUrl, attempts, failure);
      }
      try {
        if (!waitFor(retryAfter.plusMillis(backOffMillis))) {
          throw gaveUp(check, shownUrl, attempts, failure);
        }
      } catch (InterruptedException e) {
        throw gaveUp(check, shownUrl, attempts, e);
      }
    }
  }

  private Exchange attempt(URI uri) throws InterruptedException {
    permits.acquire();
    try {
      peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      requests.increment();
      return send(uri);
    } finally {
      inFlight.decrementAndGet();
      permits.release();
    }
  }

  /**
   * Waits until the timer runs a task due after the wait: on the timer's clock, so that a test's
   * scheduler moves the time instead of the test waiting it out.
   *
   * @return false when the timer will not run it (shut down with the context)
   */
  private boolean waitFor(Duration wait) throws InterruptedException {
    if (wait.isZero() || wait.isNegative()) {
      return true;
    }
    ScheduledFuture<?> due;
    try {
      due = timer.schedule(() -> {}, timer.getClock().instant().plus(wait));
    } catch (TaskRejectedException shutDown) {
      return false;
    }
    try {
      due.get();
      return true;
    } catch (CancellationException | ExecutionException shutDown) {
      return false;
    } catch (InterruptedException e) {
      due.cancel(false);
      throw e;
    }
  }

  private RegistryCheckFailedException gaveUp(
      String check, String shownUrl, int attempts, Throwable last) {
    if (last instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    String reason =
        "no answer from %s after %d attempt(s): %s".formatted(shownUrl, attempts, reasonOf(last));
    log.warn("{} check failed: {}", check, reason);
    return new RegistryCheckFailedException(check, reason, last);
  }

  /**
   * One GET, answered within the read timeout (headers and body: a timer cancels the request when
   * they take longer); I/O errors and timeouts as {@link ResourceAccessException} (retried), never
   * with the URL (it holds the identity number).
   */
  private Exchange send(URI uri) {
    HttpGet request = new HttpGet(uri);
    if (token != null && !token.isBlank()) {
      request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> guard =
        timer.schedule(
            () -> {
              timedOut.set(true);
              request.cancel();
            },
            timer.getClock().instant().plus(readTimeout));
    try {
      return client.execute(
          request,
          response -> {
            Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            HttpEntity entity = response.getEntity();
            return new Exchange(
                response.getCode(),
                retryAfter == null ? null : retryAfter.getValue(),
                entity == null ? new byte[0] : EntityUtils.toByteArray(entity));
          });
    } catch (IOException e) {
      IOException cause = timedOut.get() ? new HttpTimeoutException("not answered in time") : e;
      throw new ResourceAccessException("I/O error on GET request", cause);
    } finally {
      guard.cancel(false);
    }
  }

  private Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Duration.ZERO;
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException notADate) {
        return Duration.ZERO;
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }

  private static String reasonOf(Throwable failure) {
    if (failure == null) {
      return "unknown error";
    }
    if (failure instanceof RetryableFailure) {
      return failure.getMessage();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
        return "timed out";
      }
      if (cause instanceof java.net.ConnectException) {
        return "connection refused";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof IOException) {
      return "connection error ("
          + root.getClass().getSimpleName()
          + ": "
          + root.getMessage()
          + ")";
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  private record Exchange(int status, String retryAfter, byte[] body) {}
}
