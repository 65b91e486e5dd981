package se.vendorscreening.screening.internal.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import se.vendorscreening.intake.PartyRange;

/**
 * A partition's range of parties in its step execution context, where the manager puts it and a
 * worker on any node reads it back.
 */
final class PartitionRanges {

  static final String AFTER_PROCUREMENT = "partition.afterProcurementId";
  static final String AFTER_PARTY = "partition.afterPartyKey";
  static final String LAST_PROCUREMENT = "partition.lastProcurementId";
  static final String LAST_PARTY = "partition.lastPartyKey";

  private PartitionRanges() {}

  /** One context per range, named {@code partition0}, {@code partition1}, … in reading order. */
  static Map<String, ExecutionContext> contexts(List<PartyRange> ranges) {
    Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
    for (int i = 0; i < ranges.size(); i++) {
      PartyRange range = ranges.get(i);
      ExecutionContext context = new ExecutionContext();
      putIfPresent(context, AFTER_PROCUREMENT, range.afterProcurementId());
      putIfPresent(context, AFTER_PARTY, range.afterPartyKey());
      putIfPresent(context, LAST_PROCUREMENT, range.lastProcurementId());
      putIfPresent(context, LAST_PARTY, range.lastPartyKey());
      contexts.put("partition" + i, context);
    }
    return contexts;
  }

  static PartyRange rangeOf(ExecutionContext context) {
    return new PartyRange(
        stringOrNull(context, AFTER_PROCUREMENT),
        stringOrNull(context, AFTER_PARTY),
        stringOrNull(context, LAST_PROCUREMENT),
        stringOrNull(context, LAST_PARTY));
  }

  private static void putIfPresent(ExecutionContext context, String key, String value) {
    if (value != null) {
      context.putString(key, value);
    }
  }

  private static String stringOrNull(ExecutionContext context, String key) {
    return context.containsKey(key) ? context.getString(key) : null;
  }
}
