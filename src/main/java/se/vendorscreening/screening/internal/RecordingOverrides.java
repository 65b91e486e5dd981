package se.vendorscreening.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRefusedException.Reason;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * Validates overrides against the party's latest run, stores them with the records they judge and
 * tells the audit trail.
 */
@Service
class RecordingOverrides implements Overrides {

  private final OverrideStore store;
  private final PartyResultStore results;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  RecordingOverrides(
      OverrideStore store, PartyResultStore results, ApplicationEventPublisher events) {
    this.store = store;
    this.results = results;
    this.events = events;
  }

  @Override
  @Transactional
  public AppliedOverride record(OverrideRequest request) {
    String ruleId = request.ruleId() == null ? "" : request.ruleId().strip();
    if (request.decision() != Decision.CLEAR && request.decision() != Decision.REVIEW) {
      throw refused(
          Reason.INVALID_DECISION,
          "an override decides CLEAR or REVIEW, not " + request.decision(),
          String.valueOf(request.decision()));
    }
    if (!RuleOrder.IDS.contains(ruleId)) {
      throw refused(
          Reason.UNKNOWN_RULE,
          "unknown rule " + ruleId + "; one of " + String.join(", ", RuleOrder.IDS),
          ruleId,
          String.join(", ", RuleOrder.IDS));
    }
    if (blank(request.reason()) || blank(request.actor())) {
      throw refused(Reason.REASON_OR_ACTOR_MISSING, "an override needs a reason and an actor");
    }
    String partyKey = keyOf(request.orgNo());
    String displayed = PartyKeys.displayed(partyKey);
    String procurementId = blank(request.procurementId()) ? null : request.procurementId().strip();
    PartyResult latest =
        results
            .latestResult(partyKey, procurementId)
            .orElseThrow(
                () ->
                    refused(
                        Reason.UNKNOWN_PARTY,
                        "no completed run shows " + displayed + inProcurement(procurementId),
                        displayed,
                        procurementId == null ? "-" : procurementId));
    if (!latest.ruleIds().contains(ruleId)) {
      throw refused(
          Reason.RULE_NOT_SHOWN,
          "the latest run showing " + displayed + " does not show " + ruleId,
          displayed,
          ruleId,
          latest.ruleIds().isEmpty() ? "-" : String.join(", ", latest.ruleIds()));
    }
    List<String> covers = new ArrayList<>(JudgedEvidence.of(ruleId, findingsOf(latest)));
    if (request.decision() == Decision.CLEAR && !JudgedEvidence.nameable(ruleId)) {
      throw refused(
          Reason.NOTHING_TO_JUDGE,
          "CLEAR for " + ruleId + " would judge no record: its findings name none",
          ruleId);
    }
    AppliedOverride override =
        new AppliedOverride(
            ruleId,
            request.decision(),
            request.reason().strip(),
            request.actor().strip(),
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
            request.expires(),
            procurementId,
            covers);
    store.insert(partyKey, displayed, override);
    events.publishEvent(new OverrideRecorded(partyKey, displayed, override));
    return override;
  }

  @Override
  public SortedMap<String, List<String>> judgeable(String orgNo, String procurementId) {
    SortedMap<String, List<String>> rules = new TreeMap<>();
    Optional<PartyResult> latest =
        results.latestResult(keyOf(orgNo), blank(procurementId) ? null : procurementId.strip());
    latest.ifPresent(
        result ->
            result
                .ruleIds()
                .forEach(
                    rule ->
                        rules.put(rule, List.copyOf(JudgedEvidence.of(rule, findingsOf(result))))));
    return rules;
  }

  @Override
  public List<AppliedOverride> of(String orgNo) {
    return store.of(keyOf(orgNo));
  }

  /** The findings the rules gave, without the notes of overrides that no longer applied. */
  private static List<Finding> findingsOf(PartyResult result) {
    return OverrideJudgement.withoutNotes(result.findings());
  }

  private static String keyOf(String orgNo) {
    try {
      return PartyKeys.keyOf(orgNo == null ? "" : orgNo);
    } catch (InvalidIdentityNumberException e) {
      throw refused(
          Reason.INVALID_NUMBER, e.getMessage(), orgNo == null ? "" : orgNo, e.getMessage());
    }
  }

  private static String inProcurement(String procurementId) {
    return procurementId == null ? "" : " in procurement " + procurementId;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static OverrideRefusedException refused(
      Reason reason, String englishMessage, String... arguments) {
    return new OverrideRefusedException(reason, englishMessage, List.of(arguments));
  }
}
