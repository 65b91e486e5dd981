package se.vendorscreening.screening;

import static se.vendorscreening.shared.ExclusionGround.BANKRUPTCY;
import static se.vendorscreening.shared.ExclusionGround.CHILD_LABOUR_HUMAN_TRAFFICKING;
import static se.vendorscreening.shared.ExclusionGround.CORRUPTION;
import static se.vendorscreening.shared.ExclusionGround.FRAUD;
import static se.vendorscreening.shared.ExclusionGround.INSOLVENCY;
import static se.vendorscreening.shared.ExclusionGround.MARKET_DISTORTION;
import static se.vendorscreening.shared.ExclusionGround.MISREPRESENTATION;
import static se.vendorscreening.shared.ExclusionGround.MONEY_LAUNDERING;
import static se.vendorscreening.shared.ExclusionGround.NATIONAL_OTHER;
import static se.vendorscreening.shared.ExclusionGround.PARTICIPATION_IN_CRIMINAL_ORGANISATION;
import static se.vendorscreening.shared.ExclusionGround.PAYMENT_OF_SOCIAL_SECURITY;
import static se.vendorscreening.shared.ExclusionGround.PAYMENT_OF_TAXES;
import static se.vendorscreening.shared.ExclusionGround.PROFESSIONAL_MISCONDUCT;
import static se.vendorscreening.shared.ExclusionGround.TERRORIST_OFFENCES;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.RuleId;

/**
 * Which exclusion ground a finding is about, from its rule and its facts (docs/evidence.md): the
 * offence category of a conviction, the type of a debt, the status of a company, the check that
 * failed. A finding that names its grounds itself (evidence {@code grounds}, codes {@code
 * |}-separated) keeps them.
 */
public final class ExclusionGrounds {

  /** The evidence key under which a finding names its grounds itself. */
  public static final String GROUNDS = "grounds";

  /** The six conviction grounds of LOU 13 kap. 1 §. */
  public static final Set<ExclusionGround> CONVICTIONS =
      EnumSet.of(
          PARTICIPATION_IN_CRIMINAL_ORGANISATION,
          CORRUPTION,
          FRAUD,
          TERRORIST_OFFENCES,
          MONEY_LAUNDERING,
          CHILD_LABOUR_HUMAN_TRAFFICKING);

  private ExclusionGrounds() {}

  /** The ground of an offence category (docs/rules.md); NATIONAL_OTHER for one it does not know. */
  public static ExclusionGround ofOffenceCategory(String category) {
    if (category == null) {
      return NATIONAL_OTHER;
    }
    return switch (category) {
      case "CRIMINAL_ORGANISATION" -> PARTICIPATION_IN_CRIMINAL_ORGANISATION;
      case "BRIBERY" -> CORRUPTION;
      case "FRAUD" -> FRAUD;
      case "MONEY_LAUNDERING" -> MONEY_LAUNDERING;
      case "TERRORISM" -> TERRORIST_OFFENCES;
      case "TRAFFICKING" -> CHILD_LABOUR_HUMAN_TRAFFICKING;
      case "TAX_OFFENCE",
          "ACCOUNTING_OFFENCE",
          "WORK_ENVIRONMENT",
          "ENVIRONMENTAL",
          "CARTEL",
          "TRADING_BAN_BREACH",
          "WELFARE_FRAUD" ->
          PROFESSIONAL_MISCONDUCT;
      default -> NATIONAL_OTHER;
    };
  }

  /** The grounds a registry check answers for. */
  public static Set<ExclusionGround> ofCheck(String check) {
    if (check == null) {
      return EnumSet.of(NATIONAL_OTHER);
    }
    return switch (check) {
      case RegistryChecks.CONVICTIONS -> {
        EnumSet<ExclusionGround> grounds = EnumSet.copyOf(CONVICTIONS);
        grounds.add(PROFESSIONAL_MISCONDUCT);
        yield grounds;
      }
      case RegistryChecks.TAX_ARREARS -> EnumSet.of(PAYMENT_OF_TAXES, PAYMENT_OF_SOCIAL_SECURITY);
      case RegistryChecks.FINANCIAL_STANDING -> EnumSet.of(BANKRUPTCY, INSOLVENCY);
      default -> EnumSet.of(NATIONAL_OTHER);
    };
  }

