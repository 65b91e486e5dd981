package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.FinancialStandingRegistry;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.NetworkAssessments;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.TaxArrearsRegistry;
import se.vendorscreening.registry.TaxDebt;

/**
 * Stands in for an extract file that is not in the registries folder: every question fails, so each
 * party becomes INCOMPLETE for that check (fail closed) while the other checks still run. A missing
 * file is never read as "no records".
 */
final class MissingExtract
    implements TaxArrearsRegistry,
        ConvictionRegistry,
        FinancialStandingRegistry,
        NetworkAssessments,
        RegisterCheck {

  private final String check;
  private final String reason;

  MissingExtract(String check, Path expected) {
    this.check = check;
    this.reason =
        "registry extract %s(.csv/.xlsx) is missing in %s"
            .formatted(expected.getFileName(), expected.getParent());
  }

  @Override
  public RegistryAnswer<TaxDebt> debtsOf(Subject subject) {
    throw failure();
  }

  @Override
  public RegistryAnswer<ConvictionRecord> convictionsOf(Subject subject) {
    throw failure();
  }

  @Override
  public RegistryAnswer<FinancialStanding> standingOf(Subject subject) {
    throw failure();
  }

  @Override
  public RegistryAnswer<NetworkAssessment> assessmentsOf(Subject subject) {
    throw failure();
  }

  @Override
  public java.util.List<NetworkAssessment> all() {
    throw failure();
  }

  @Override
  public RegistryAnswer<RegisterCheckAnswer> answersAbout(Subject subject) {
    throw failure();
  }

  String reason() {
    return reason;
  }

  private RegistryCheckFailedException failure() {
    return new RegistryCheckFailedException(check, reason, null);
  }
}
