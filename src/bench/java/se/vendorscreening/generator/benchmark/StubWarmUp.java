package se.vendorscreening.generator.benchmark;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Warms the benchmark's WireMock registry up before the measured run, the way a registry in service
 * is warm: its JIT compilers otherwise spend the first tens of thousands of requests compiling, on
 * the same two cores as the run they are meant to serve. Asks for the subjects of the generated
 * folder (companies and persons, records and 404s alike) through all three resources, many at a
 * time.
 *
 * <p>{@code StubWarmUp BASE_URL GENERATED_DIR REQUESTS} prints {@code warm-up requests=...
 * seconds=...} and the answers by status.
 */
public final class StubWarmUp {

  private static final int CALLERS = 64;
  private static final int SUBJECTS = 5_000;

  private StubWarmUp() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: StubWarmUp BASE_URL GENERATED_DIR REQUESTS");
      System.exit(2);
    }
    long start = System.nanoTime();
    Map<Integer, Integer> statuses =
        warmUp(URI.create(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    int requests = statuses.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "warm-up requests=%d seconds=%.2f statuses=%s%n",
        requests, (System.nanoTime() - start) / 1e9, statuses);
  }

  /**
   * Sends {@code requests} GETs and returns how many got each status.
   *
   * @throws IllegalStateException when a request could not be sent at all
   */
  static Map<Integer, Integer> warmUp(URI baseUrl, Path generated, int requests)
      throws InterruptedException {
    List<String> paths = paths(generated);
    HttpClient http = HttpClient.newBuilder().executor(Runnable::run).build();
    AtomicInteger next = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    List<Future<Void>> done = new ArrayList<>();
    try {
      for (int c = 0; c < CALLERS; c++) {
        done.add(
            callers.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(baseUrl + paths.get(i % paths.size())))
                            .GET()
                            .build();
                    int status =
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<Void> caller : done) {
        caller.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the stub did not answer the warm-up", e.getCause());
    } finally {
      callers.shutdownNow();
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.get()));
    return counts;
  }

  /** The paths of the first subjects of the generated lists, through every resource. */
  private static List<String> paths(Path generated) {
    List<String> companies = column(generated.resolve("vendors.csv"), "org_no");
    List<String> persons = column(generated.resolve("representatives.csv"), "person_id");
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < Math.max(companies.size(), persons.size()); i++) {
      if (i < companies.size()) {
        String company = companies.get(i);
        paths.add("/tax-arrears/" + company);
        paths.add("/financial-standing/" + company);
        paths.add("/convictions/" + company);
      }
      if (i < persons.size()) {
        paths.add("/convictions/" + persons.get(i));
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no subjects with a Swedish number in " + generated);
    }
    return paths;
  }

  private static List<String> column(Path file, String name) {
    List<String> values = new ArrayList<>();
    try (CSVReaderHeaderAware reader =
        new CSVReaderHeaderAware(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      for (Map<String, String> row = reader.readMap();
          row != null && values.size() < SUBJECTS;
          row = reader.readMap()) {
        String value = row.get(name);
        if (value != null && !value.isBlank()) {
          values.add(IdentityNumber.parse(value).canonical());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvValidationException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    return values;
  }
}
