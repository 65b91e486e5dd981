package se.vendorscreening.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RegisteredRepresentative;

/**
 * What the reports read besides a run's results: the procurements' titles and the companies'
 * representatives, from the contract register when there is one.
 */
final class ReportSources {

  private final ContractRegister register;
  private final Map<String, Optional<String>> titles = new ConcurrentHashMap<>();

  /**
   * @param register the contract register, or null (the reports then name no titles or persons)
   */
  ReportSources(ContractRegister register) {
    this.register = register;
  }

  /** A procurement's title by its case number, looked up once. */
  Function<String, Optional<String>> titles() {
    return id ->
        register == null || id == null
            ? Optional.empty()
            : titles.computeIfAbsent(id, register::procurementTitle);
  }

  /** A company's representatives by its party key. */
  Function<String, List<RegisteredRepresentative>> representatives() {
    return key -> register == null ? List.of() : register.representativesOf(key);
  }

  /** The words of party rows and certificates in the reports' language. */
  PartyReasons reasons(ReportTexts texts) {
    return new PartyReasons(texts, new FindingWords(texts), new LegalBasis(texts));
  }
}
