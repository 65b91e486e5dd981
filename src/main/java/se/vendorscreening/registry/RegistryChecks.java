package se.vendorscreening.registry;

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

  private RegistryChecks() {}
}
