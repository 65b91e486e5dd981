package se.vendorscreening.registry;

import java.util.List;

/**
 * The four checks for one run, opened once (file extracts are read and indexed once per run).
 *
 * @param taxArrears the tax-arrears check
 * @param convictions the conviction check
 * @param financialStanding the financial-standing check
 * @param networkAssessments the network assessments
 * @param mode {@code file} or {@code http}
 * @param sources what each check reads: files with their SHA-256, or base URLs, for the manifest
 */
public record Registries(
    TaxArrearsRegistry taxArrears,
    ConvictionRegistry convictions,
    FinancialStandingRegistry financialStanding,
    NetworkAssessments networkAssessments,
    String mode,
    List<RegistrySource> sources) {

  public Registries {
    sources = List.copyOf(sources);
  }
}
