package se.vendorscreening.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The exclusion grounds as ESPD and eForms name them (criterion codes {@code
 * CRITERION.EXCLUSION.*}; docs/evidence.md maps every rule and offence category to one).
 */
public enum ExclusionGround {
  PARTICIPATION_IN_CRIMINAL_ORGANISATION(
      "CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION"),
  CORRUPTION("CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION"),
  FRAUD("CRITERION.EXCLUSION.CONVICTIONS.FRAUD"),
  TERRORIST_OFFENCES("CRITERION.EXCLUSION.CONVICTIONS.TERRORIST_OFFENCES"),
  MONEY_LAUNDERING("CRITERION.EXCLUSION.CONVICTIONS.MONEY_LAUNDERING"),
  CHILD_LABOUR_HUMAN_TRAFFICKING("CRITERION.EXCLUSION.CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING"),
  PAYMENT_OF_TAXES("CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES"),
  PAYMENT_OF_SOCIAL_SECURITY("CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_SOCIAL_SECURITY"),
  BANKRUPTCY("CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY"),
  INSOLVENCY("CRITERION.EXCLUSION.BUSINESS.INSOLVENCY"),
  PROFESSIONAL_MISCONDUCT("CRITERION.EXCLUSION.MISCONDUCT.MC_PROFESSIONAL"),
  MARKET_DISTORTION("CRITERION.EXCLUSION.MISCONDUCT.MARKET_DISTORTION"),
  MISREPRESENTATION("CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION"),
  NATIONAL_OTHER("CRITERION.EXCLUSION.NATIONAL.OTHER");

  private final String code;

  ExclusionGround(String code) {
    this.code = code;
  }

  /** The ESPD/eForms criterion code, e.g. {@code CRITERION.EXCLUSION.CONVICTIONS.FRAUD}. */
  public String code() {
    return code;
  }

  /** The ground of a criterion code, or of an enum name; empty when unknown. */
  public static Optional<ExclusionGround> ofCode(String codeOrName) {
    if (codeOrName == null) {
      return Optional.empty();
    }
    String wanted = codeOrName.strip();
    return Arrays.stream(values())
        .filter(g -> g.code.equalsIgnoreCase(wanted) || g.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /** Whether this is one of the conviction grounds (LOU 13 kap. 1 §). */
  public boolean isConviction() {
    return code.startsWith("CRITERION.EXCLUSION.CONVICTIONS.");
  }
}
