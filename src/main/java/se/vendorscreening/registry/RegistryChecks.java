package se.vendorscreening.registry;

import java.util.List;

/**
 * The names of the checks, as used in {@link Evidence#check()} and failures: the four registries
 * and the coordinated register check.
 */
public final class RegistryChecks {

  public static final String TAX_ARREARS = "TAX_ARREARS";
  public static final String CONVICTIONS = "CONVICTIONS";
  public static final String FINANCIAL_STANDING = "FINANCIAL_STANDING";
  public static final String NETWORK_ASSESSMENTS = "NETWORK_ASSESSMENTS";
  public static final String REGISTER_CHECK = "REGISTER_CHECK";

  /** The four registries every party is checked in, in the order reports name them. */
  public static final List<String> REGISTRIES =
      List.of(TAX_ARREARS, CONVICTIONS, FINANCIAL_STANDING, NETWORK_ASSESSMENTS);

  private RegistryChecks() {}
}
