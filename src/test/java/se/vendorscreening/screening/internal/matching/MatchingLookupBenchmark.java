package se.vendorscreening.screening.internal.matching;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Measures the conviction extract's index and the matching on it; run by hand, not by the build:
 * {@code java -Xmx1g -cp target/test-classes:target/classes:... MatchingLookupBenchmark [file]}.
 * The file is the one {@code registry.internal.ConvictionExtractBenchmark} writes (1,000,000 rows,
 * a tenth without a number, with a birth date): run that first. Prints the live heap of the loaded
 * extract, the rate of candidate lookups, and the rate of lookups with every candidate matched
 * ({@link SubjectMatcher}) as a screening run does.
 */
final class MatchingLookupBenchmark {

  private static final String[] GIVEN = {"Anna", "Erik", "Maria", "Lars", "Ali", "Piotr", "Aino"};
  private static final String[] FAMILY = {"Andersson", "Nowak", "Virtanen", "Berg", "Hassan"};

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench/convictions.csv");
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(file + " missing: run ConvictionExtractBenchmark first");
    }
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    ConvictionRegistry registry = load(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedHeapAfterGc();
    System.out.printf(
        "loaded in %.2f s; live heap of records + index %,d MB (max heap %,d MB)%n",
        seconds, (after - before) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    List<Subject> subjects = subjects(numbers());
    SubjectMatcher matcher = SubjectMatcher.of(ScreeningFixtures.RULES.matching());
    for (int round = 0; round < 3; round++) {
      long candidates = 0;
      long matches = 0;
      long lookupStart = System.nanoTime();
      for (Subject subject : subjects) {
        candidates += registry.convictionsOf(subject).records().size();
      }
      double lookupSeconds = (System.nanoTime() - lookupStart) / 1e9;
      long matchStart = System.nanoTime();
      for (Subject subject : subjects) {
        for (ConvictionRecord record : registry.convictionsOf(subject).records()) {
          if (matcher
              .match(subject, record.subjectId(), record.subjectName(), record.birthDate())
              .isPresent()) {
            matches++;
          }
        }
      }
      double matchSeconds = (System.nanoTime() - matchStart) / 1e9;
      System.out.printf(
          "round %d: %,d lookups: %,.0f a second (candidates only, %,d candidates);"
              + " %,.0f a second with every candidate matched (%,d matches)%n",
          round + 1,
          subjects.size(),
          subjects.size() / lookupSeconds,
          candidates,
          subjects.size() / matchSeconds,
          matches);
    }
  }

  /** Nine in ten with a test personnummer, one in ten foreign with a birth date and no number. */
  private static List<Subject> subjects(List<String> numbers) {
    Random random = new Random(11);
    List<Subject> subjects = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(5)];
      if (i % 10 == 0) {
        LocalDate born =
            LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        subjects.add(new Subject(SubjectKind.PERSON, null, name, born, "DE"));
      } else {
        IdentityNumber number = IdentityNumber.parse(numbers.get(random.nextInt(numbers.size())));
        subjects.add(new Subject(SubjectKind.PERSON, number, name, null, "SE"));
      }
    }
    return subjects;
  }

  private static ConvictionRegistry load(Path file) throws Exception {
    Class<?> type = Class.forName("se.vendorscreening.registry.internal.CsvConvictionRegistry");
    Method load = type.getDeclaredMethod("load", Path.class, Clock.class);
    load.setAccessible(true);
    return (ConvictionRegistry) load.invoke(null, file, Clock.systemUTC());
  }

  @SuppressWarnings("unchecked")
  private static List<String> numbers() throws Exception {
    Class<?> type =
        Class.forName("se.vendorscreening.registry.internal.ConvictionExtractBenchmark");
    Method numbers = type.getDeclaredMethod("testNumbers");
    numbers.setAccessible(true);
    return (List<String>) numbers.invoke(null);
  }

  // System.gc() collects before it returns; a weakly held sentinel cleared shows a collection ran
  private static long usedHeapAfterGc() {
    WeakReference<Object> sentinel = new WeakReference<>(new Object());
    for (int i = 0; i < 10 && sentinel.get() != null; i++) {
      System.gc();
    }
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
