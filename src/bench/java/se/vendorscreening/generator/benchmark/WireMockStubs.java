package se.vendorscreening.generator.benchmark;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import se.vendorscreening.shared.IdentityNumber;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a generated folder's registry extracts into a WireMock registry speaking the HTTP protocol
 * of docs/registries.md, each answer delayed by a fixed 20 ms. Every answer with records is a file
 * under {@code __files} ({@code convictions/{id}.json}, {@code tax-arrears/{id}.json}, {@code
 * financial-standing/{id}.json}, {@code convictions-by-birth-date/{date}.json}), served by a
 * handful of templated stubs whose path patterns list exactly the subjects that have a file ({@link
 * TrieRegex}); catch-alls answer for everyone else (404 for debts and convictions, an empty list
 * for name searches, a healthy financial record built from the path). So WireMock does the same
 * small amount of work for every request however many subjects there are; one stub per subject made
 * it match every request against thousands of stubs, and it was the benchmark's limit. Records
 * known only by name are not served: the protocol has no name search for subjects with a number, so
 * POSSIBLE_MATCH cannot be found over HTTP.
 *
 * <p>{@code WireMockStubs GENERATED_DIR WIREMOCK_ROOT [DELAY_MS]} writes {@code
 * WIREMOCK_ROOT/mappings/registries.json} and the answer files.
 */
public final class WireMockStubs {

  static final String BY_BIRTH_DATE = "convictions-by-birth-date";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path generated;
  private final Path files;
  private final int delay;
  private final Set<String> subjects = new HashSet<>();
  private final Set<String> birthDates = new HashSet<>();
  private final Set<String> planted = new HashSet<>();
  private final ArrayNode mappings = JSON.createArrayNode();
  private int fileCount;

  private WireMockStubs(Path generated, Path files, int delay) {
    this.generated = generated;
    this.files = files;
    this.delay = delay;
  }

  /** What was written: stubs in the mappings file, and answer files. */
  public record Written(int stubs, int files) {}

  /** Writes the stubs and the answer files. */
  public static Written write(Path generated, Path wiremockRoot, int delayMillis)
      throws IOException {
    WireMockStubs stubs =
        new WireMockStubs(
            generated, Files.createDirectories(wiremockRoot.resolve("__files")), delayMillis);
    stubs.collectSubjects();
    stubs.collectPlanted();
    stubs.convictions();
    stubs.taxArrears();
    stubs.financialStanding();
    stubs.catchAll();
    Path mappingsFolder = Files.createDirectories(wiremockRoot.resolve("mappings"));
    ObjectNode root = JSON.createObjectNode();
    root.set("mappings", stubs.mappings);
    Files.writeString(
        mappingsFolder.resolve("registries.json"),
        JSON.writeValueAsString(root),
        StandardCharsets.UTF_8);
    return new Written(stubs.mappings.size(), stubs.fileCount);
  }

  private void collectSubjects() throws IOException {
    each("vendors.csv", row -> addSubject(row.get("org_no")));
    each(
        "representatives.csv",
        row -> {
          addSubject(row.get("person_id"));
          if (!row.get("birth_date").isEmpty()) {
            birthDates.add(row.get("birth_date"));
          }
        });
  }

  private void collectPlanted() throws IOException {
    each("expected.csv", row -> planted.add(canonical(row.get("org_no"))));
    each("decoys.csv", row -> planted.add(canonical(row.get("org_no"))));
  }

