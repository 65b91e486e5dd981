package se.vendorscreening.reporting.internal;

import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * A realistic screening of the sample procurement KS-2026/317 (sample-data/PLANTED.md), with
 * Skatteverket test personnummer, a sole trader, a subcontractor, an override and a vendor whose
 * name is a spreadsheet formula.
 */
final class SampleRun {

  /** Every full personal number behind the sample, in the forms a leak could take. */
  static final List<String> FULL_PERSONAL_NUMBERS =
      List.of(
          "199105092382",
          "9105092382",
          "910509-2382",
          "199207122384",
          "9207122384",
          "920712-2384",
          "191401682396",
          "1401682396",
          "140168-2396",
          "199101012392",
          "9101012392",
          "910101-2392");

  static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";

  static final String RUN_ID = "20261128-020000-screen-7";

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages.decisions", "messages.reporting");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  static RunFolderWriter writer(ScreeningResults results) {
    return writer(results, 1000);
  }

  /** A writer that lists at most {@code maxDetailedParties} flagged parties of a large run. */
  static RunFolderWriter writer(ScreeningResults results, int maxDetailedParties) {
    return writer(results, maxDetailedParties, 500);
  }

  /**
   * A writer that puts the certificates into report.pdf for runs of up to {@code maxCertificates}
   * parties and lists at most {@code maxDetailedParties} flagged parties of a larger run.
   */
  static RunFolderWriter writer(
      ScreeningResults results, int maxDetailedParties, int maxCertificates) {
    StaticListableBeanFactory beans =
        new StaticListableBeanFactory(Map.of("results", results, "register", new SampleRegister()));
    return new RunFolderWriter(
        beans.getBeanProvider(ScreeningResults.class),
        beans.getBeanProvider(ContractRegister.class),
        messages(),
        new ReportingProperties(
            Path.of("config/clauses"),
            100,
            new ReportingProperties.Pdf(maxDetailedParties),
            new ReportingProperties.Certificates(maxCertificates),
            null),
        new InMemoryManifestSigning(),
        writers());
  }

  private static ThreadPoolTaskExecutor writers;

  /** The reporting's executor, configured as in the application, started once for all tests. */
  static synchronized ThreadPoolTaskExecutor writers() {
    if (writers == null) {
      writers = new ReportingThreads().reportWriterExecutor();
      writers.initialize();
    }
    return writers;
  }

  static RunInfo run(String runId, String job, Locale language, List<PartyResult> parties) {
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    for (Decision decision : Decision.values()) {
      counts.put(decision, 0L);
    }
    counts.putAll(
        parties.stream()
            .collect(Collectors.groupingBy(PartyResult::decision, Collectors.counting())));
    return new RunInfo(
        runId,
        job,
        Instant.parse("2026-11-28T01:00:00Z"),
        Instant.parse("2026-11-28T01:00:42Z"),
        LocalDate.parse("2026-11-28"),
        "Maria Lindqvist",
        language,
        "sha256:4f1c0d9a2e7b",
        "plan",
        List.of("KS-2026/317"),
        List.of(
            new InputFile(
                "sample-data/lou-vendors.csv",
                "9b4e1f0c3d2a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
                27,
                1),
            new InputFile(
                "sample-data/lou-representatives.csv",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
                51,
                0)),
        "file",
        List.of(
            new RegistrySource(
                "CONVICTIONS",
                "sample-data/registries/convictions.csv",
                "c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc",
                14),
            new RegistrySource(
                "TAX_ARREARS",
                "sample-data/registries/tax-arrears.csv",
                "feedface00112233445566778899aabbccddeeff00112233445566778899aabb",
                6)),
        counts,
        "COMPLETED");
  }

  static List<PartyResult> parties() {
    return List.of(
        aPartyResult().withContract("AVT-2026-101", "2026-03-01").build(),
        aPartyResult()
            .withOrgNo("554599-5457")
            .named("Södertörns Fasad och Tak AB")
            .withContract("AVT-2026-102", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_MANDATORY")
                    .basis("LOU 13 kap. 1 § 1 st. 2 p.")
                    .deciding(Decision.EXCLUDE)
                    .about("Lars Ström", "CEO", "910509-****")
                    .saying(
                        "Lagakraftvunnen dom för bestickning (BRIBERY); personnummer 19910509-2382")
                    .evidence("offence_category", "BRIBERY")
                    .evidence("case_number", "B 4711-22")
                    .evidence("court", "Södertörns tingsrätt")
                    .evidence("final_date", "2023-04-14")
                    .groundedOn("2023-04-14"))
            .build(),
        aPartyResult()
            .withOrgNo("558161-2586")
            .named("Flemingsbergs Städservice AB")
            .withContract(
                new Contract(
                    "AVT-2026-103",
                    ContractStatus.PLANNED,
                    LocalDate.parse("2027-01-01"),
                    LocalDate.parse("2029-12-31"),
                    new BigDecimal("4000000")))
            .withFinding(
                aFinding("TAX_UNPAID_FINAL")
                    .basis("LOU 13 kap. 2 §")
                    .deciding(Decision.EXCLUDE)
                    .about("Flemingsbergs Städservice AB", "VENDOR", null)
                    .saying("Obetald skatt, fastställd genom lagakraftvunnet beslut")
                    .evidence("debt_type", "TAX")
                    .evidence("amount_sek", "184 000")
                    .evidence("case_number", "KFM 22-334455")
                    .groundedOn("2026-06-30"))
            .build(),
        aPartyResult()
            .withOrgNo("920712-****")
            .named("Jönssons Plattsättning (enskild firma)")
            .withContract("AVT-2026-140", "2026-04-01")
            .withFinding(
                aFinding("TAX_UNPAID_FINAL")
                    .basis("LOU 13 kap. 2 §")
                    .deciding(Decision.EXCLUDE)
                    .about("Jönssons Plattsättning (enskild firma)", "VENDOR", "920712-****")
                    .saying("Obetald skatt på ägarens personnummer 920712-2384")
                    .evidence("debt_type", "TAX")
                    .evidence("amount_sek", "52 000")
                    .evidence("record", "A-mål 199207122384")
                    .groundedOn("2026-09-15"))
            .build(),
        aPartyResult()
            .withOrgNo("558363-9603")
            .named("Balsta Bemanning AB")
            .withContract("AVT-2026-111", "2026-03-01")
            .withFinding(
                aFinding("ORGANISED_CRIME_LINK")
                    .basis("Kommunens handlingsplan; avtalsvillkor")
                    .about("Åsa Öberg", "BENEFICIAL_OWNER", "140168-****")
                    .saying(
                        "Föremål för nätverksbedömning som uppfyller kriterierna 1, 2, 3, 4, 6, 9")
                    .evidence("criteria", "1, 2, 3, 4, 6, 9")
                    .evidence("assessment_date", "2026-05-20"))
            .build(),
        aPartyResult()
            .withOrgNo("553708-7115")
            .named("Snättringe Fönsterputs AB")
            .withContract("AVT-2026-112", "2026-03-01")
            .withFinding(
                aFinding("POSSIBLE_MATCH")
                    .basis("Ingen uteslutning på enbart namn")
                    .about("Bengt Åkesson", "CHAIR", "910101-****")
                    .matched(MatchType.NAME_ONLY, 0.91)
                    .saying("Möjlig träff i domsregistret på namn: bedrägeri (FRAUD)")
                    .evidence("record_name", "Bengt Akesson")
                    .evidence("offence_category", "FRAUD")
                    .evidence("final_date", "2024-02-02"))
            .build(),
        aPartyResult()
            .withOrgNo("555427-0008")
            .named("Visättra Hiss & Service AB")
            .withContract("AVT-2026-116", "2026-03-01")
            .withFinding(
                aFinding("SUBCONTRACTOR_FLAGGED")
                    .basis("LOU 14 kap. 7 §; avtalsvillkor")
                    .about("Solgårdens Ställningsbygge AB", "SUBCONTRACTOR", "553051-9478")
                    .matched(null, null)
                    .saying("Underleverantören Solgårdens Ställningsbygge AB är flaggad: EXCLUDE"))
            .build(),
        aPartyResult()
            .withOrgNo("553051-9478")
            .named("Solgårdens Ställningsbygge AB")
            .asSubcontractorOf("555427-0008")
            .withContract("AVT-2026-116", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_MANDATORY")
                    .basis("LOU 13 kap. 1 § 1 st. 4 p.")
                    .deciding(Decision.EXCLUDE)
                    .about("Solgårdens Ställningsbygge AB", "SUBCONTRACTOR", "553051-9478")
                    .saying("Företagsbot för penningtvätt (MONEY_LAUNDERING)")
                    .evidence("case_number", "B 1299-24")
                    .evidence("court", "Ängelholms tingsrätt")
                    .evidence("final_date", "2024-09-03")
                    .groundedOn("2024-09-03"))
            .build(),
        aPartyResult()
            .withOrgNo("555136-7112")
            .named("Lissma Golv AB")
            .withContract("AVT-2026-114", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_OTHER")
                    .basis("LOU 13 kap. 3 §")
                    .about("Lissma Golv AB", "VENDOR", "555136-7112")
                    .saying("Företagsbot för arbetsmiljöbrott (WORK_ENVIRONMENT)")
                    .evidence("final_date", "2025-03-11"))
            .withOverride(
                "CONVICTION_OTHER", Decision.CLEAR, "Självsanering godtagen: ny arbetsmiljöchef")
            .withDecision(Decision.CLEAR)
            .build(),
        aPartyResult()
            .withOrgNo("556938-2160")
            .named("Fullersta Ventilation AB")
            .withContract("AVT-2026-115", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_MANDATORY")
                    .basis("LOU 13 kap. 1 §")
                    .informationOnly()
                    .about("Fullersta Ventilation AB", "VENDOR", "556938-2160")
                    .saying("Dom äldre än fem år (laga kraft 2019): utanför den längsta tiden")
                    .groundedOn("2019-05-02"))
            .build(),
        aPartyResult()
            .withOrgNo("555007-5898")
            .named("Sjödalens Låssmed AB")
            .withContract("AVT-2026-110", "2026-03-01")
            .withFinding(
                aFinding("CHECK_FAILED")
                    .basis("Kontrollen kunde inte göras")
                    .deciding(Decision.INCOMPLETE)
                    .matched(null, null)
                    .saying("Registret för ekonomisk ställning svarade inte efter tre försök")
                    .evidence("registry", "FINANCIAL_STANDING")
                    .evidence("error", "HTTP 503"))
            .build(),
        aPartyResult()
            .withOrgNo("557346-0838")
            .named(FORMULA_NAME)
            .withContract("AVT-2026-106", "2026-03-01")
            .withFinding(
                aFinding("COMPANY_STATUS")
                    .basis("LOU 13 kap. 3 §")
                    .matched(MatchType.IDENTITY_NUMBER, 1.0)
                    .saying("Bolaget är i likvidation")
                    .evidence("status", "LIQUIDATION")
                    .evidence("status_date", "2026-08-01"))
            .build());
  }

  static List<RejectedRow> rejectedRows() {
    return List.of(
        new RejectedRow(
            "lou-vendors.csv",
            29,
            "org_no",
            "556677-1234",
            "Fel kontrollsiffra i organisationsnummer"));
  }

  /** The sample's rejected row followed by {@code extra} more, enough to span pages. */
  static List<RejectedRow> manyRejectedRows(int extra) {
    List<RejectedRow> rows = new java.util.ArrayList<>(rejectedRows());
    for (int i = 0; i < extra; i++) {
      rows.add(
          new RejectedRow(
              "lou-representatives.csv",
              100 + i,
              i % 2 == 0 ? "person_id" : "role",
              i % 2 == 0 ? "910509-2382" : "VERKSTÄLLANDE_DIREKTÖR",
              i % 2 == 0
                  ? "Personnumret finns redan för en annan företrädare i samma bolag"
                  : "Okänd roll; tillåtna är CEO, CHAIR, BOARD, DEPUTY, SIGNATORY, BENEFICIAL_OWNER"));
    }
    return rows;
  }

  static ScreeningResults screening(Locale language, List<RejectedRow> rejectedRows) {
    List<PartyResult> parties = parties();
    return new InMemoryScreeningResults(
        run(RUN_ID, "screen", language, parties), parties, List.of(), rejectedRows);
  }

  static ScreeningResults screening(Locale language) {
    List<PartyResult> parties = parties();
    return new InMemoryScreeningResults(
        run(RUN_ID, "screen", language, parties), parties, List.of(), rejectedRows());
  }

  static ScreeningResults recheck(String runId) {
    List<PartyResult> parties = parties();
    List<PartyChange> changes =
        parties.stream()
            .map(
                party ->
                    switch (party.orgNo()) {
                      case "554599-5457" ->
                          new PartyChange(party, Decision.CLEAR, ChangeClass.ESCALATED);
                      case "555136-7112" ->
                          new PartyChange(party, Decision.REVIEW, ChangeClass.RESOLVED);
                      default -> new PartyChange(party, party.decision(), ChangeClass.UNCHANGED);
                    })
            .toList();
    return new InMemoryScreeningResults(
        run(runId, "recheck", Locale.forLanguageTag("sv-SE"), parties),
        parties,
        changes,
        List.of());
  }

  private SampleRun() {}
}
