package se.vendorscreening.registry.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.Futures;

/**
 * The HTTP answers of one run, so that a subject the run asks about twice is asked once: a person
 * who sits on the boards of several vendors, or a company that is both a vendor and a
 * subcontractor. Every party of the run then rests on the same answer and the same stored evidence,
 * and the registry is not asked for what it has just said. A second caller that comes while the
 * first one's request is on the wire waits for that answer rather than sending another. A failed
 * request (after its retries) fails every party that asked it, as each would have failed on its
 * own.
 *
 * <p>Bounded: the least recently used answers are dropped beyond {@code maxAnswers}, so the memory
 * of a run does not grow with its size; a dropped answer is only asked again. Thread-safe.
 */
final class RunAnswers {

  private final RegistryHttpClient client;
  private final Cache<String, CompletableFuture<RawAnswer>> answers;

  /**
   * @param client what asks the registry
   * @param maxAnswers the most answers kept; 0 asks every time
   */
  RunAnswers(RegistryHttpClient client, int maxAnswers) {
    this.client = client;
    this.answers =
        Caffeine.newBuilder()
            .maximumSize(maxAnswers)
            // evict on the caller's thread: the common pool has one thread on two cores
            .executor(Runnable::run)
            .build();
  }

  /**
   * The registry's records about a subject asked by its identity number: none, not asked, when it
   * has no number; none when the registry does not know the number (404); else those of the body,
   * once the body is known to be about this subject.
   *
   * @param bodySubject the identity number the body says it is about
   * @param records the records of a body that is about the subject
   */
  <B, T> RegistryAnswer<T> aboutNumber(
      String check,
      String resource,
      Subject subject,
      Class<B> bodyType,
      Function<B, String> bodySubject,
      BiFunction<RawAnswer, B, List<T>> records) {
    if (subject.identityNumber() == null) {
      return client.notAsked(check, resource);
    }
    RawAnswer answer = byNumber(check, resource, subject);
    if (answer.status() == 404) {
      return new RegistryAnswer<>(List.of(), answer.evidence());
    }
    B body = RegistryJson.read(check, answer, bodyType);
    SubjectIds.requireSame(check, answer, bodySubject.apply(body), subject);
    return new RegistryAnswer<>(records.apply(answer, body), answer.evidence());
  }

  /** {@code GET {base-url}/{resource}/{id}} for the subject's identity number, once a run. */
  RawAnswer byNumber(String check, String resource, Subject subject) {
    return answer(
        SubjectPaths.byNumber(resource, subject.identityNumber()),
        () -> client.getByNumber(check, resource, subject));
  }

  /**
   * {@code GET {base-url}{path}} for a subject without a Swedish number, once a run.
   *
   * @param path the path and query, which hold no personal identity number
   */
  RawAnswer byPath(String check, String path, Subject subject) {
    return answer(path, () -> client.get(check, path, path, SubjectPaths.keyOf(subject)));
  }

  /**
   * The answer for {@code path} in this run: asked with {@code ask} the first time, the same answer
   * (or the same failure) after that.
   */
  private RawAnswer answer(String path, Supplier<RawAnswer> ask) {
    CompletableFuture<RawAnswer> mine = new CompletableFuture<>();
    CompletableFuture<RawAnswer> earlier = answers.asMap().putIfAbsent(path, mine);
    if (earlier != null) {
      return Futures.join(earlier);
    }
    try {
      RawAnswer answer = ask.get();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
