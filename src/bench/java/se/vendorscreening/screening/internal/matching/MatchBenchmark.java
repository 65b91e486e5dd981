package se.vendorscreening.screening.internal.matching;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.internal.rules.RuleSet;
import se.vendorscreening.screening.internal.rules.RuleSetLoader;
import se.vendorscreening.shared.CandidateKeys;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PartyNames;

/**
 * The matching benchmark (docs/matching.md): labelled person pairs from Skatteverket's test
 * identities with a documented typo model, and company names written in other ways, run through
 * blocking and the matcher as a screening run does; prints precision and recall of EXCLUDE (a
 * strong match) and of REVIEW-or-EXCLUDE (any match), per typo kind, for the rules' thresholds and
 * for the matching before December 2026. Run by {@code bench/match-benchmark.sh}, no Spring: it
 * lives in {@code src/bench/java}, outside the application jar, in {@code
 * target/vendor-screening-bench.jar} with its helpers ({@code BenchmarkPersons}, {@code
 * BenchmarkCompanies}, {@code BenchmarkNames}, {@code TypoModel}), and runs in the matching's
 * package on the application jar's classes (one class loader, so package-private access holds).
 */
public final class MatchBenchmark {

  /** A registry record: name, birth date (or null) and number (or null). */
  record Record(String name, LocalDate birthDate, IdentityNumber number) {}

  /**
   * A subject looked up, with the record it truly is (-1 for none).
   *
   * @param typoPair whether it is a typo'd person with an equal birth date (the recall figures)
   */
  record Case(String kind, Subject subject, int trueRecord, boolean typoPair) {}

  /** How a matcher blocks and matches. */
  interface Matching {
    Set<String> keys(String name, LocalDate birthDate);

    MatchType match(Subject subject, Record record);
  }

  /** Typo kinds that leave only part of the name: REVIEW by design, never EXCLUDE. */
  private static final List<String> PARTIAL_BY_DESIGN =
      List.of("typo initial", "typo missing_word", "typo surname_change");

  private MatchBenchmark() {}

