package se.vendorscreening.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEventPublisher;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.registry.EvidenceRetention;

/**
 * Stored registry answers with their retrieval times, standing in for the registry module's store:
 * deletes those retrieved before the cut-off and publishes {@link EvidencePurged} as the real one
 * does.
 */
class FakeEvidenceRetention implements EvidenceRetention {

  private final ApplicationEventPublisher events;
  private final List<Instant> retrieved = new CopyOnWriteArrayList<>();

  FakeEvidenceRetention(ApplicationEventPublisher events) {
    this.events = events;
  }

  void storeAnswerRetrievedAt(Instant when) {
    retrieved.add(when);
  }

  void clear() {
    retrieved.clear();
  }

  List<Instant> retrievedTimes() {
    return List.copyOf(retrieved);
  }

  @Override
  public long purgeRetrievedBefore(Instant cutoff, String actor) {
    List<Instant> old = retrieved.stream().filter(time -> time.isBefore(cutoff)).toList();
    retrieved.removeAll(old);
    events.publishEvent(new EvidencePurged(cutoff, old.size(), actor));
    return old.size();
  }
}
