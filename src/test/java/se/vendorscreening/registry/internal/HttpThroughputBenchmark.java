package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Screens N companies against the three HTTP checks of a WireMock registry answering in 20 ms, the
 * way the screening step calls the ports (a thread pool of callers), and prints parties a second
 * and the peak requests in flight (bench/README.md); run by hand: {@code java -cp ...
 * HttpThroughputBenchmark [parties] [callers] [max-in-flight]}.
 */
final class HttpThroughputBenchmark {

  public static void main(String[] args) throws Exception {
    int parties = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int maxInFlight = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    try (HttpRegistryStub stub = new HttpRegistryStub(false)) {
      stub.server.stubFor(
          get(urlPathMatching("/api/tax-arrears/.*"))
              .willReturn(okJson("{\"debts\": []}").withFixedDelay(20)));
      stub.server.stubFor(
          get(urlPathMatching("/api/convictions/.*"))
              .willReturn(okJson("{\"convictions\": []}").withFixedDelay(20)));
      stub.server.stubFor(
          get(urlPathMatching("/api/financial-standing/.*"))
              .willReturn(
                  okJson(
                          "{\"status\": \"ACTIVE\", \"fTax\": true, \"vatRegistered\": true,"
                              + " \"employerRegistered\": true, \"riskClass\": 4}")
                      .withFixedDelay(20)));
      RegistryHttpClient client =
          stub.client(
              new RegistriesProperties.Http(
                  stub.baseUrl(),
                  "token",
                  Duration.ofSeconds(2),
                  Duration.ofSeconds(5),
                  3,
                  Duration.ofMillis(200),
                  Duration.ofSeconds(2),
                  Duration.ofMillis(100),
                  Duration.ofSeconds(30),
                  maxInFlight,
                  0));
      HttpTaxArrearsRegistry tax = new HttpTaxArrearsRegistry(client);
      HttpConvictionRegistry convictions = new HttpConvictionRegistry(client);
      HttpFinancialStandingRegistry standing = new HttpFinancialStandingRegistry(client);
      List<Subject> subjects = new ArrayList<>();
      for (int i = 0; i < parties; i++) {
        subjects.add(
            new Subject(
                SubjectKind.COMPANY, organisationNumber(i), "Bolag " + i + " AB", null, "SE"));
      }
      screen(subjects.subList(0, Math.min(500, parties)), callers, tax, convictions, standing);
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      long records = screen(subjects, callers, tax, convictions, standing);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      stub.evidenceStore.flush();
      long stored =
          stub.evidenceDb.queryForObject("select count(*) from registry_evidence", Long.class);
      System.out.printf(
          "%,d parties x 3 checks in %.2f s = %,.0f parties/s (%,.0f requests/s); "
              + "%d callers, max-in-flight %d, peak in flight %d; %,d answers stored as evidence; "
              + "%d records%n",
          parties,
          seconds,
          parties / seconds,
          3 * parties / seconds,
          callers,
          maxInFlight,
          client.peakInFlight(),
          stored,
          records);
      System.out.printf(
          "process CPU %.1f s (client and stub together): %.0f µs of CPU a request%n",
          cpuSeconds, cpuSeconds * 1e6 / (3.0 * parties));
    }
  }

  private static long screen(
      List<Subject> subjects,
      int callers,
      HttpTaxArrearsRegistry tax,
      HttpConvictionRegistry convictions,
      HttpFinancialStandingRegistry standing)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Subject subject : subjects) {
        results.add(
            pool.submit(
                () ->
                    tax.debtsOf(subject).records().size()
                        + convictions.convictionsOf(subject).records().size()
                        + standing.standingOf(subject).records().size()));
      }
      long records = 0;
      for (Future<Integer> result : results) {
        records += result.get();
      }
      return records;
    } finally {
      pool.shutdown();
    }
  }

  private static IdentityNumber organisationNumber(int i) {
    String nine = "556" + String.format("%06d", i);
    int sum = 0;
    for (int d = 0; d < 9; d++) {
      int product = (nine.charAt(d) - '0') * (d % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return IdentityNumber.parse(nine + (10 - sum % 10) % 10);
  }
}
