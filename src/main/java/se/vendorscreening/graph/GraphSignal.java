package se.vendorscreening.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.vendorscreening.shared.RuleId;

/**
 * What the relationship graph shows about one party of an import: the rule it bears on, whom it is
 * about, and the chain of edges that makes it fire.
 *
 * @param rule the graph rule that fires, e.g. {@link RuleId#SHARED_PERSONS}
 * @param procurementId the party's procurement
 * @param partyKey the party's register key
 * @param subjectName whom the signal is about (a person, an owner or the party)
 * @param subjectRole the subject's role, e.g. {@code BOARD} or {@code OWNER}
 * @param maskedSubjectId the subject's number, masked for persons; null when none
 * @param paths the explanation: each path a chain of edges in words, persons' numbers masked
 * @param facts further facts (counts, percentages), in order
 * @param edges the explanation as edges with their ends, for a report's picture of the network (the
 *     same chains as {@code paths}); empty when not given
 */
public record GraphSignal(
    RuleId rule,
    String procurementId,
    String partyKey,
    String subjectName,
    String subjectRole,
    String maskedSubjectId,
    List<String> paths,
    Map<String, String> facts,
    List<GraphEdge> edges) {

  /** A signal whose explanation is in words only. */
  public GraphSignal(
      RuleId rule,
      String procurementId,
      String partyKey,
      String subjectName,
      String subjectRole,
      String maskedSubjectId,
      List<String> paths,
      Map<String, String> facts) {
    this(
        rule,
        procurementId,
        partyKey,
        subjectName,
        subjectRole,
        maskedSubjectId,
        paths,
        facts,
        List.of());
  }

  public GraphSignal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(procurementId, "procurementId");
    Objects.requireNonNull(partyKey, "partyKey");
    paths = List.copyOf(paths);
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    edges = edges == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(edges));
  }

  /** The rule's id as findings carry it. */
  public String ruleId() {
    return rule.name();
  }

  /** The explanation as one line: the paths separated by {@code " ; "}. */
  public String explanation() {
    return String.join(" ; ", paths);
  }
}
