package se.vendorscreening.generator.internal;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Offence categories (docs/rules.md) with the Swedish words a judgment uses, and the courts. */
final class Offences {

  static final List<String> MANDATORY =
      List.of(
          "CRIMINAL_ORGANISATION",
          "BRIBERY",
          "FRAUD",
          "MONEY_LAUNDERING",
          "TERRORISM",
          "TRAFFICKING");
  static final List<String> PROFESSIONAL =
      List.of(
          "TAX_OFFENCE",
          "ACCOUNTING_OFFENCE",
          "WORK_ENVIRONMENT",
          "ENVIRONMENTAL",
          "CARTEL",
          "TRADING_BAN_BREACH",
          "WELFARE_FRAUD");
  static final List<String> CORPORATE_MANDATORY = List.of("BRIBERY", "FRAUD", "MONEY_LAUNDERING");
  static final List<String> CORPORATE_PROFESSIONAL =
      List.of("WORK_ENVIRONMENT", "ENVIRONMENTAL", "TAX_OFFENCE", "CARTEL");

  /** Categories that fire no rule. */
  static final List<String> UNLISTED = List.of("THEFT", "ASSAULT", "TRAFFIC", "NARCOTICS");

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              "CRIMINAL_ORGANISATION", "Förberedelse till grovt brott inom kriminellt nätverk"),
          Map.entry("BRIBERY", "Givande av muta, grovt brott"),
          Map.entry("FRAUD", "Grovt bedrägeri mot kommun"),
          Map.entry("MONEY_LAUNDERING", "Penningtvättsbrott, grovt brott"),
          Map.entry("TERRORISM", "Finansiering av terrorism"),
          Map.entry("TRAFFICKING", "Människohandel"),
          Map.entry("TAX_OFFENCE", "Grovt skattebrott"),
          Map.entry("ACCOUNTING_OFFENCE", "Bokföringsbrott"),
          Map.entry("WORK_ENVIRONMENT", "Arbetsmiljöbrott"),
          Map.entry("ENVIRONMENTAL", "Miljöbrott"),
          Map.entry("CARTEL", "Kartellsamverkan vid anbudsgivning"),
          Map.entry("TRADING_BAN_BREACH", "Överträdelse av näringsförbud"),
          Map.entry("WELFARE_FRAUD", "Grovt bidragsbrott (assistansersättning)"),
          Map.entry("THEFT", "Stöld"),
          Map.entry("ASSAULT", "Misshandel"),
          Map.entry("TRAFFIC", "Grov vårdslöshet i trafik"),
          Map.entry("NARCOTICS", "Narkotikabrott, ringa brott"));

  private static final List<String> COURTS =
      List.of(
          "Södertörns tingsrätt",
          "Stockholms tingsrätt",
          "Attunda tingsrätt",
          "Solna tingsrätt",
          "Uppsala tingsrätt",
          "Göteborgs tingsrätt",
          "Malmö tingsrätt",
          "Linköpings tingsrätt",
          "Umeå tingsrätt",
          "Svea hovrätt",
          "Hovrätten för Västra Sverige");

  private Offences() {}

  static String description(String category) {
    return DESCRIPTIONS.get(category);
  }

  static String corporateDescription(String category) {
    return "Företagsbot: " + DESCRIPTIONS.get(category).toLowerCase(java.util.Locale.ROOT);
  }

  static String court(SplittableRandom random) {
    return COURTS.get(random.nextInt(COURTS.size()));
  }

  /** A case number as Swedish courts write them, e.g. {@code B 4711-23}. */
  static String caseNumber(SplittableRandom random, int judgmentYear) {
    int year = judgmentYear % 100;
    return "B " + (100 + random.nextInt(19_900)) + "-" + (year < 10 ? "0" : "") + year;
  }

  static String pick(List<String> categories, SplittableRandom random) {
    return categories.get(random.nextInt(categories.size()));
  }
}
