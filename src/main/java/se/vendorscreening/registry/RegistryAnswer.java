package se.vendorscreening.registry;

import java.util.List;

/**
 * A registry's answer about one subject: the candidate records (possibly none) and the evidence.
 * File adapters return every record that shares the subject's identity number, and records without
 * a number whose name shares a {@link se.vendorscreening.shared.PartyNames#blockingKeys blocking
 * key} with the subject's; the screening matcher decides which really match.
 *
 * @param records candidate records
 * @param evidence where the answer came from
 * @param <T> the record type
 */
public record RegistryAnswer<T>(List<T> records, Evidence evidence) {

  public RegistryAnswer {
    records = List.copyOf(records);
  }
}
