package se.vendorscreening.registry;

import java.util.List;
import java.util.Optional;

/**
 * The checks for one run, opened once (file extracts are read and indexed once per run).
 *
 * @param taxArrears the tax-arrears check
 * @param convictions the conviction check
 * @param financialStanding the financial-standing check
 * @param networkAssessments the network assessments
 * @param mode {@code file} or {@code http}
 * @param sources what each check reads: files with their SHA-256, or base URLs, for the manifest
 * @param registerCheck the coordinated register check, or null when it is off (the default;
 *     docs/register-check.md)
 */
public record Registries(
    TaxArrearsRegistry taxArrears,
    ConvictionRegistry convictions,
    FinancialStandingRegistry financialStanding,
    NetworkAssessments networkAssessments,
    String mode,
    List<RegistrySource> sources,
    RegisterCheck registerCheck) {

  public Registries {
    sources = List.copyOf(sources);
  }

  /** The four registries without the register check. */
  public Registries(
      TaxArrearsRegistry taxArrears,
      ConvictionRegistry convictions,
      FinancialStandingRegistry financialStanding,
      NetworkAssessments networkAssessments,
      String mode,
      List<RegistrySource> sources) {
    this(taxArrears, convictions, financialStanding, networkAssessments, mode, sources, null);
  }

  /** The register check, when it is on. */
  public Optional<RegisterCheck> registerCheckIfOn() {
    return Optional.ofNullable(registerCheck);
  }
}
