package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * Every rule of the catalogue ({@link RuleId}) has plain words in Swedish and English, and a
 * finding of any rule reads without its rule id, role codes or country codes; the relationship
 * graph's rules and the weak birth-date match read grammatically for one and for many.
 */
class RuleWordsTests {

  static java.util.List<String> rules() {
    return RuleId.names();
  }

  private final FindingWords swedish =
      new FindingWords(new ReportTexts(SampleRun.messages(), Locale.forLanguageTag("sv-SE")));
  private final FindingWords english =
      new FindingWords(new ReportTexts(SampleRun.messages(), Locale.ENGLISH));

  @ParameterizedTest
  @MethodSource("rules")
  void everyRuleHasATitleInSwedishAndEnglish(String rule) throws IOException {
    assertThat(bundle("messages/reporting.properties")).containsKey("reporting.words.rule." + rule);
    assertThat(bundle("messages/reporting_en.properties"))
        .containsKey("reporting.words.rule." + rule);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void aFindingOfEveryRuleReadsWithoutItsRuleId(String rule) {
    Finding finding = findingOf(rule);
    for (FindingWords words : java.util.List.of(swedish, english)) {
      boolean inSwedish = words == swedish;
      String read =
          String.join(
              "\n",
              words.ruleTitle(rule),
              words.sentence(finding),
              words.brief(finding),
              words.subject(finding),
              words.evidence().text(finding),
              words.matchType(finding.matchType()));
      if (inSwedish) {
        assertThat(SampleReportsTests.codesIn(read)).as(read).isEmpty();
        assertThat(RuleWordsInReportsTests.ruleIdsIn(read)).as(read).isEmpty();
      } else {
        assertThat(read).as(read).doesNotContain(rule);
      }
      assertThat(read).doesNotContain("BOARD", "CEO", "OWNER", "{", "}");
    }
  }

  @Test
  void sanctionedOwnershipNamesTheCountryAndReadsForOneOwnerAndForMany() {
    Finding one =
        aFinding("SANCTIONED_OWNERSHIP")
            .deciding(Decision.EXCLUDE)
            .about("Volga Invest OOO (RU-1027700132195), RU", "OWNER", null)
            .evidence(
                "explanation_path",
                "Volga Invest OOO (RU-1027700132195), RU –40 %→ Myrstuguberget Holding AB"
                    + " (559412-7309), SE –60 %→ Myrstuguberget Kakel & Klinker AB (559229-0083)"
                    + " = 24 %")
            .evidence("sanctioned_share_percent", "54")
            .evidence("threshold_percent", "50")
            .evidence("sanctioned_countries", "RU")
            .build();
    Finding two =
        aFinding("SANCTIONED_OWNERSHIP")
            .deciding(Decision.EXCLUDE)
            .about("Volga Invest OOO; Minsk Holding", "OWNER", null)
            .evidence("sanctioned_share_percent", "62.5")
            .evidence("threshold_percent", "50")
            .evidence("sanctioned_countries", "RU|BY")
            .build();

    assertThat(plain(swedish.sentence(one)))
        .startsWith("Ägaren Volga Invest OOO (RU-1027700132195), RU från Ryssland äger direkt")
        .contains("54 % av företaget, mer än gränsen 50 %");
    assertThat(plain(swedish.sentence(two)))
        .startsWith("Ägarna Volga Invest OOO och Minsk Holding från Ryssland och Vitryssland")
        .contains("62,5 %");
    assertThat(plain(english.sentence(two)))
        .startsWith("The owners Volga Invest OOO and Minsk Holding from Russia and Belarus hold");
    assertThat(plain(english.sentence(one))).contains("The owner ").contains(" holds 54 %");
    assertThat(plain(swedish.brief(one))).isEqualTo("Ägare från Ryssland äger 54 % (gräns 50 %)");
    assertThat(plain(swedish.evidence().text(one))).contains("Länder under sanktioner: Ryssland");
  }

  @Test
  void sharedPersonsAndFrontPersonReadForOneAndForManyWithTheRolesInWords() {
    Finding oneOther =
        aFinding("SHARED_PERSONS")
            .about("Mikael Olsson (801028-****)", "CEO", null)
            .evidence(
                "explanation_path",
                "Huddinge Bygg & Mark AB (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD+OWNER"
                    + " 40 %→ Stensättra Entreprenad AB (555589-0655)")
            .evidence("shared_with", "1")
            .build();
    Finding threeOthers =
        aFinding("SHARED_PERSONS")
            .about("Mikael Olsson (801028-****)", "BOARD+CEO", null)
            .evidence("shared_with", "3")
            .build();
    Finding front =
        aFinding("FRONT_PERSON")
            .about("Mikael Olsson (801028-****)", "BOARD", null)
            .evidence("parties_in_circle", "5")
            .evidence("limit", "3")
            .build();

    assertThat(swedish.sentence(oneOther))
        .startsWith("Mikael Olsson (801028-****) (vd) finns också i personkretsen hos en annan")
        .contains("anbudsgivare i samma upphandling");
    assertThat(swedish.sentence(threeOthers))
        .startsWith("Mikael Olsson (801028-****) (styrelseledamot och vd)")
        .contains("hos 3 andra anbudsgivare");
    assertThat(english.sentence(oneOther)).contains("of another tenderer of the same procurement");
    assertThat(english.sentence(threeOthers)).contains("of 3 other tenderers");
    assertThat(plain(swedish.evidence().text(oneOther)))
        .contains("←vd– Mikael Olsson (801028-****) –styrelseledamot och ägare 40 %→ Stensättra");
    assertThat(swedish.sentence(front))
        .contains("hos 5 parter i avtalsregistret")
        .contains("fler än gränsen 3")
        .contains("målvakt");
    assertThat(english.brief(front)).contains("is in 5 parties: possible front person");
  }

  @Test
  void aWeakMatchOnNameAndBirthDateIsWordedApartFromANameOnlyMatch() {
    Finding weak =
        aFinding("POSSIBLE_MATCH")
            .about("Nowak", "BOARD", "1980-02")
            .matched(MatchType.WEAK_NAME_AND_BIRTH_DATE, 0.82)
            .evidence("would_fire", "CONVICTION_MANDATORY")
            .evidence("offence_category", "TRAFFICKING")
            .evidence("final_date", "2023-07-01")
            .evidence("matched_record", "Krzysztof Nowak, 1980-02-29")
            .evidence("match_score", "0.82")
            .build();

    assertThat(swedish.sentence(weak))
        .startsWith("En person med liknande namn och födelsedatum som Nowak (styrelseledamot)")
        .contains("är dömd för människohandel")
        .contains("Namnet eller födelsedatumet stämmer bara delvis");
    assertThat(swedish.brief(weak))
        .isEqualTo(
            "En person med liknande namn och födelsedatum är dömd för människohandel: kontrollera"
                + " om det är samma");
    assertThat(swedish.matchType(MatchType.WEAK_NAME_AND_BIRTH_DATE)).startsWith("Osäker");
    assertThat(english.sentence(weak)).startsWith("A person with a similar name and birth date");
  }

  @Test
  void representativesMissingSaysWhoShouldHaveBeenChecked() {
    Finding missing =
        aFinding("REPRESENTATIVES_MISSING")
            .deciding(Decision.INCOMPLETE)
            .about("Sjödalens Låssmed AB", "VENDOR", null)
            .evidence("legal_form", "aktiebolag")
            .evidence("required_roles", "styrelseledamot, VD, firmatecknare, verklig huvudman")
            .evidence("persons_checked", "0")
            .build();

    assertThat(swedish.sentence(missing))
        .startsWith(
            "Ingen av de personer som ska kontrolleras för Sjödalens Låssmed AB (aktiebolag:"
                + " styrelseledamot, VD, firmatecknare, verklig huvudman) har kontrollerats");
    assertThat(swedish.brief(missing))
        .isEqualTo("Ingen i personkretsen är kontrollerad (aktiebolag): lämna en företrädarlista");
  }

  /** The text with its no-break spaces as plain spaces. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ');
  }

  /** A finding of the rule with the evidence its rule gives, as the screening writes it. */
  static Finding findingOf(String rule) {
    FindingBuilder finding =
        aFinding(rule).about("Lars Ström", "CEO", "910509-****").saying("summary of " + rule);
    switch (rule) {
      case "CONVICTION_MANDATORY", "CONVICTION_OTHER", "CONVICTION_PENDING" ->
          finding
              .evidence("offence_category", "BRIBERY")
              .evidence("final_date", "2023-04-15")
              .evidence("judgment_date", "2023-02-10")
              .evidence("court", "Södertörns tingsrätt")
              .evidence("case_number", "B 4412-22")
              .evidence("lookback", "P5Y");
      case "TAX_UNPAID_FINAL", "TAX_UNPAID", "ENFORCEMENT_DEBT" ->
          finding
              .about("Flemingsbergs Städservice AB", "VENDOR", null)
              .evidence("debts", "TAX 184000 SEK 2026-05-12 KFM-A-2026-041277")
              .evidence("total_amount_sek", "184000")
              .evidence("minor_amount_limit_sek", "10000");
      case "COMPANY_STATUS" -> finding.evidence("status", "BANKRUPT");
      case "REGISTRATION_MISSING" -> finding.evidence("missing", "F_TAX|VAT");
      case "CREDIT_RISK" -> finding.evidence("risk_class", "1").evidence("risk_class_limit", "3");
      case "CAPACITY" ->
          finding
              .evidence("revenue_sek", "9500000")
              .evidence("annual_value_sek", "6000000")
              .evidence("capacity_ratio", "2");
      case "ORGANISED_CRIME_LINK" ->
          finding.evidence("network_id", "N-7").evidence("assessed_date", "2026-09-01");
      case "POSSIBLE_MATCH" ->
          finding
              .matched(MatchType.NAME_ONLY, 0.95)
              .evidence("would_fire", "CONVICTION_MANDATORY")
              .evidence("offence_category", "FRAUD")
              .evidence("matched_record", "Snättringe Fönsterputs")
              .evidence("match_type", "NAME_ONLY");
      case "SANCTIONED_OWNERSHIP" ->
          finding
              .about("Volga Invest OOO (RU-1027700132195), RU", "OWNER", null)
              .evidence("explanation_path", "Volga Invest OOO –OWNER 54 %→ X AB = 54 %")
              .evidence("sanctioned_share_percent", "54")
              .evidence("threshold_percent", "50")
              .evidence("sanctioned_countries", "RU");
      case "SHARED_PERSONS" ->
          finding
              .evidence("explanation_path", "A AB ←CEO– Lars Ström –BOARD→ B AB")
              .evidence("shared_with", "2");
      case "FRONT_PERSON" ->
          finding
              .evidence("explanation_path", "Lars Ström –SIGNATORY→ A AB")
              .evidence("parties_in_circle", "5")
              .evidence("limit", "3");
      case "PHOENIX" ->
          finding
              .evidence(
                  "explanation_path",
                  "A AB ←CEO– Lars Ström –BOARD 2019-03-01..2025-02-01→ B AB [BANKRUPT 2025-03-10]")
              .evidence("marked_companies", "1")
              .evidence("reasons", "BANKRUPT|EXCLUDED")
              .evidence("period_months", "36");
      case "ORGANISED_CRIME_HOPS" ->
          finding
              .about("Nils Berg (850706-****)", null, null)
              .evidence(
                  "explanation_path",
                  "A AB ←CEO– Lars Ström –BOARD→ B AB ←BOARD– Nils Berg (850706-****)")
              .evidence("hops", "3")
              .evidence("max_hops", "3")
              .evidence("network_id", "NW-7")
              .evidence("criteria_met", "1,2,3,4,6,9");
      case "SUBCONTRACTOR_FLAGGED" ->
          finding
              .about("Visättra Hiss & Service AB", "VENDOR", null)
              .evidence("subcontractor_name", "Solgårdens Ställningsbygge AB")
              .evidence("subcontractor_org_no", "553051-9478")
              .evidence("subcontractor_decision", "EXCLUDE")
              .evidence("subcontractor_rule_ids", "CONVICTION_MANDATORY");
      case "REPRESENTATIVES_MISSING" ->
          finding
              .about("Sjödalens Låssmed AB", "VENDOR", null)
              .evidence("legal_form", "aktiebolag")
              .evidence("required_roles", "styrelseledamot, VD")
              .evidence("persons_checked", "0");
      case "CHECK_FAILED" ->
          finding.evidence("check", "TAX_ARREARS").evidence("reason", "tidsgränsen passerades");
      default -> {}
    }
    return finding.build();
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RuleWordsTests.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
