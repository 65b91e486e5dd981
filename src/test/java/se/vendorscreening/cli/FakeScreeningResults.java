package se.vendorscreening.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/** Stored results that a test puts in place, standing in for the screening module's store. */
class FakeScreeningResults implements ScreeningResults {

  private final Map<String, RunInfo> runs = new ConcurrentHashMap<>();
  private final Map<String, List<PartyResult>> results = new ConcurrentHashMap<>();

  void add(RunInfo run, List<PartyResult> parties) {
    runs.put(run.runId(), run);
    results.put(run.runId(), new ArrayList<>(parties));
  }

  @Override
  public Optional<RunInfo> run(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public List<RunInfo> runs() {
    return runs.values().stream().sorted(Comparator.comparing(RunInfo::runId).reversed()).toList();
  }

  @Override
  public Stream<PartyResult> results(String runId) {
    return results.getOrDefault(runId, List.of()).stream();
  }

  @Override
  public Stream<PartyChange> changes(String runId) {
    return Stream.empty();
  }

  @Override
  public List<RejectedRow> rejectedRows(String runId) {
    return List.of();
  }
}
