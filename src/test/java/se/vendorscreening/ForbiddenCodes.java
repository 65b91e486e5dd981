package se.vendorscreening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vendorscreening.shared.RuleId;

/**
 * The codes that must never reach a person as text (rule ids, offence categories, debt types,
 * statuses, decisions, ISO periods, internal references), for the tests of every text a person
 * reads: report.pdf, the certificates and letters, the workbook, the console, {@code show} and the
 * re-check's e-mail.
 */
public final class ForbiddenCodes {

  /**
   * Codes that must never reach a Swedish reader besides the rule ids ({@link RuleId}): offence
   * categories, debt types, statuses, registrations, match types, decisions, roles, registries, ISO
   * periods, internal references.
   */
  public static final List<String> CODES =
      List.of(
          "CRIMINAL_ORGANISATION",
          "BRIBERY",
          "FRAUD",
          "MONEY_LAUNDERING",
          "TERRORISM",
          "TRAFFICKING",
          "TAX_OFFENCE",
          "ACCOUNTING_OFFENCE",
          "WORK_ENVIRONMENT",
          "ENVIRONMENTAL",
          "CARTEL",
          "TRADING_BAN_BREACH",
          "WELFARE_FRAUD",
          "TAX",
          "SOCIAL_SECURITY",
          "OTHER_PUBLIC",
          "PRIVATE",
          "ACTIVE",
          "LIQUIDATION",
          "BANKRUPT",
          "F_TAX",
          "VAT",
          "EMPLOYER",
          "IDENTITY_NUMBER",
          "NAME_ONLY",
          "NAME_AND_BIRTH_DATE",
          "EXCLUDE",
          "REVIEW",
          "CLEAR",
          "INCOMPLETE",
          "VENDOR",
          "TAX_ARREARS",
          "CONVICTIONS",
          "FINANCIAL_STANDING",
          "NETWORK_ASSESSMENTS",
          "P5Y",
          "P3Y",
          "SEK",
          "SPEC",
          "(no record)");

  private ForbiddenCodes() {}

  /** Each rule id and code of {@link #CODES} found in the text as a word, with its surroundings. */
  public static List<String> codesIn(String shown) {
    // ESPD/eForms criterion codes are standard identifiers the reports print on purpose, next to
    // the ground in words (docs/evidence.md); a line break may split them after a separator
    String text = shown.replaceAll("CRITERION\\.EXCLUSION(?:[.\\-_]\\s?[A-Z]+)+", "");
    List<String> found = new ArrayList<>();
    for (String code : CODES) {
      find(text, code, found);
    }
    for (String rule : RuleId.names()) {
      find(text, rule, found);
    }
    return found;
  }

  /**
   * Each rule id of the catalogue found in the text, as the id or as the id in lower case with
   * spaces (what a text shows of a rule it has no words for), with its surroundings.
   */
  public static List<String> ruleIdsIn(String text) {
    List<String> found = new ArrayList<>();
    for (String rule : RuleId.names()) {
      for (String form : List.of(rule, rule.replace('_', ' ').toLowerCase(Locale.ROOT))) {
        find(text, form, found);
      }
    }
    return found;
  }

  /** Both: every code and every rule id found. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>(codesIn(text));
    found.addAll(ruleIdsIn(text));
    return found;
  }

  private static void find(String text, String code, List<String> found) {
    Matcher matcher =
        Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])")
            .matcher(text);
    if (matcher.find()) {
      int from = Math.max(0, matcher.start() - 40);
      int to = Math.min(text.length(), matcher.end() + 40);
      found.add(code + " in …" + text.substring(from, to).replace('\n', ' ') + "…");
    }
  }
}
