package se.vendorscreening.generator.internal;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.generator.GeneratedData;
import se.vendorscreening.generator.GenerationRequest;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.PartyNames;
import se.vendorscreening.shared.PersonalIdentityNumber;

class GeneratorTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final List<String> FILES =
      List.of(
          "vendors.csv",
          "representatives.csv",
          "registries/convictions.csv",
          "registries/tax-arrears.csv",
          "registries/financial-standing.csv",
          "registries/organised-crime-assessments.csv",
          "expected.csv",
          "decoys.csv",
          "as-of.txt");

  @TempDir static Path shared;
  static GeneratedData data;
  static GeneratedFiles files;

  private final CsvSyntheticProcurementGenerator generator = new CsvSyntheticProcurementGenerator();

  @BeforeAll
  static void generateOneThousandVendors() throws IOException {
    data =
        new CsvSyntheticProcurementGenerator()
            .generate(new GenerationRequest(1_000, 7, shared.resolve("n1000"), AS_OF));
    files = new GeneratedFiles(data.directory());
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path folder)
      throws IOException {
    Path first = folder.resolve("first");
    Path second = folder.resolve("second");
    Path otherSeed = folder.resolve("other");

    generator.generate(new GenerationRequest(300, 99, first, AS_OF));
    generator.generate(new GenerationRequest(300, 99, second, AS_OF));
    generator.generate(new GenerationRequest(300, 100, otherSeed, AS_OF));

    for (String file : FILES) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(Files.readAllBytes(otherSeed.resolve("vendors.csv")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("vendors.csv")));
  }

  @Test
  void writesTheCountsInTheRatiosOfTheBenchmark() {
    long parties = data.vendors() + data.subcontractors();

    assertThat(data.vendors()).isEqualTo(1_000);
    assertThat(data.subcontractors()).isBetween(150L, 260L);
    assertThat((double) data.representatives() / data.vendors()).isBetween(2.8, 3.2);
    assertThat(data.convictions()).isEqualTo(10_000);
    assertThat(data.taxArrears()).isEqualTo(2_000);
    assertThat(data.financialRecords()).isEqualTo(parties - 10); // ten FINANCIAL_NO_DATA
    assertThat(files.vendors()).hasSize((int) parties);
    assertThat(files.representatives()).hasSize((int) data.representatives());
    assertThat(files.convictions()).hasSize(10_000);
    assertThat(files.assessments()).hasSize((int) data.networkAssessments());
    assertThat(files.vendors().stream().map(row -> row.get("procurement_type")).collect(toSet()))
        .containsExactlyInAnyOrder("LOU", "LOU19", "LOV");
    assertThat(files.vendors().stream().filter(row -> "ACTIVE".equals(row.get("contract_status"))))
        .hasSizeGreaterThan(300);
    assertThat(Files.exists(data.directory().resolve("as-of.txt"))).isTrue();
  }

  @Test
  void plantsEveryRuleTenTimesInAThousandVendors() {
    Map<String, Long> perRule = new HashMap<>();
    files.expected().forEach(row -> perRule.merge(row.get("rule_id"), 1L, Long::sum));

    assertThat(perRule)
        .containsEntry("CONVICTION_MANDATORY", 50L)
        .containsEntry("CONVICTION_PENDING", 10L)
        .containsEntry("CONVICTION_OTHER", 30L)
        .containsEntry("TAX_UNPAID_FINAL", 30L)
        .containsEntry("TAX_UNPAID", 10L)
        .containsEntry("ENFORCEMENT_DEBT", 10L)
        .containsEntry("COMPANY_STATUS", 10L)
        .containsEntry("REGISTRATION_MISSING", 10L)
        .containsEntry("CREDIT_RISK", 10L)
        .containsEntry("CAPACITY", 10L)
        .containsEntry("FINANCIAL_NO_DATA", 10L)
        .containsEntry("ORGANISED_CRIME_LINK", 20L)
        .containsEntry("POSSIBLE_MATCH", 20L)
        .containsEntry("SUBCONTRACTOR_FLAGGED", 30L);
    assertThat(files.decoys()).hasSize(60);
  }

  @Test
  void everyNumberIsAValidOrganisationNumberOrOneOfSkatteverketsTestNumbers() throws IOException {
    Set<String> testNumbers = skatteverketTestNumbers();
    List<String> written =
        Stream.of(
                files.vendors().stream().map(row -> row.get("org_no")),
                files.vendors().stream().map(row -> row.get("parent_org_no")),
                files.representatives().stream().map(row -> row.get("person_id")),
                files.convictions().stream().map(row -> row.get("subject_id")),
                files.taxArrears().stream().map(row -> row.get("subject_id")),
                files.financialStanding().stream().map(row -> row.get("org_no")),
                files.assessments().stream().map(row -> row.get("subject_id")))
            .flatMap(s -> s)
            .filter(text -> !text.isEmpty())
            .toList();

    assertThat(written).hasSizeGreaterThan(15_000);
    Set<String> invalid = new HashSet<>();
    for (String text : written) {
      IdentityNumber number = IdentityNumber.parse(text);
      if (number instanceof PersonalIdentityNumber person) {
        if (!testNumbers.contains(person.canonical())) {
          invalid.add(person.masked());
        }
      } else if (((OrganisationNumber) number).digits().substring(2, 4).compareTo("20") < 0) {
        invalid.add(number.masked());
      }
    }
    assertThat(invalid).isEmpty();
    assertThat(files.vendors())
        .allSatisfy(row -> assertThat(row.get("org_no")).matches("[0-9]{6}-[0-9]{4}"));
  }

  @Test
  void subcontractorsWorkUnderAVendorOfTheSameProcurement() {
    Map<String, String> vendorProcurement = new HashMap<>();
    files.vendors().stream()
        .filter(row -> row.get("role").equals("VENDOR"))
        .forEach(row -> vendorProcurement.put(row.get("org_no"), row.get("procurement_id")));

    List<Map<String, String>> subcontractors =
        files.vendors().stream().filter(row -> row.get("role").equals("SUBCONTRACTOR")).toList();

    assertThat(subcontractors).isNotEmpty();
    assertThat(subcontractors)
        .allSatisfy(
            row ->
                assertThat(vendorProcurement.get(row.get("parent_org_no")))
                    .isEqualTo(row.get("procurement_id")));
    assertThat(files.vendors().stream().map(row -> row.get("org_no")).distinct())
        .hasSize(files.vendors().size());
  }

  @Test
  void expectedFlagsNameExistingPartiesWithTheDecisionOfTheirRegime() {
    Map<String, Map<String, String>> parties = new HashMap<>();
    files.vendors().forEach(row -> parties.put(row.get("org_no"), row));

    assertThat(files.expected())
        .allSatisfy(
            row -> {
              Map<String, String> party = parties.get(row.get("org_no"));
              assertThat(party).as(row.toString()).isNotNull();
              boolean mandatory =
                  Set.of("CONVICTION_MANDATORY", "TAX_UNPAID_FINAL").contains(row.get("rule_id"))
                      && !row.get("planted_as").contains("namesake");
              String expected =
                  mandatory && party.get("procurement_type").equals("LOU") ? "EXCLUDE" : "REVIEW";
              assertThat(row.get("expected_decision")).as(row.toString()).isEqualTo(expected);
              if (row.get("rule_id").equals("SUBCONTRACTOR_FLAGGED")) {
                assertThat(party.get("role")).isEqualTo("VENDOR");
              }
            });
    assertThat(files.decoys())
        .allSatisfy(row -> assertThat(parties).containsKey(row.get("org_no")));
  }

  @Test
  void noUnplantedPartyOrRepresentativeSharesANumberWithARegistryRecord() {
    Set<String> planted = new HashSet<>();
    files.expected().forEach(row -> planted.add(canonical(row.get("org_no"))));
    files.decoys().forEach(row -> planted.add(canonical(row.get("org_no"))));
    Map<String, Set<String>> companiesOf = new HashMap<>();
    files
        .vendors()
        .forEach(
            row ->
                companiesOf
                    .computeIfAbsent(canonical(row.get("org_no")), k -> new HashSet<>())
                    .add(canonical(row.get("org_no"))));
    files.representatives().stream()
        .filter(row -> !row.get("person_id").isEmpty())
        .forEach(
            row ->
                companiesOf
                    .computeIfAbsent(canonical(row.get("person_id")), k -> new HashSet<>())
                    .add(canonical(row.get("org_no"))));
    List<String> recordIds =
        Stream.of(
                files.convictions().stream().map(row -> row.get("subject_id")),
                files.taxArrears().stream().map(row -> row.get("subject_id")),
                files.assessments().stream().map(row -> row.get("subject_id")))
            .flatMap(s -> s)
            .filter(text -> !text.isEmpty())
            .map(GeneratorTests::canonical)
            .toList();

    long hits = 0;
    for (String id : recordIds) {
      Set<String> companies = companiesOf.getOrDefault(id, Set.of());
      assertThat(planted).containsAll(companies);
      hits += companies.size();
    }
    assertThat(hits).isGreaterThan(100);
  }

  @Test
  void recordsWithoutANumberShareABlockingKeyOnlyWithThePartyTheyWerePlantedOn() {
    Set<String> planted = new HashSet<>();
    files.expected().forEach(row -> planted.add(row.get("org_no")));
    Map<String, Set<String>> companiesByKey = new HashMap<>();
    files.vendors().forEach(row -> index(companiesByKey, row.get("name"), row.get("org_no")));
    files
        .representatives()
        .forEach(row -> index(companiesByKey, row.get("name"), row.get("org_no")));
    List<String> namesWithoutNumber =
        Stream.of(files.convictions(), files.taxArrears(), files.assessments())
            .flatMap(List::stream)
            .filter(row -> row.get("subject_id").isEmpty())
            .map(row -> row.get("subject_name"))
            .toList();

    int matched = 0;
    for (String name : namesWithoutNumber) {
      Set<String> companies = new HashSet<>();
      PartyNames.blockingKeys(name)
          .forEach(key -> companies.addAll(companiesByKey.getOrDefault(key, Set.of())));
      assertThat(planted).as(name).containsAll(companies);
      matched += companies.isEmpty() ? 0 : 1;
    }
    assertThat(namesWithoutNumber).hasSizeGreaterThan(500);
    assertThat(matched).isEqualTo(30); // 10 foreign persons, 10 companies and 10 persons by name
  }

  @Test
  void unplantedPartiesHaveHealthyFinancesAndEnoughRevenue() {
    Set<String> flagged = new HashSet<>();
    files.expected().forEach(row -> flagged.add(canonical(row.get("org_no"))));
    Map<String, Long> annualValue = new HashMap<>();
    files
        .vendors()
        .forEach(
            row ->
                annualValue.put(
                    canonical(row.get("org_no")),
                    row.get("annual_value_sek").isEmpty()
                        ? 0
                        : Long.parseLong(row.get("annual_value_sek"))));

    List<Map<String, String>> unflagged =
        files.financialStanding().stream()
            .filter(row -> !flagged.contains(canonical(row.get("org_no"))))
            .toList();

    assertThat(unflagged).hasSizeGreaterThan(900);
    assertThat(unflagged)
        .allSatisfy(
            row -> {
              assertThat(row.get("status")).isEqualTo("ACTIVE");
              assertThat(
                      List.of(
                          row.get("f_tax"),
                          row.get("vat_registered"),
                          row.get("employer_registered")))
                  .containsOnly("true");
              assertThat(Integer.parseInt(row.get("risk_class"))).isGreaterThanOrEqualTo(3);
              assertThat(Long.parseLong(row.get("revenue_sek")))
                  .isGreaterThanOrEqualTo(2 * annualValue.get(canonical(row.get("org_no"))));
            });
  }

  @Test
  void twoHundredVendorsAreGeneratedQuickly(@TempDir Path folder) {
    GeneratedData small =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> generator.generate(new GenerationRequest(200, 1, folder, AS_OF)));

    assertThat(small.vendors()).isEqualTo(200);
    assertThat(small.plantedFlags()).isEqualTo(52);
  }

  private static void index(Map<String, Set<String>> byKey, String name, String orgNo) {
    PartyNames.blockingKeys(name)
        .forEach(key -> byKey.computeIfAbsent(key, k -> new HashSet<>()).add(orgNo));
  }

  private static String canonical(String text) {
    return IdentityNumber.parse(text).canonical();
  }

  private static Set<String> skatteverketTestNumbers() throws IOException {
    Set<String> numbers = new HashSet<>();
    for (String file : List.of("testpersonnummer.json", "testsamordningsnummer.json")) {
      Matcher matcher =
          Pattern.compile("\"([0-9]{12})\"")
              .matcher(
                  Files.readString(
                      Path.of("src/test/resources/skatteverket-test-ids", file),
                      StandardCharsets.UTF_8));
      while (matcher.find()) {
        numbers.add(matcher.group(1));
      }
    }
    return numbers;
  }
}
