package se.vendorscreening.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.PartyRange;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * The contract register behind {@link SampleRun}, as far as the reports read it: the sample
 * procurement's title and the representatives of Södertörns Fasad och Tak AB (Skatteverket test
 * personnummer).
 */
final class SampleRegister implements ContractRegister {

  static final String TITLE = "Bygg- och fastighetsservice Huddinge 2026";

  @Override
  public Optional<String> procurementTitle(String procurementId) {
    return "KS-2026/317".equals(procurementId) ? Optional.of(TITLE) : Optional.empty();
  }

  @Override
  public List<RegisteredRepresentative> representativesOf(String partyKey) {
    if (!"party:554599-5457".equals(partyKey)) {
      return List.of();
    }
    return List.of(
        new RegisteredRepresentative(
            new PersonalIdentityNumber("199105092382"),
            "Lars Ström",
            LocalDate.parse("1991-05-09"),
            RepresentativeRole.CEO),
        new RegisteredRepresentative(
            new PersonalIdentityNumber("199101012392"),
            "Bengt Åkesson",
            LocalDate.parse("1991-01-01"),
            RepresentativeRole.CHAIR));
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfImport(String importId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfImport(String importId, PartyRange range) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PartyRange> partyRangesOfImport(String importId, int count) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfActiveContracts() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfActiveContracts(PartyRange range) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PartyRange> partyRangesOfActiveContracts(int count) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void readCircle(String importId, se.vendorscreening.intake.RegisterCircle visitor) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<RejectedRow> rejectedRows(String importId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ImportSummary importSummary(String importId) {
    throw new UnsupportedOperationException();
  }
}
