package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/** One run's results held in memory, served in the order the database would serve them. */
final class InMemoryScreeningResults implements ScreeningResults {

  private final RunInfo run;
  private final List<PartyResult> results;
  private final List<PartyChange> changes;
  private final List<RejectedRow> rejectedRows;

  InMemoryScreeningResults(
      RunInfo run,
      List<PartyResult> results,
      List<PartyChange> changes,
      List<RejectedRow> rejectedRows) {
    this.run = run;
    this.results =
        results.stream()
            .sorted(
                Comparator.comparing(PartyResult::procurementId).thenComparing(PartyResult::orgNo))
            .toList();
    List<PartyChange> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparing(change -> change.change() == ChangeClass.UNCHANGED));
    this.changes = ordered;
    this.rejectedRows = List.copyOf(rejectedRows);
  }

  @Override
  public Optional<RunInfo> run(String runId) {
    return run.runId().equals(runId) ? Optional.of(run) : Optional.empty();
  }

  @Override
  public List<RunInfo> runs() {
    return List.of(run);
  }

  @Override
  public Stream<PartyResult> results(String runId) {
    return run.runId().equals(runId) ? results.stream() : Stream.empty();
  }

  @Override
  public Stream<PartyChange> changes(String runId) {
    return run.runId().equals(runId) ? changes.stream() : Stream.empty();
  }

  @Override
  public List<RejectedRow> rejectedRows(String runId) {
    return run.runId().equals(runId) ? rejectedRows : List.of();
  }
}
