package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;

/**
 * The finding of a relationship-graph signal: its subject, the explanation path (the chain of edges
 * that makes it fire, as the evidence {@code explanation_path}) and its facts, so every report
 * prints the chain without knowing the rule; the same chain as edges with their ends (the evidence
 * {@code explanation_edges}, JSON) lets the reports draw the network.
 */
final class GraphFindings {

  private GraphFindings() {}

  static Finding of(GraphSignal signal, RuleContext context, Object... summaryArguments) {
    return withSummary(signal, context, "finding." + signal.ruleId(), summaryArguments);
  }

  /** The finding with the summary of the given message key (a rule with two kinds of signal). */
  static Finding withSummary(
      GraphSignal signal, RuleContext context, String summaryKey, Object... summaryArguments) {
    FindingBuilder builder =
        FindingBuilder.finding(signal.ruleId(), context)
            .subject(signal.subjectName(), signal.subjectRole(), signal.maskedSubjectId())
            .source("relationship-graph")
            .summary(summaryKey, summaryArguments)
            .evidence("explanation_path", signal.explanation());
    signal.facts().forEach(builder::evidence);
    if (!signal.edges().isEmpty()) {
      builder.evidence(ExplanationEdges.EVIDENCE_KEY, ExplanationEdges.write(signal.edges()));
    }
    return builder.build();
  }
}
