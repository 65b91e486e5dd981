package se.vendorscreening.screening.internal.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The vendor or a person of its circle is convicted in an offence category of rules.yml. The three
 * conviction rules differ only in the categories they read, whether the judgment must be final on
 * the evaluation date, and the lookback within which a final one counts (older ones are
 * information):
 *
 * <ul>
 *   <li>{@code CONVICTION_MANDATORY}: a mandatory category, final, within {@code
 *       lookback.mandatory} (LOU 13 kap. 1 §);
 *   <li>{@code CONVICTION_PENDING}: a mandatory category, not yet final: a suspicion never excludes
 *       (LOU 13 kap. 1 § requires a final judgment);
 *   <li>{@code CONVICTION_OTHER}: a professional-conduct category, final, within {@code
 *       lookback.other} (LOU 13 kap. 3 §, LOV 7 kap. 1 § 3).
 * </ul>
 */
public final class ConvictionRule implements Rule {

  static final ConvictionRule MANDATORY =
      new ConvictionRule(
          RuleId.CONVICTION_MANDATORY, RuleSet::mandatoryCategories, RuleSet::mandatoryLookback);

  static final ConvictionRule PENDING =
      new ConvictionRule(RuleId.CONVICTION_PENDING, RuleSet::mandatoryCategories, null);

  static final ConvictionRule OTHER =
      new ConvictionRule(
          RuleId.CONVICTION_OTHER, RuleSet::professionalCategories, RuleSet::otherLookback);

  private final RuleId id;
  private final Function<RuleSet, Set<String>> categories;
  private final Function<RuleSet, Period> lookback;

  /**
   * @param lookback the lookback of a final judgment, or null for the rule of judgments not yet
   *     final
   */
  private ConvictionRule(
      RuleId id, Function<RuleSet, Set<String>> categories, Function<RuleSet, Period> lookback) {
    this.id = id;
    this.categories = categories;
    this.lookback = lookback;
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    boolean finalJudgments = lookback != null;
    Set<String> counted = categories.apply(context.rules());
    List<Finding> findings = new ArrayList<>();
    for (Matched<ConvictionRecord> matched : evidence.convictions()) {
      ConvictionRecord record = matched.record();
      if (!counted.contains(record.offenceCategory())
          || ConvictionTiming.isFinalOn(record, context.asOf()) != finalJudgments) {
        continue;
      }
      FindingBuilder finding = FindingBuilder.finding(id, context);
      ConvictionEvidence.describe(finding, matched, context);
      Object[] args = ConvictionEvidence.summaryArguments(matched, context);
      if (!finalJudgments) {
        finding.ruleSummary(args);
      } else {
        Period period = lookback.apply(context.rules());
        finding.evidence("lookback", period);
        if (ConvictionTiming.withinLookback(record, context.asOf(), period)) {
          finding.ruleSummary(args);
        } else {
          finding.informational().summary("finding." + id + ".outside", args);
        }
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
