package se.vendorscreening.screening.internal.stores;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/** Reads stored runs and results; the rejected rows come from the run's import in the register. */
@Service
class JdbcScreeningResults implements ScreeningResults {

  private final RunStore runs;
  private final PartyResultStore results;
  private final ContractRegister register;

  JdbcScreeningResults(RunStore runs, PartyResultStore results, ContractRegister register) {
    this.runs = runs;
    this.results = results;
    this.register = register;
  }

  @Override
  public Optional<RunInfo> run(String runId) {
    return runs.run(runId);
  }

  @Override
  public List<RunInfo> runs() {
    return runs.runs();
  }

  @Override
  public Stream<PartyResult> results(String runId) {
    return results.results(runId);
  }

  @Override
  public Stream<PartyResult> results(String runId, Decision decision) {
    return results.results(runId, decision);
  }

  @Override
  public Stream<PartyResult> clearedByOverride(String runId) {
    return results.clearedByOverride(runId);
  }

  @Override
  public Stream<PartyChange> changes(String runId) {
    return results.changes(runId);
  }

  @Override
  public List<RejectedRow> rejectedRows(String runId) {
    return runs.run(runId)
        .filter(run -> "screen".equals(run.job()))
        .map(run -> register.rejectedRows(runId))
        .orElse(List.of());
  }
}