  /** The grounds the rule's finding with these facts is about; none when the rule names none. */
  private static Set<ExclusionGround> ofRule(RuleId rule, Map<String, String> facts) {
    return switch (rule) {
      case CONVICTION_MANDATORY, CONVICTION_PENDING, CONVICTION_OTHER ->
          EnumSet.of(ofOffenceCategory(facts.get("offence_category")));
      case TAX_UNPAID_FINAL, TAX_UNPAID -> ofDebts(facts.getOrDefault("debts", ""));
      case ENFORCEMENT_DEBT -> EnumSet.of(INSOLVENCY);
      case COMPANY_STATUS ->
          EnumSet.of(
              switch (facts.getOrDefault("status", "")) {
                case "BANKRUPT" -> BANKRUPTCY;
                case "LIQUIDATION", "RECONSTRUCTION" -> INSOLVENCY;
                default -> NATIONAL_OTHER;
              });
      case FINANCIAL_NO_DATA -> EnumSet.of(BANKRUPTCY, INSOLVENCY);
      case POSSIBLE_MATCH -> {
        String wouldFire = facts.get(Finding.WOULD_FIRE);
        yield wouldFire == null || wouldFire.equals(rule.name())
            ? Set.of()
            : EnumSet.copyOf(of(wouldFire, facts));
      }
      case SHARED_PERSONS -> EnumSet.of(MARKET_DISTORTION);
      case FRONT_PERSON, PHOENIX -> EnumSet.of(PROFESSIONAL_MISCONDUCT);
      case REPRESENTATIVES_MISSING -> CONVICTIONS;
      case CHECK_FAILED -> ofCheck(facts.get("check"));
      case FALSE_DECLARATION -> EnumSet.of(MISREPRESENTATION);
      default -> Set.of();
    };
  }

  /** The grounds of debts ({@code TYPE amount} each, {@code ;}-separated): taxes when none says. */
  private static Set<ExclusionGround> ofDebts(String debts) {
    EnumSet<ExclusionGround> grounds = EnumSet.noneOf(ExclusionGround.class);
    for (String debt : debts.split(";")) {
      String type = debt.strip().split(" ")[0];
      if (type.equals("SOCIAL_SECURITY")) {
        grounds.add(PAYMENT_OF_SOCIAL_SECURITY);
      } else if (type.equals("TAX")) {
        grounds.add(PAYMENT_OF_TAXES);
      }
    }
    if (grounds.isEmpty()) {
      grounds.add(PAYMENT_OF_TAXES);
    }
    return grounds;
  }

  /** The grounds of a finding of {@code ruleId} with these facts, in enum order. */
  public static List<ExclusionGround> of(String ruleId, Map<String, String> evidence) {
    EnumSet<ExclusionGround> grounds = EnumSet.noneOf(ExclusionGround.class);
    String named = evidence == null ? null : evidence.get(GROUNDS);
    if (named != null && !named.isBlank()) {
      for (String code : named.split("\\|")) {
        ExclusionGround.ofCode(code).ifPresent(grounds::add);
      }
      if (!grounds.isEmpty()) {
        return new ArrayList<>(grounds);
      }
    }
    Map<String, String> facts = evidence == null ? Map.of() : evidence;
    RuleId.of(ruleId).ifPresent(rule -> grounds.addAll(ofRule(rule, facts)));
    if (grounds.isEmpty()) {
      grounds.add(NATIONAL_OTHER);
    }
    return new ArrayList<>(grounds);
  }
}
