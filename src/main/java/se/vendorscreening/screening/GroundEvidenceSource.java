package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.intake.RegisteredParty;

/**
 * A source of evidence about exclusion grounds besides the registries' records: every Spring bean
 * implementing it is asked about every party a screening checks (the coordinated register check
 * plugs in here; docs/evidence.md). The run's sworn statements and vendor documents (the {@code
 * --statements} file) are asked the same way without a bean.
 */
public interface GroundEvidenceSource {

  /** The check's name, for a CHECK_FAILED finding when it cannot answer (e.g. REGISTER_CHECK). */
  String check();

  /**
   * What this source holds about the party and its circle on the evaluation date, possibly nothing.
   *
   * @throws se.vendorscreening.registry.RegistryCheckFailedException (or any runtime exception)
   *     when it cannot answer: the party gets CHECK_FAILED (INCOMPLETE), never CLEAR
   */
  List<GroundEvidence> evidenceAbout(RegisteredParty party, LocalDate asOf);
}
