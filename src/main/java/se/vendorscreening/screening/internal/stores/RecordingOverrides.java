package se.vendorscreening.screening.internal.stores;

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
import se.vendorscreening.screening.OverrideProposal;
import se.vendorscreening.screening.OverrideProposal.Status;
import se.vendorscreening.screening.OverrideProposed;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRefusedException.Reason;
import se.vendorscreening.screening.OverrideRejected;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.JudgedEvidence;
import se.vendorscreening.screening.internal.rules.OverrideJudgement;
import se.vendorscreening.screening.internal.rules.PartyKeys;
import se.vendorscreening.screening.internal.rules.RuleOrder;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * Validates overrides against the party's latest run, stores them with the records they judge and
 * tells the audit trail. With four-eyes approval, a proposal is stored PENDING and takes effect
 * only when a second officer approves it.
 */
@Service
class RecordingOverrides implements Overrides {

  private final OverrideStore store;
  private final PartyResultStore results;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RecordingOverrides(
      OverrideStore store,
      PartyResultStore results,
      ApplicationEventPublisher events,
      Clock clock) {
    this.clock = clock;
    this.store = store;
    this.results = results;
    this.events = events;
  }

  @Override
  @Transactional
  public AppliedOverride record(OverrideRequest request) {
    Prepared prepared = prepare(request);
    store.insert(prepared.partyKey(), prepared.displayed(), prepared.override());
    events.publishEvent(
        new OverrideRecorded(prepared.partyKey(), prepared.displayed(), prepared.override()));
    return prepared.override();
  }

  @Override
  @Transactional
  public OverrideProposal propose(OverrideRequest request) {
    Prepared prepared = prepare(request);
    long id =
        store.insert(
            prepared.partyKey(), prepared.displayed(), prepared.override(), Status.PENDING);
    OverrideProposal proposal =
        new OverrideProposal(
            id,
            prepared.partyKey(),
            prepared.displayed(),
            prepared.override(),
            Status.PENDING,
            null,
            null,
            null);
    events.publishEvent(new OverrideProposed(proposal));
    return proposal;
  }

  @Override
  @Transactional
  public OverrideProposal approve(long proposalId, String approver) {
    OverrideProposal decided = decide(proposalId, approver, Status.APPROVED, null);
    events.publishEvent(
        new OverrideRecorded(
            decided.partyKey(), decided.orgNo(), decided.override().approvedBy(approver.strip())));
    return decided;
  }

  @Override
  @Transactional
  public OverrideProposal reject(long proposalId, String reviewer, String reason) {
    if (blank(reason)) {
      throw refused(Reason.REASON_OR_ACTOR_MISSING, "a rejection needs a reason");
    }
    OverrideProposal decided = decide(proposalId, reviewer, Status.REJECTED, reason.strip());
    events.publishEvent(new OverrideRejected(decided));
    return decided;
  }

  private OverrideProposal decide(
      long proposalId, String reviewer, Status status, String reviewReason) {
    if (blank(reviewer)) {
      throw refused(Reason.REASON_OR_ACTOR_MISSING, "a decision needs an actor");
    }
    String who = reviewer.strip();
    OverrideProposal proposal =
        store
            .proposal(proposalId)
            .filter(found -> found.status() == Status.PENDING)
            .orElseThrow(() -> notPending(proposalId));
    if (proposal.proposedBy(who)) {
      throw refused(
          Reason.OWN_PROPOSAL,
          who + " proposed override " + proposalId + "; a second officer must decide it",
          who);
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    if (!store.review(proposalId, status, who, now, reviewReason)) {
      throw notPending(proposalId);
    }
    return new OverrideProposal(
        proposal.id(),
        proposal.partyKey(),
        proposal.orgNo(),
        status == Status.APPROVED ? proposal.override().approvedBy(who) : proposal.override(),
        status,
        who,
        now,
        reviewReason);
  }

  private static OverrideRefusedException notPending(long proposalId) {
    return refused(
        Reason.NOT_PENDING,
        "no proposed override " + proposalId + " awaits a decision",
        String.valueOf(proposalId));
  }

  @Override
  public List<OverrideProposal> pending() {
    return store.pending();
  }

  @Override
  public List<OverrideProposal> proposalsOf(String orgNo) {
    return store.proposalsOf(keyOf(orgNo));
  }

  @Override
  public Optional<OverrideProposal> proposal(long proposalId) {
    return store.proposal(proposalId);
  }

  /** An override validated and bound to its records, not yet stored. */
  private record Prepared(String partyKey, String displayed, AppliedOverride override) {}

  private Prepared prepare(OverrideRequest request) {
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
    return new Prepared(partyKey, displayed, override);
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
