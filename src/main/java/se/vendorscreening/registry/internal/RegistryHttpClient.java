package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.Subject;

/**
 * GETs from the HTTP registry for the three HTTP adapters: bearer token, timeouts, retries with
 * exponential backoff and jitter on 5xx, 429 and connection errors ({@link RetryTemplate}), {@code
 * Retry-After} honoured, and a hard bound on requests in flight shared by all checks (a permit is
 * held only while a request is on the wire, never while waiting to retry). Thread-safe.
 */
final class RegistryHttpClient {

  private static final Logger log = LoggerFactory.getLogger(RegistryHttpClient.class);

  /**
   * Closes a response body that is not read within the read timeout (the JDK client's request
   * timeout only covers the wait for the response headers).
   */
  private static final ScheduledThreadPoolExecutor BODY_TIMER = bodyTimer();

  private final HttpClient client;
  private final Duration readTimeout;
  private final String baseUrl;
  private final String token;
  private final RetryTemplate retryTemplate;
  private final Duration maxRetryAfter;
  private final int maxInFlight;
  private final Semaphore permits;
  private final LongAdder requests = new LongAdder();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakInFlight = new AtomicInteger();
  private final EvidenceStore evidenceStore;
  private final Clock clock;

  RegistryHttpClient(RegistriesProperties.Http http, EvidenceStore evidenceStore, Clock clock) {
    if (http.baseUrl() == null || http.baseUrl().isBlank()) {
      throw new IllegalStateException(
          "screening.registries.http.base-url (SCREENING_REGISTRIES_HTTP_BASE_URL) is not set");
    }
    // Called with the blocking send(): the async API (which Spring's JdkClientHttpRequestFactory
    // uses) hands every response to CompletableFuture's default executor, and where the common
    // pool has one thread (two cores) that starts a new thread for every request.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(http.connectTimeout())
            .build();
    this.readTimeout = http.readTimeout();
    this.baseUrl = http.baseUrl().replaceAll("/+$", "");
    this.token = http.token();
    this.retryTemplate =
        new RetryTemplate(
            RetryPolicy.builder()
                .maxRetries(http.maxRetries())
                .delay(http.initialBackoff())
                .multiplier(2)
                .maxDelay(http.maxBackoff())
                .jitter(http.jitter())
                .predicate(
                    e -> e instanceof RetryableFailure || e instanceof ResourceAccessException)
                .build());
    this.maxRetryAfter = http.maxRetryAfter();
    this.maxInFlight = http.maxInFlight();
    this.permits = new Semaphore(maxInFlight, true);
    this.evidenceStore = evidenceStore;
    this.clock = clock;
  }

  String baseUrl() {
    return baseUrl;
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
    Exchange exchange;
    try {
      exchange = retryTemplate.execute(() -> attempt(uri));
    } catch (RetryException e) {
      Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
      if (last instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      String reason =
          "no answer from %s after %d attempt(s): %s"
              .formatted(shownUrl, e.getRetryCount() + 1, reasonOf(last));
      log.warn("{} check failed: {}", check, reason);
      throw new RegistryCheckFailedException(check, reason, last);
    }
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

  private Exchange attempt(URI uri) throws InterruptedException {
    Exchange exchange;
    permits.acquire();
    try {
      peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      requests.increment();
      exchange = send(uri);
    } finally {
      inFlight.decrementAndGet();
      permits.release();
    }
    if (exchange.status() == 429) {
      Duration wait = retryAfter(exchange.retryAfter());
      if (!wait.isZero()) {
        Thread.sleep(wait.toMillis());
      }
      throw new RetryableFailure("HTTP 429 (too many requests)");
    }
    if (exchange.status() >= 500) {
      throw new RetryableFailure("HTTP " + exchange.status());
    }
    return exchange;
  }

  /**
   * One GET with the blocking JDK client; I/O errors and timeouts as {@link
   * ResourceAccessException} (retried), never with the URL (it holds the identity number).
   */
  private Exchange send(URI uri) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET();
    if (token != null && !token.isBlank()) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ResourceAccessException("I/O error on GET request", e);
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    InputStream body = response.body();
    ScheduledFuture<?> guard =
        BODY_TIMER.schedule(
            () -> {
              timedOut.set(true);
              closeQuietly(body);
            },
            readTimeout.toNanos(),
            TimeUnit.NANOSECONDS);
    try (body) {
      return new Exchange(
          response.statusCode(),
          response.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null),
          body.readAllBytes());
    } catch (IOException e) {
      IOException cause =
          timedOut.get() ? new HttpTimeoutException("response body not read in time") : e;
      throw new ResourceAccessException("I/O error on GET request", cause);
    } finally {
      guard.cancel(false);
    }
  }

  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // the reader fails with its own exception
    }
  }

  private static ScheduledThreadPoolExecutor bodyTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "registry-http-body-timer");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
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
      if (cause instanceof HttpTimeoutException) {
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