  public static void main(String[] args) {
    long seed = 2026;
    int persons = 5000;
    boolean sweep = false;
    int examples = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--persons" -> persons = Integer.parseInt(args[++i]);
        case "--sweep" -> sweep = true;
        case "--examples" -> examples = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: MatchBenchmark [--seed S] [--persons N] [--sweep]");
          System.exit(64);
        }
      }
    }
    RuleSet rules = RuleSetLoader.load(java.nio.file.Path.of("config/rules.yml"), null);
    BenchmarkPersons people = new BenchmarkPersons(seed).build(persons);
    BenchmarkCompanies companies = new BenchmarkCompanies(seed).build(1000);
    PrintStream out = System.out;
    out.printf(
        "persons: %,d records, %,d subjects (%,d typo'd with an equal birth date); companies:"
            + " %,d names, %,d variants; seed %d%n",
        people.records.size(),
        people.cases.size(),
        people.cases.stream().filter(Case::typoPair).count(),
        companies.records.size(),
        companies.cases.size(),
        seed);
    MatchingSettings settings = rules.matching();
    Matching current = matching(settings);
    report(out, "rules.yml " + thresholds(settings), current, people, companies);
    if (examples > 0) {
      java.util.Random pick = new java.util.Random(seed);
      List<String> shown = new ArrayList<>(run(current, people.records, people.cases).examples);
      shown.addAll(runLeavingOut(current, companies.records, companies.clean).examples);
      runLeavingOut(before(settings), companies.records, companies.clean)
          .examples
          .forEach(e -> out.println("  before " + e));
      java.util.Collections.shuffle(shown, pick);
      shown.stream().limit(examples).sorted().forEach(e -> out.println("  example " + e));
    }
    report(
        out,
        "before December 2026 (prefix keys, weakest Jaro-Winkler >= 0.92)",
        before(settings),
        people,
        companies);
    if (sweep) {
      out.println();
      out.println(
          "strong  review  EXCLUDE precision  EXCLUDE recall  REVIEW-or-EXCLUDE recall"
              + "  false matches among negatives");
      for (double strong : new double[] {0.86, 0.88, 0.9, 0.92, 0.94}) {
        for (double review : new double[] {0.4, 0.5, 0.6}) {
          Tally tally =
              run(
                  matching(
                      new MatchingSettings(
                          settings.threshold(), strong, review, settings.diacriticsPenalty())),
                  people.records,
                  people.cases);
          out.printf(
              Locale.ROOT,
              "%.2f    %.2f    %.4f             %.4f          %.4f" + "                    %d%n",
              strong,
              review,
              tally.excludePrecision(),
              tally.excludeRecall(),
              tally.anyRecall(),
              tally.falseSubjects());
        }
      }
    }
  }

  private static String thresholds(MatchingSettings settings) {
    return String.format(
        Locale.ROOT,
        "(name-only %.2f, strong %.2f, review %.2f)",
        settings.threshold(),
        settings.strongThreshold(),
        settings.reviewThreshold());
  }

  private static void report(
      PrintStream out,
      String title,
      Matching matching,
      BenchmarkPersons people,
      BenchmarkCompanies companies) {
    Tally persons = run(matching, people.records, people.cases);
    Tally variants = run(matching, companies.records, companies.cases);
    Tally clean = runLeavingOut(matching, companies.records, companies.clean);
    out.println();
    out.println("== " + title);
    out.printf(
        Locale.ROOT,
        "persons, typo'd with an equal birth date: EXCLUDE precision %.4f (%d of %d), recall %.4f;"
            + " REVIEW-or-EXCLUDE recall %.4f, precision %.4f%n",
        persons.excludePrecision(),
        persons.strongTrue,
        persons.strongTrue + persons.strongFalse,
        persons.excludeRecall(),
        persons.anyRecall(),
        persons.anyPrecision());
    long[] letterLevel = new long[2];
    persons.byKind.forEach(
        (kind, counts) -> {
          if (kind.startsWith("typo ") && !PARTIAL_BY_DESIGN.contains(kind)) {
            letterLevel[0] += counts[0];
            letterLevel[1] += counts[1];
          }
        });
    out.printf(
        Locale.ROOT,
        "  of them with every word still there (all but %s): EXCLUDE recall %.4f (%d of %d)%n",
        String.join(", ", PARTIAL_BY_DESIGN),
        letterLevel[1] / (double) letterLevel[0],
        letterLevel[1],
        letterLevel[0]);
    persons.byKind.forEach(
        (kind, counts) ->
            out.printf(
                Locale.ROOT,
                "  %-48s %5d  EXCLUDE %.3f  REVIEW-or-EXCLUDE %.3f  false matches %d (EXCLUDE %d)%n",
                kind,
                counts[0],
                counts[1] / (double) counts[0],
                counts[2] / (double) counts[0],
                counts[3],
                counts[4]));
    out.printf(
        Locale.ROOT,
        "companies, written another way: POSSIBLE_MATCH recall %.4f; clean names: %d false"
            + " POSSIBLE_MATCHes among %d%n",
        variants.anyRecallAll(),
        clean.falseSubjects(),
        companies.clean.size());
    variants.byKind.forEach(
        (kind, counts) ->
            out.printf(
                Locale.ROOT,
                "  %-48s %5d  found %.3f%n",
                kind,
                counts[0],
                counts[2] / (double) counts[0]));
  }

  /** Counts per case kind: cases, true strong, true any, false any, false strong. */
  static final class Tally {
    final Map<String, long[]> byKind = new TreeMap<>();
    long strongTrue;
    long strongFalse;
    long anyTrue;
    long anyFalse;
    long typoPairs;
    long typoStrong;
    long typoAny;
    long cases;
    long casesFound;
    long subjectsWithFalse;
    final List<String> examples = new ArrayList<>();

    double excludePrecision() {
      return strongTrue + strongFalse == 0 ? 1 : strongTrue / (double) (strongTrue + strongFalse);
    }

    double anyPrecision() {
      return anyTrue + anyFalse == 0 ? 1 : anyTrue / (double) (anyTrue + anyFalse);
    }

    double excludeRecall() {
      return typoStrong / (double) typoPairs;
    }

    double anyRecall() {
      return typoAny / (double) typoPairs;
    }

    double anyRecallAll() {
      return casesFound / (double) cases;
    }

    long falseSubjects() {
      return subjectsWithFalse;
    }
  }

  static Tally run(Matching matching, List<Record> records, List<Case> cases) {
    return run(matching, records, cases, false);
  }

  private static Tally runLeavingOut(Matching matching, List<Record> records, List<Case> cases) {
    return run(matching, records, cases, true);
  }

  private static Tally run(
      Matching matching, List<Record> records, List<Case> cases, boolean leaveOut) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Integer>> byNumber = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      Record record = records.get(i);
      if (record.number() != null) {
        byNumber.computeIfAbsent(record.number().canonical(), k -> new ArrayList<>()).add(i);
      } else {
        for (String key : matching.keys(record.name(), record.birthDate())) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Tally tally = new Tally();
    for (Case c : cases) {
      Subject subject = c.subject();
      Set<Integer> candidates = new TreeSet<>();
      if (subject.identityNumber() != null) {
        candidates.addAll(byNumber.getOrDefault(subject.identityNumber().canonical(), List.of()));
      }
      LocalDate born = birthDateOf(subject);
      for (String key : matching.keys(subject.name(), born)) {
        candidates.addAll(byKey.getOrDefault(key, List.of()));
      }
      if (leaveOut) {
        candidates.remove(c.trueRecord());
      }
      boolean trueStrong = false;
      boolean trueAny = false;
      long falseAny = 0;
      long falseStrong = 0;
      for (int candidate : candidates) {
        MatchType type = matching.match(subject, records.get(candidate));
        if (type == null) {
          continue;
        }
        boolean strong = !type.isWeak();
        boolean right = candidate == c.trueRecord() && !leaveOut;
        if (right) {
          trueAny = true;
          trueStrong |= strong;
          tally.anyTrue++;
          tally.strongTrue += strong ? 1 : 0;
        } else {
          falseAny++;
          falseStrong += strong ? 1 : 0;
          tally.anyFalse++;
          tally.strongFalse += strong ? 1 : 0;
        }
      }
      if ((c.typoPair() && !trueStrong) || falseAny > 0) {
        tally.examples.add(
            c.kind()
                + ": "
                + subject.name()
                + " "
                + born
                + " -> "
                + (c.trueRecord() >= 0 ? records.get(c.trueRecord()).name() : "-")
                + (falseAny > 0
                    ? " [false: " + falseNames(matching, subject, records, candidates, c) + "]"
                    : ""));
      }
      long[] counts = tally.byKind.computeIfAbsent(c.kind(), k -> new long[5]);
      counts[0]++;
      counts[1] += trueStrong ? 1 : 0;
      counts[2] += trueAny ? 1 : 0;
      counts[3] += falseAny;
      counts[4] += falseStrong;
      tally.cases += c.trueRecord() >= 0 && !leaveOut ? 1 : 0;
      tally.casesFound += trueAny ? 1 : 0;
      tally.subjectsWithFalse += falseAny > 0 ? 1 : 0;
      if (c.typoPair()) {
        tally.typoPairs++;
        tally.typoStrong += trueStrong ? 1 : 0;
        tally.typoAny += trueAny ? 1 : 0;
      }
    }
    return tally;
  }

  private static String falseNames(
      Matching matching, Subject subject, List<Record> records, Set<Integer> candidates, Case c) {
    List<String> names = new ArrayList<>();
    for (int candidate : candidates) {
      MatchType type = matching.match(subject, records.get(candidate));
      if (type != null && candidate != c.trueRecord()) {
        names.add(
            records.get(candidate).name() + " " + records.get(candidate).birthDate() + " " + type);
      }
    }
    return String.join("; ", names);
  }

  static Matching matching(MatchingSettings settings) {
    SubjectMatcher matcher = SubjectMatcher.of(settings);
    return new Matching() {
      @Override
      public Set<String> keys(String name, LocalDate birthDate) {
        return CandidateKeys.of(name, birthDate);
      }

      @Override
      public MatchType match(Subject subject, Record record) {
        return matcher
            .match(subject, record.number(), record.name(), record.birthDate())
            .map(SubjectMatch::type)
            .orElse(null);
      }
    };
  }

  /** The matching as it was before December 2026, for comparison. */
  private static Matching before(MatchingSettings settings) {
    NameSimilarity similarity = new NameSimilarity(settings.diacriticsPenalty());
    double threshold = settings.threshold();
    return new Matching() {
      @Override
      public Set<String> keys(String name, LocalDate birthDate) {
        return PartyNames.blockingKeys(name);
      }

      @Override
      public MatchType match(Subject subject, Record record) {
        if (record.number() != null && subject.identityNumber() != null) {
          return record.number().canonical().equals(subject.identityNumber().canonical())
              ? MatchType.IDENTITY_NUMBER
              : null;
        }
        if (similarity.score(subject.name(), record.name()) < threshold) {
          return null;
        }
        LocalDate born = birthDateOf(subject);
        LocalDate recordBorn = record.birthDate();
        if (born != null && recordBorn != null) {
          return born.equals(recordBorn) ? MatchType.NAME_AND_BIRTH_DATE : null;
        }
        return MatchType.NAME_ONLY;
      }
    };
  }

  private static LocalDate birthDateOf(Subject subject) {
    if (subject.birthDate() != null) {
      return subject.birthDate();
    }
    return subject.identityNumber() instanceof se.vendorscreening.shared.PersonalIdentityNumber p
        ? p.birthDate().orElse(null)
        : null;
  }
}
