package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * Not a test: times building the relationship graph and evaluating its signals on a generated
 * register held in memory (no database), and prints the heap. Run with {@code java -cp ...
 * GraphBenchmark VENDORS REPRESENTATIVES_PER_VENDOR PERSON_POOL PROCUREMENTS}; the persons are
 * drawn from Skatteverket's test numbers (at most about 41,000).
 */
final class GraphBenchmark {

  private GraphBenchmark() {}

  public static void main(String[] args) throws java.io.IOException {
    int vendors = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int perVendor = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<PersonalIdentityNumber> persons = testPersons();
    int pool =
        args.length > 2 ? Math.min(Integer.parseInt(args[2]), persons.size()) : persons.size();
    int procurements = args.length > 3 ? Integer.parseInt(args[3]) : vendors / 22;
    SplittableRandom random = new SplittableRandom(17);
    List<RegisteredParty> parties = new ArrayList<>(vendors);
    for (int i = 0; i < vendors; i++) {
      List<RegisteredRepresentative> representatives = new ArrayList<>();
      for (int r = 0; r < perVendor; r++) {
        representatives.add(
            new RegisteredRepresentative(
                persons.get(random.nextInt(pool)), "Person", null, RepresentativeRole.BOARD));
      }
      // in blocks of ten of one procurement: seven vendors, and a chain of three subcontractors
      // under the seventh (tiers 1 to 3), each with a share of its tenderer's contract value
      int inBlock = i % 10;
      boolean subcontractor = inBlock >= 7;
      parties.add(
          new RegisteredParty(
              "P-" + ((i / 10) % procurements),
              ProcurementType.LOU,
              null,
              organisation(i),
              "SE",
              null,
              "Party " + i,
              subcontractor ? PartyRole.SUBCONTRACTOR : PartyRole.VENDOR,
              subcontractor ? organisation(i - 1).canonical() : null,
              representatives,
              List.of(),
              subcontractor ? null : BigDecimal.valueOf(1_000_000L + random.nextInt(9_000_000)),
              subcontractor ? BigDecimal.valueOf(5 + random.nextInt(20)) : null));
    }
    List<OwnershipStake> stakes = new ArrayList<>();
    for (int i = 0; i < vendors / 100; i++) {
      stakes.add(
          new OwnershipStake(
              null,
              "Owner " + random.nextInt(vendors / 200),
              organisation(random.nextInt(vendors)).canonical(),
              BigDecimal.valueOf(10 + random.nextInt(50)),
              random.nextInt(10) == 0 ? "RU" : "SE",
              null,
              i + 2));
    }
    // organised-crime subjects and marked companies, so that ORGANISED_CRIME_HOPS' walk and
    // PHOENIX have something to find at this size
    List<se.vendorscreening.graph.GraphInputs.OrganisedCrimeSubject> subjects = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      subjects.add(
          new se.vendorscreening.graph.GraphInputs.OrganisedCrimeSubject(
              persons.get(random.nextInt(pool)).canonical(), "NW-" + (i % 7), "1,2,3"));
    }
    List<se.vendorscreening.graph.GraphInputs.MarkedCompany> marked = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      marked.add(
          new se.vendorscreening.graph.GraphInputs.MarkedCompany(
              organisation(random.nextInt(vendors)).canonical(),
              "BANKRUPT",
              java.time.LocalDate.of(2026, 1, 1).plusDays(i)));
    }
    System.gc();
    long before = used();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    RelationshipGraph graph = new RelationshipGraph();
    for (int i = 0; i < parties.size(); i++) {
      // as the register holds them: the import, and half as many parties of active contracts
      graph.addParty(parties.get(i), true);
      if (i % 2 == 0) {
        graph.addParty(parties.get(i), false);
      }
    }
    graph.addStakes(stakes);
    graph.freeze();
    long built = System.nanoTime();
    long cpuBuilt = threads.getCurrentThreadCpuTime();
    var signals =
        RegisterRelationshipSignals.evaluate(
            graph,
            GraphProperties.defaults(),
            true,
            new se.vendorscreening.graph.GraphInputs(
                java.time.LocalDate.of(2026, 11, 28),
                marked,
                subjects,
                new BigDecimal("2335522"),
                BigDecimal.TEN));
    long evaluated = System.nanoTime();
    long cpuEvaluated = threads.getCurrentThreadCpuTime();
    long after = used();
    System.out.printf(
        "vendors=%d representatives=%d pool=%d vertices=%d circle_links=%d build=%d ms signals=%d"
            + " evaluate=%d ms heap_used_delta=%d MB max_heap=%d MB%n",
        vendors,
        vendors * perVendor,
        pool,
        graph.vertexCount(),
        graph.circleLinkCount(),
        (built - started) / 1_000_000,
        signals.size(),
        (evaluated - built) / 1_000_000,
        (after - before) / (1 << 20),
        Runtime.getRuntime().maxMemory() / (1 << 20));
    System.out.printf(
        "cpu: build=%d ms evaluate=%d ms (this thread's CPU time, honest on a loaded machine)%n",
        (cpuBuilt - cpuStarted) / 1_000_000, (cpuEvaluated - cpuBuilt) / 1_000_000);
    printCounts(signals);
    System.out.printf("signals_sha256=%s%n", digest(signals));
  }

  /** A digest of every signal as evaluated, to show that a change keeps them identical. */
  private static String digest(List<se.vendorscreening.graph.GraphSignal> signals) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      for (var signal : signals) {
        // spelt as before the rule became a RuleId (component "ruleId"), so digests stay comparable
        String text = signal.toString().replaceFirst("^GraphSignal\\[rule=", "GraphSignal[ruleId=");
        sha.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printCounts(List<se.vendorscreening.graph.GraphSignal> signals) {
    java.util.Map<String, java.util.Set<String>> parties = new java.util.TreeMap<>();
    for (var signal : signals) {
      parties
          .computeIfAbsent(signal.ruleId(), r -> new java.util.HashSet<>())
          .add(signal.procurementId() + "/" + signal.partyKey());
    }
    parties.forEach(
        (rule, flagged) -> System.out.printf("rule=%s flagged_parties=%d%n", rule, flagged.size()));
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Valid organisation numbers 556xxxxxx + Luhn digit. */
  private static OrganisationNumber organisation(int i) {
    String base = "556" + String.format("%06d", i);
    return OrganisationNumber.parse(base + luhn(base));
  }

  /** Skatteverket's test personnummer, as the generator ships them. */
  private static List<PersonalIdentityNumber> testPersons() throws java.io.IOException {
    List<PersonalIdentityNumber> persons = new ArrayList<>();
    try (var in =
        GraphBenchmark.class
            .getClassLoader()
            .getResourceAsStream("generator/testpersonnummer.json")) {
      var matcher =
          java.util.regex.Pattern.compile("\\b(\\d{12})\\b")
              .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      while (matcher.find()) {
        try {
          persons.add(PersonalIdentityNumber.parse(matcher.group(1)));
        } catch (RuntimeException e) {
          // not a valid number: skipped, as the generator skips it
        }
      }
    }
    return persons;
  }

  private static int luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int v = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
    return (10 - sum % 10) % 10;
  }
}
