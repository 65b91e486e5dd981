package se.vendorscreening.generator.benchmark;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a screening run's {@code results.csv} against the flags the generator planted: every
 * planted rule found on its party, every planted party with the expected decision, no unplanted
 * party excluded. Decoys (records that must fire nothing) and other unplanted non-CLEAR parties are
 * counted and shown, but only an unplanted EXCLUDE fails the check.
 *
 * <p>{@code BenchmarkCheck GENERATED_DIR RESULTS_CSV [--ignore-rule RULE_ID]...}, run as the
 * package says; exit status 0 when it passes, 1 when not.
 */
public final class BenchmarkCheck {

  private static final List<String> SEVERITY = List.of("CLEAR", "REVIEW", "INCOMPLETE", "EXCLUDE");
  private static final int SHOWN = 15;

  private final Map<String, Set<String>> plantedRules = new HashMap<>();
  private final Map<String, String> expectedDecision = new HashMap<>();
  private final Map<String, String> decoys = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Long> unplantedDecisions = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long plantedFlags;
  private long flagsFound;
  private long missingFlags;
  private long wrongDecisions;
  private long unplantedExcluded;
  private long decoysFlagged;
  private long rows;

  /** The outcome, for tests and the script. */
  public record Outcome(
      long rows,
      long plantedFlags,
      long flagsFound,
      long missingFlags,
      long wrongDecisions,
      long missingParties,
      long unplantedExcluded,
      long decoysFlagged,
      Map<String, Long> unplantedDecisions) {

    /** Whether every planted flag was found with its decision and nothing unplanted excluded. */
    public boolean passed() {
      return missingFlags == 0
          && wrongDecisions == 0
          && missingParties == 0
          && unplantedExcluded == 0;
    }
  }

  /**
   * Compares the results with the generated folder's {@code expected.csv} and {@code decoys.csv}.
   */
  public static Outcome check(
      Path generatedDirectory, Path results, Set<String> ignoredRules, PrintStream report)
      throws IOException {
    BenchmarkCheck check = new BenchmarkCheck();
    check.readExpected(generatedDirectory.resolve("expected.csv"), ignoredRules);
    check.readDecoys(generatedDirectory.resolve("decoys.csv"));
    check.readResults(results);
    return check.report(report);
  }

  private void readExpected(Path file, Set<String> ignoredRules) throws IOException {
    for (Map<String, String> row : rows(file)) {
      if (ignoredRules.contains(row.get("rule_id"))) {
        continue;
      }
      String party = key(row.get("org_no"));
      plantedRules.computeIfAbsent(party, k -> new HashSet<>()).add(row.get("rule_id"));
      expectedDecision.merge(party, row.get("expected_decision"), BenchmarkCheck::mostSevere);
      plantedFlags++;
    }
  }

  private void readDecoys(Path file) throws IOException {
    if (Files.exists(file)) {
      for (Map<String, String> row : rows(file)) {
        decoys.put(key(row.get("org_no")), row.get("decoy"));
      }
    }
  }

  private void readResults(Path file) throws IOException {
    try (var reader =
        new CSVReaderHeaderAware(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        rows++;
        result(key(row.get("org_no")), row.get("decision"), row.get("rule_ids"));
      }
    } catch (CsvValidationException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private void result(String party, String decision, String ruleIds) {
    Set<String> found =
        new HashSet<>(List.of(ruleIds == null ? new String[0] : ruleIds.split("\\|")));
    Set<String> planted = plantedRules.get(party);
    if (planted == null) {
      unplantedDecisions.merge(decision, 1L, Long::sum);
      if (decision.equals("EXCLUDE")) {
        unplantedExcluded++;
        problem("unplanted party EXCLUDED: " + party + " rules " + ruleIds);
      }
      if (decoys.containsKey(party) && !decision.equals("CLEAR")) {
        decoysFlagged++;
        if (decoysFlagged <= SHOWN) {
          notes.add(
              "decoy " + decoys.get(party) + " got " + decision + ": " + party + " " + ruleIds);
        }
      }
      return;
    }
    seen.add(party);
    for (String rule : planted) {
      if (found.contains(rule)) {
        flagsFound++;
      } else {
        missingFlags++;
        problem("planted " + rule + " not found on " + party + " (rules " + ruleIds + ")");
      }
    }
    if (!decision.equals(expectedDecision.get(party))) {
      wrongDecisions++;
      problem(
          party
              + " got "
              + decision
              + ", expected "
              + expectedDecision.get(party)
              + " (rules "
              + ruleIds
              + ")");
    }
  }

  private Outcome report(PrintStream out) {
    long missingParties = plantedRules.keySet().stream().filter(p -> !seen.contains(p)).count();
    plantedRules.keySet().stream()
        .filter(p -> !seen.contains(p))
        .limit(SHOWN)
        .forEach(p -> problem("planted party missing from results: " + p));
    Outcome outcome =
        new Outcome(
            rows,
            plantedFlags,
            flagsFound,
            missingFlags,
            wrongDecisions,
            missingParties,
            unplantedExcluded,
            decoysFlagged,
            Map.copyOf(unplantedDecisions));
    problems.stream().limit(SHOWN).forEach(p -> out.println("check problem: " + p));
    notes.forEach(n -> out.println("check note: " + n));
    out.printf(
        "check results=%d planted_flags=%d found=%d missing=%d wrong_decisions=%d"
            + " missing_parties=%d unplanted_excluded=%d decoys_flagged=%d unplanted_decisions=%s%n",
        rows,
        plantedFlags,
        flagsFound,
        missingFlags,
        wrongDecisions,
        missingParties,
        unplantedExcluded,
        decoysFlagged,
        unplantedDecisions);
    out.println(outcome.passed() ? "check PASSED" : "check FAILED");
    return outcome;
  }

  private void problem(String text) {
    problems.add(text);
  }

  private static String mostSevere(String a, String b) {
    return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
  }

  /** Organisation numbers compared by their digits, so that any writing of a number matches. */
  private static String key(String orgNo) {
    if (orgNo == null) {
      return "";
    }
    String digits = orgNo.replaceAll("[^0-9]", "");
    if (orgNo.contains(":") || digits.length() < 10) {
      return orgNo.strip();
    }
    return digits.length() == 12 && digits.startsWith("16") ? digits.substring(2) : digits;
  }

  private static List<Map<String, String>> rows(Path file) throws IOException {
    try (var reader =
        new CSVReaderHeaderAware(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        rows.add(row);
      }
      return rows;
    } catch (CsvValidationException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** {@code GENERATED_DIR RESULTS_CSV [--ignore-rule RULE_ID]...} */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: BenchmarkCheck GENERATED_DIR RESULTS_CSV [--ignore-rule RULE_ID]...");
      System.exit(64);
    }
    Set<String> ignored = new HashSet<>();
    for (int i = 2; i + 1 < args.length; i += 2) {
      if (args[i].equals("--ignore-rule")) {
        ignored.add(args[i + 1]);
      }
    }
    Outcome outcome = check(Path.of(args[0]), Path.of(args[1]), ignored, System.out);
    System.exit(outcome.passed() ? 0 : 1);
  }
}