  private void convictions() throws IOException {
    Map<String, ArrayNode> byId = new TreeMap<>();
    Map<String, ArrayNode> byBirthDate = new TreeMap<>();
    each(
        "registries/convictions.csv",
        row -> {
          ObjectNode conviction = JSON.createObjectNode();
          conviction.put("offenceCategory", row.get("offence_category"));
          conviction.put("offenceDescription", row.get("offence_description"));
          conviction.put("judgmentDate", row.get("judgment_date"));
          conviction.put("finalDate", emptyToNull(row.get("final_date")));
          conviction.put("court", row.get("court"));
          conviction.put("caseNumber", row.get("case_number"));
          String id = canonical(row.get("subject_id"));
          if (id != null && subjects.contains(id)) {
            byId.computeIfAbsent(id, k -> JSON.createArrayNode()).add(conviction);
          } else if (id == null && birthDates.contains(row.get("birth_date"))) {
            conviction.put("subjectName", row.get("subject_name"));
            conviction.put("birthDate", row.get("birth_date"));
            byBirthDate
                .computeIfAbsent(row.get("birth_date"), k -> JSON.createArrayNode())
                .add(conviction);
          }
        });
    for (Map.Entry<String, ArrayNode> entry : byId.entrySet()) {
      ObjectNode body = JSON.createObjectNode().put("subjectId", entry.getKey());
      body.set("convictions", entry.getValue());
      answerFile("convictions", entry.getKey(), body);
    }
    fromFiles("/convictions/", byId.keySet(), "convictions/{{request.path.[1]}}.json");
    for (Map.Entry<String, ArrayNode> entry : byBirthDate.entrySet()) {
      ObjectNode body = JSON.createObjectNode();
      body.set("convictions", entry.getValue());
      answerFile(BY_BIRTH_DATE, entry.getKey(), body);
    }
    if (!byBirthDate.isEmpty()) {
      ObjectNode mapping = mapping(1, "/convictions");
      ((ObjectNode) mapping.get("request"))
          .putObject("queryParameters")
          .putObject("birthDate")
          .put("matches", TrieRegex.matching(byBirthDate.keySet()));
      fromFile(mapping, BY_BIRTH_DATE + "/{{request.query.birthDate}}.json");
    }
  }

  private void taxArrears() throws IOException {
    Map<String, ArrayNode> byId = new TreeMap<>();
    each(
        "registries/tax-arrears.csv",
        row -> {
          String id = canonical(row.get("subject_id"));
          if (id != null && subjects.contains(id)) {
            ObjectNode debt = JSON.createObjectNode();
            debt.put("debtType", row.get("debt_type"));
            debt.put("amountSek", Long.parseLong(row.get("amount_sek")));
            debt.put("registeredDate", row.get("registered_date"));
            debt.put("finalDecision", Boolean.parseBoolean(row.get("final_decision")));
            debt.put("reference", row.get("reference"));
            byId.computeIfAbsent(id, k -> JSON.createArrayNode()).add(debt);
          }
        });
    for (Map.Entry<String, ArrayNode> entry : byId.entrySet()) {
      ObjectNode body = JSON.createObjectNode().put("subjectId", entry.getKey());
      body.set("debts", entry.getValue());
      answerFile("tax-arrears", entry.getKey(), body);
    }
    fromFiles("/tax-arrears/", byId.keySet(), "tax-arrears/{{request.path.[1]}}.json");
  }

  /**
   * Planted and decoy parties, and any without a healthy record, get their exact record (or a 404
   * when they have none); the catch-all answers for the others.
   */
  private void financialStanding() throws IOException {
    Set<String> withRecord = new HashSet<>();
    Map<String, ObjectNode> served = new TreeMap<>();
    each(
        "registries/financial-standing.csv",
        row -> {
          String id = canonical(row.get("org_no"));
          withRecord.add(id);
          ObjectNode body = JSON.createObjectNode();
          body.put("orgNo", id);
          body.put("status", row.get("status"));
          body.put("fTax", Boolean.parseBoolean(row.get("f_tax")));
          body.put("vatRegistered", Boolean.parseBoolean(row.get("vat_registered")));
          body.put("employerRegistered", Boolean.parseBoolean(row.get("employer_registered")));
          body.put("riskClass", Integer.parseInt(row.get("risk_class")));
          body.put("revenueSek", Long.parseLong(row.get("revenue_sek")));
          body.put("equitySek", Long.parseLong(row.get("equity_sek")));
          body.put("ratingDate", row.get("rating_date"));
          boolean healthy =
              !planted.contains(id)
                  && row.get("status").equals("ACTIVE")
                  && body.get("fTax").asBoolean()
                  && body.get("vatRegistered").asBoolean()
                  && body.get("employerRegistered").asBoolean()
                  && Integer.parseInt(row.get("risk_class")) >= 3;
          if (!healthy) {
            served.putIfAbsent(id, body);
          }
        });
    for (Map.Entry<String, ObjectNode> entry : served.entrySet()) {
      answerFile("financial-standing", entry.getKey(), entry.getValue());
    }
    fromFiles(
        "/financial-standing/", served.keySet(), "financial-standing/{{request.path.[1]}}.json");
    Set<String> noRecord = new TreeSet<>();
    for (String subject : subjects) {
      if (subject.length() == 10 && !withRecord.contains(subject)) {
        noRecord.add(subject);
      }
    }
    if (!noRecord.isEmpty()) {
      ObjectNode mapping = mapping(1, "/financial-standing/" + TrieRegex.matching(noRecord));
      ((ObjectNode) mapping.get("response")).put("status", 404);
      mappings.add(mapping);
    }
  }

