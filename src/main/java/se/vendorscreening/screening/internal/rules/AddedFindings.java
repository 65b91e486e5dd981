package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.Decision;

/**
 * Findings added to a stored result of a party without overrides, as the rows that change: the
 * stored findings that move to a later ordinal (the added ones go before them in rule order), the
 * added findings with their ordinals, and the decision when it changes. The result is the one
 * {@link PartyResults#withFindings} gives with no override, without reading or writing again the
 * findings that stay where they are.
 *
 * @param moves each a stored finding's ordinal and its new one, the highest first, so that no move
 *     takes an ordinal still in use
 * @param inserted the added findings by their ordinal
 * @param decision the decision after the findings are added (with no override the computed one), or
 *     null when it is the stored one
 */
public record AddedFindings(
    String procurementId,
    String partyKey,
    List<int[]> moves,
    List<Inserted> inserted,
    Decision decision) {

  /** An added finding and its ordinal. */
  public record Inserted(int ordinal, Finding finding) {}

  /**
   * The rows that change when {@code added} join the stored findings, or empty when the stored
   * result cannot be changed so: it has overrides (they are judged again against the whole
   * findings), or its stored findings are not numbered 0, 1, … in rule order.
   */
  public static Optional<AddedFindings> of(StoredFindings stored, List<Finding> added) {
    List<StoredFindings.Stored> findings = stored.findings();
    if (stored.overridden() || stored.computedDecision() != stored.decision()) {
      return Optional.empty();
    }
    // as PartyResults.withFindings: the stored findings, then the added ones, sorted stably by rule
    record Entry(int rule, int stored, int added) {}
    List<Entry> entries = new ArrayList<>(findings.size() + added.size());
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).ordinal() != i) {
        return Optional.empty();
      }
      entries.add(new Entry(RuleOrder.index(findings.get(i).ruleId()), i, -1));
    }
    for (int i = 0; i < added.size(); i++) {
      entries.add(new Entry(RuleOrder.index(added.get(i).ruleId()), -1, i));
    }
    entries.sort(Comparator.comparingInt(Entry::rule));
    List<int[]> moves = new ArrayList<>();
    List<Inserted> inserted = new ArrayList<>(added.size());
    int previous = -1;
    for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
      Entry entry = entries.get(ordinal);
      if (entry.added() >= 0) {
        inserted.add(new Inserted(ordinal, added.get(entry.added())));
      } else {
        if (entry.stored() < previous) {
          return Optional.empty(); // stored out of rule order: the sort would reorder them
        }
        previous = entry.stored();
        if (entry.stored() != ordinal) {
          moves.add(0, new int[] {entry.stored(), ordinal});
        }
      }
    }
    // as Decisions.computed over the stored findings and the added ones together
    Decision decision =
        findings.stream()
            .filter(finding -> !finding.informational())
            .map(StoredFindings.Stored::decision)
            .reduce(Decisions.computed(added), Decision::mostSevere);
    return Optional.of(
        new AddedFindings(
            stored.procurementId(),
            stored.partyKey(),
            List.copyOf(moves),
            List.copyOf(inserted),
            decision == stored.decision() ? null : decision));
  }
}
