package se.vendorscreening.registry.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures loading and looking up a generated conviction extract (bench/README.md); run by hand,
 * not by the build: {@code java -Xmx1g -cp ... ConvictionExtractBenchmark [rows] [file]}. Persons
 * carry Skatteverket test numbers only; a tenth of the records have no number (foreign persons).
 */
final class ConvictionExtractBenchmark {

  private static final String[] GIVEN = {
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Eva",
    "Per",
    "Sara",
    "Nils",
    "Ida",
    "Ali",
    "Fatima",
    "Omar",
    "Leila",
    "Jan",
    "Piotr",
    "Agnieszka",
    "Mehmet",
    "Elif",
    "Juha",
    "Aino"
  };
  private static final String[] FAMILY = {
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Kowalski",
    "Nowak",
    "Yilmaz",
    "Hassan",
    "Virtanen",
    "Korhonen",
    "Müller",
    "Schmidt",
    "Novák",
    "Horvat",
    "Petrović",
    "Jovanović",
    "Berg",
    "Lund",
    "Ström"
  };
  private static final String[] CATEGORIES = {
    "BRIBERY", "FRAUD", "MONEY_LAUNDERING", "TAX_OFFENCE", "ACCOUNTING_OFFENCE", "WORK_ENVIRONMENT",
    "ENVIRONMENTAL", "CARTEL", "OTHER", "WELFARE_FRAUD", "TRAFFICKING", "TERRORISM"
  };

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "target/bench/convictions.csv");
    List<String> numbers = testNumbers();
    if (!Files.exists(file)) {
      generate(file, rows, numbers);
    }
    System.out.printf("file %s: %,d bytes%n", file, Files.size(file));
    long heapBefore = usedHeapAfterGc();
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long gcStart = gcMillis();
    CsvConvictionRegistry registry = CsvConvictionRegistry.load(file, Clock.systemUTC());
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "load: %.2f s CPU on the loading thread, %.2f s in GC%n",
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9,
        (gcMillis() - gcStart) / 1e3);
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        "loaded %,d records (%,d rejected) in %.2f s; heap for records + index %,d MB (max heap %,d MB)%n",
        registry.extract().size(),
        registry.rejectedRows().size(),
        loadSeconds,
        (heapAfter - heapBefore) >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    lookups(registry, numbers);
  }

  private static void lookups(CsvConvictionRegistry registry, List<String> numbers) {
    Random random = new Random(11);
    List<Subject> subjects = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      IdentityNumber number = IdentityNumber.parse(numbers.get(random.nextInt(numbers.size())));
      subjects.add(
          i % 10 == 0
              ? new Subject(
                  SubjectKind.PERSON, null, nameOf(random), LocalDate.of(1970, 1, 1), "DE")
              : new Subject(SubjectKind.PERSON, number, nameOf(random), null, "SE"));
    }
    for (int round = 0; round < 2; round++) {
      long candidates = 0;
      long start = System.nanoTime();
      for (Subject subject : subjects) {
        candidates += registry.convictionsOf(subject).records().size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %,d lookups in %.2f s = %,.0f lookups/s (%.1f µs each), %,d candidates%n",
          round + 1,
          subjects.size(),
          seconds,
          subjects.size() / seconds,
          seconds * 1e6 / subjects.size(),
          candidates);
    }
  }

  static List<String> testNumbers() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> numbers = new ArrayList<>();
    for (String name : new String[] {"testpersonnummer.json", "testsamordningsnummer.json"}) {
      try (InputStream in =
          ConvictionExtractBenchmark.class.getResourceAsStream("/skatteverket-test-ids/" + name)) {
        for (Object number : mapper.readValue(in, List.class)) {
          numbers.add((String) number);
        }
      }
    }
    return numbers;
  }

  private static void generate(Path file, int rows, List<String> numbers) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(CsvConvictionRegistryTests.HEADER);
      for (int i = 0; i < rows; i++) {
        String id;
        String birthDate = "";
        int kind = random.nextInt(20);
        if (kind < 2) {
          id = "";
          birthDate =
              LocalDate.of(
                      1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
                  .toString();
        } else if (kind == 2) {
          id = organisationNumber(random);
        } else {
          String number = numbers.get(random.nextInt(numbers.size()));
          id = i % 2 == 0 ? number : number.substring(2, 8) + "-" + number.substring(8);
        }
        LocalDate judgment = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5400));
        String finalDate =
            random.nextInt(10) == 0 ? "" : judgment.plusDays(21 + random.nextInt(200)).toString();
        out.write(
            id
                + ","
                + nameOf(random)
                + ","
                + birthDate
                + ","
                + CATEGORIES[random.nextInt(CATEGORIES.length)]
                + ",Brott enligt dom,"
                + judgment
                + ","
                + finalDate
                + ",Tingsrätt "
                + (1 + random.nextInt(48))
                + ",B "
                + (1000 + random.nextInt(9000))
                + "-"
                + (judgment.getYear() % 100)
                + "\n");
      }
    }
  }

  private static final String[] SYLLABLES = {
    "berg", "lund", "ström", "kvist", "holm", "dahl", "gren", "sjö", "ek", "ny", "vik", "ås",
    "mark", "fors", "hed", "rud", "bäck", "sand", "lind", "sten", "al", "björk", "gran", "wall"
  };

  /** Names from a pool of some 1.5 million combinations, so blocking works as on real registers. */
  private static String nameOf(Random random) {
    String family =
        random.nextInt(4) == 0
            ? FAMILY[random.nextInt(FAMILY.length)]
            : "bdfghjklmnprstvz".charAt(random.nextInt(16))
                + "aeiouyäö".substring(random.nextInt(8)).substring(0, 1)
                + "bdfghjklmnprstvz".charAt(random.nextInt(16))
                + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + (random.nextBoolean() ? "" : "er");
    family = Character.toUpperCase(family.charAt(0)) + family.substring(1);
    return GIVEN[random.nextInt(GIVEN.length)] + " " + family;
  }

  private static String organisationNumber(Random random) {
    String nine = "55" + (20 + random.nextInt(80)) + String.format("%05d", random.nextInt(100_000));
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return nine + (10 - sum % 10) % 10;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(gc -> gc.getCollectionTime())
        .sum();
  }

  // System.gc() collects before it returns; a weakly held sentinel cleared shows a collection ran
  static long usedHeapAfterGc() {
    WeakReference<Object> sentinel = new WeakReference<>(new Object());
    for (int i = 0; i < 10 && sentinel.get() != null; i++) {
      System.gc();
    }
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