  private void catchAll() {
    stub(10, "/tax-arrears/[0-9]+", 404, null);
    stub(10, "/convictions/[0-9]+", 404, null);
    ObjectNode none = JSON.createObjectNode();
    none.putArray("convictions");
    stub(10, "/convictions", 200, none);
    ObjectNode mapping = mapping(10, "/financial-standing/[0-9]+");
    ObjectNode response = ((ObjectNode) mapping.get("response"));
    response.put("status", 200);
    response.put(
        "body",
        "{\"orgNo\": \"{{request.path.[1]}}\", \"status\": \"ACTIVE\", \"fTax\": true,"
            + " \"vatRegistered\": true, \"employerRegistered\": true, \"riskClass\": 4,"
            + " \"revenueSek\": 100000000000, \"equitySek\": 5000000000,"
            + " \"ratingDate\": \"2026-10-01\"}");
    response.putArray("transformers").add("response-template");
    mappings.add(mapping);
  }

  /** One stub answering 200 with {@code bodyFile} for exactly the ids that have a file. */
  private void fromFiles(String prefix, Set<String> ids, String bodyFile) {
    if (!ids.isEmpty()) {
      fromFile(mapping(1, prefix + TrieRegex.matching(ids)), bodyFile);
    }
  }

  private void fromFile(ObjectNode mapping, String bodyFile) {
    ObjectNode response = (ObjectNode) mapping.get("response");
    response.put("status", 200);
    response.put("bodyFileName", bodyFile);
    response.putArray("transformers").add("response-template");
    mappings.add(mapping);
  }

  private void answerFile(String folder, String name, ObjectNode body) throws IOException {
    Path file = Files.createDirectories(files.resolve(folder)).resolve(name + ".json");
    Files.writeString(file, JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    fileCount++;
  }

  private void stub(int priority, String path, int status, ObjectNode body) {
    ObjectNode mapping = mapping(priority, path);
    ObjectNode response = (ObjectNode) mapping.get("response");
    response.put("status", status);
    if (body != null) {
      response.set("jsonBody", body);
    }
    mappings.add(mapping);
  }

  private ObjectNode mapping(int priority, String path) {
    ObjectNode mapping = JSON.createObjectNode();
    mapping.put("priority", priority);
    ObjectNode request = mapping.putObject("request").put("method", "GET");
    if (path.contains("[") || path.contains("(")) {
      request.put("urlPathPattern", path);
    } else {
      request.put("urlPath", path);
    }
    ObjectNode response = mapping.putObject("response");
    response.put("fixedDelayMilliseconds", delay);
    response.putObject("headers").put("Content-Type", "application/json");
    return mapping;
  }

  private void addSubject(String text) {
    String id = canonical(text);
    if (id != null) {
      subjects.add(id);
    }
  }

  private static String canonical(String text) {
    if (text == null || text.isBlank() || text.contains(":")) {
      return null;
    }
    return IdentityNumber.parse(text).canonical();
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private void each(String file, Consumer<Map<String, String>> action) throws IOException {
    try (var reader =
        new CSVReaderHeaderAware(
            Files.newBufferedReader(generated.resolve(file), StandardCharsets.UTF_8))) {
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        action.accept(row);
      }
    } catch (CsvValidationException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** {@code GENERATED_DIR WIREMOCK_ROOT [DELAY_MS]} */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WireMockStubs GENERATED_DIR WIREMOCK_ROOT [DELAY_MS]");
      System.exit(64);
    }
    int delay = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Written written = write(Path.of(args[0]), Path.of(args[1]), delay);
    System.out.println(
        "wiremock stubs=" + written.stubs() + " files=" + written.files() + " delay_ms=" + delay);
  }
}
