package se.vendorscreening.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.shared.Decision;

/** Validates and stores overrides and tells the audit trail. */
@Service
class RecordingOverrides implements Overrides {

  private final OverrideStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  RecordingOverrides(OverrideStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Override
  @Transactional
  public AppliedOverride record(
      String orgNo,
      String ruleId,
      Decision decision,
      String reason,
      String actor,
      LocalDate expires) {
    if (decision != Decision.CLEAR && decision != Decision.REVIEW) {
      throw new IllegalArgumentException("an override decides CLEAR or REVIEW, not " + decision);
    }
    if (!RuleOrder.IDS.contains(ruleId)) {
      throw new IllegalArgumentException(
          "unknown rule " + ruleId + "; one of " + String.join(", ", RuleOrder.IDS));
    }
    if (reason == null || reason.isBlank() || actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("an override needs a reason and an actor");
    }
    String partyKey = PartyKeys.keyOf(orgNo);
    String displayed = PartyKeys.displayed(partyKey);
    AppliedOverride override =
        new AppliedOverride(
            ruleId,
            decision,
            reason.strip(),
            actor.strip(),
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
            expires);
    store.insert(partyKey, displayed, override);
    events.publishEvent(new OverrideRecorded(partyKey, displayed, override));
    return override;
  }

  @Override
  public List<AppliedOverride> of(String orgNo) {
    return store.of(PartyKeys.keyOf(orgNo));
  }
}
