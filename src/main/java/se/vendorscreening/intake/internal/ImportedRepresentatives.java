package se.vendorscreening.intake.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * The representatives an import wrote to the register, kept in memory for the same run's checks, so
 * that its parties' reader need not read them back from the register's B-tree (issue 18: a fifth of
 * the checks' step was that read).
 *
 * <p>The register stays the truth: a party's representatives are answered from here only where they
 * are exactly what the register's query would return, else the reader asks the register. They are
 * when
 *
 * <ul>
 *   <li>the import was started in this process (a process restarted after a kill has nothing here),
 *       and every representatives row it accepted was committed here: the rows are taken when their
 *       chunk commits, and their count must be the register's count of the import's accepted
 *       representative rows ({@link #completed});
 *   <li>the register had no representative of the party before the import started (a company seen
 *       in an earlier import keeps the register's history: those parties are read back);
 *   <li>no other import wrote representatives meanwhile (one would end this one's holding);
 *   <li>the party has not been handed out already: what is handed out is dropped, and a party read
 *       again (a step restarted in the same process) is read from the register.
 * </ul>
 *
 * <p>The rows are the register's: an upsert on (party, person key, role) where a later row replaces
 * an earlier one's fields, without the role's dates (which the parties' reader does not read), in
 * the register's order (role, then person key, as H2 compares texts). Only the embedded H2 database
 * uses it ({@link RegisterWriter}): PostgreSQL orders texts by its collation, and keeps reading
 * them back.
 */
@Component
class ImportedRepresentatives {

  /** Role, then person key, as the register's {@code order by role, person_key} sorts them. */
  private static final Comparator<Held> REGISTER_ORDER =
      Comparator.comparing((Held held) -> held.representative().role().name())
          .thenComparing(Held::personKey);

  private Holding holding;

  /**
   * Starts holding an import's representatives (and drops any other import's).
   *
   * @param partiesBefore the keys of the parties the register held representatives of before the
   *     import wrote any
   */
  synchronized void start(String importId, Set<String> partiesBefore) {
    holding = new Holding(importId, Set.copyOf(partiesBefore));
  }

  /** Drops whatever is held. */
  synchronized void forget() {
    holding = null;
  }

  /**
   * Rows an import committed to the register; a row of another import than the one held ends the
   * holding (the register may now hold more for its parties).
   */
  synchronized void committed(String importId, List<RepresentativeRow> rows) {
    if (holding == null) {
      return;
    }
    if (!holding.importId.equals(importId)) {
      holding = null;
      return;
    }
    for (RepresentativeRow row : rows) {
      holding.add(row);
    }
  }

  /**
   * What is held of the import, when it is all of it.
   *
   * @param accepted the register's count of the representative rows the import accepted
   * @return null when nothing (or not all) of the import is held
   */
  synchronized Holding completed(String importId, long accepted) {
    Holding held = holding;
    if (held == null || !held.importId.equals(importId) || held.rows != accepted) {
      return null;
    }
    return held;
  }

  /** One import's representatives, by party. */
  final class Holding {

    private final String importId;
    private final Set<String> partiesBefore;
    private final Map<String, Map<List<String>, Held>> byParty = new HashMap<>();
    private final Set<String> handedOut = new HashSet<>();
    private long rows;

    private Holding(String importId, Set<String> partiesBefore) {
      this.importId = importId;
      this.partiesBefore = partiesBefore;
    }

    private void add(RepresentativeRow row) {
      rows++;
      if (partiesBefore.contains(row.partyKey())) {
        return; // the register answers for this party
      }
      String personKey = row.personKey();
      RegisteredRepresentative representative =
          new RegisteredRepresentative(
              row.personId() == null
                  ? null
                  : new PersonalIdentityNumber(row.personId().canonical()),
              row.name(),
              row.birthDate(),
              row.role(),
              row.birthMonth());
      byParty
          .computeIfAbsent(row.partyKey(), k -> new HashMap<>(4))
          .put(List.of(personKey, row.role().name()), new Held(personKey, representative));
    }

    /**
     * Hands out the representatives of those parties that are answered here (a party without any
     * gets an empty list) and drops them; the others are left for the register.
     *
     * @param keys distinct party keys
     * @param answered receives the representatives of each party answered, in the register's order
     * @return the keys not answered
     */
    List<String> take(
        Collection<String> keys, Map<String, List<RegisteredRepresentative>> answered) {
      List<String> unanswered = new ArrayList<>();
      synchronized (ImportedRepresentatives.this) {
        if (holding != this) {
          return new ArrayList<>(keys);
        }
        for (String key : keys) {
          if (partiesBefore.contains(key) || handedOut.contains(key)) {
            unanswered.add(key);
            continue;
          }
          Map<List<String>, Held> held = byParty.remove(key);
          if (held == null) {
            answered.put(key, List.of());
            continue;
          }
          handedOut.add(key);
          List<Held> ordered = new ArrayList<>(held.values());
          ordered.sort(REGISTER_ORDER);
          List<RegisteredRepresentative> representatives = new ArrayList<>(ordered.size());
          ordered.forEach(h -> representatives.add(h.representative()));
          answered.put(key, representatives);
        }
        if (byParty.isEmpty()) {
          holding = null; // all handed out: a party read again is read from the register
        }
      }
      return unanswered;
    }
  }

  private record Held(String personKey, RegisteredRepresentative representative) {}
}
