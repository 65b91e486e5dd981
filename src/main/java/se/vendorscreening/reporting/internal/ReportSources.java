package se.vendorscreening.reporting.internal;

import java.util.Collection;
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
  private final Map<String, List<RegisteredRepresentative>> readAhead = new ConcurrentHashMap<>();

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

  /**
   * A company's representatives by its party key: those read ahead if they were, else asked of the
   * register.
   */
  Function<String, List<RegisteredRepresentative>> representatives() {
    return key -> {
      if (register == null) {
        return List.of();
      }
      List<RegisteredRepresentative> read = readAhead.get(key);
      return read != null ? read : register.representativesOf(key);
    };
  }

  /**
   * Reads the representatives of these companies in a few queries, for {@link #representatives()}
   * to give until they are {@linkplain #forget forgotten}: the pass over a run's results reads them
   * ahead of the certificates it hands out instead of a query a certificate.
   */
  void readAhead(Collection<String> partyKeys) {
    if (register != null && !partyKeys.isEmpty()) {
      readAhead.putAll(register.representativesOf(partyKeys));
    }
  }

  /** Drops what {@link #readAhead} read for these companies (they are asked again if needed). */
  void forget(Collection<String> partyKeys) {
    partyKeys.forEach(readAhead::remove);
  }

  /** The words of party rows and certificates in the reports' language. */
  PartyReasons reasons(ReportTexts texts) {
    return new PartyReasons(texts, new FindingWords(texts), new LegalBasis(texts));
  }
}
