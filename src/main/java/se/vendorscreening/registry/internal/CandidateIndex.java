package se.vendorscreening.registry.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.CandidateKeys;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * Finds the rows of an extract that may concern a subject without comparing it with every row: rows
 * by identity number, and rows without a number by their {@link CandidateKeys} (name and birth
 * date). Both indexes are sorted primitive arrays (a row costs 8 bytes a key), not maps of lists.
 */
final class CandidateIndex {

  private static final int ROW_BITS = 23;
  static final int MAX_ROWS = 1 << ROW_BITS;
  private static final long ROW_MASK = MAX_ROWS - 1;

  /** {@code (number << ROW_BITS) | row}, sorted. */
  private final long[] byNumber;

  /** Blocking keys of number-less rows, sorted, and where their rows start in {@link #rows}. */
  private final String[] keys;

  private final int[] keyStart;
  private final int[] rows;

  /**
   * The keys' positions in {@link #keys} plus one by their hash (open addressing, 0 an empty slot):
   * a lookup finds a key with its hash and one comparison or two instead of a binary search of
   * string comparisons (a subject has a few keys, asked of every registry).
   */
  private final int[] slots;

  private CandidateIndex(long[] byNumber, String[] keys, int[] keyStart, int[] rows) {
    this.byNumber = byNumber;
    this.keys = keys;
    this.keyStart = keyStart;
    this.rows = rows;
    this.slots = new int[Integer.highestOneBit(Math.max(keys.length, 1) * 2 + 1) * 2];
    for (int i = 0; i < keys.length; i++) {
      int slot = keys[i].hashCode() & slots.length - 1;
      while (slots[slot] != 0) {
        slot = slot + 1 & slots.length - 1;
      }
      slots[slot] = i + 1;
    }
  }

  /** Where the key is in {@link #keys}, or -1. */
  private int keyAt(String key) {
    for (int slot = key.hashCode() & slots.length - 1;
        slots[slot] != 0;
        slot = slot + 1 & slots.length - 1) {
      if (keys[slots[slot] - 1].equals(key)) {
        return slots[slot] - 1;
      }
    }
    return -1;
  }

  /**
   * The rows carrying the subject's identity number, and the number-less rows that share a
   * candidate key (name or birth date) with the subject, in row order.
   */
  int[] candidatesOf(Subject subject) {
    IntList found = new IntList();
    if (subject.identityNumber() != null) {
      long number = numberKey(subject.identityNumber());
      int at = Arrays.binarySearch(byNumber, number << ROW_BITS);
      for (int i = at >= 0 ? at : -at - 1;
          i < byNumber.length && byNumber[i] >>> ROW_BITS == number;
          i++) {
        found.add((int) (byNumber[i] & ROW_MASK));
      }
    }
    for (String key : RecentKeys.of(subject.name(), birthDateOf(subject))) {
      int at = keyAt(key);
      if (at >= 0) {
        for (int i = keyStart[at]; i < keyStart[at + 1]; i++) {
          found.add(rows[i]);
        }
      }
    }
    return found.sortedDistinct();
  }

  /**
   * The candidate keys of the subjects this thread looked up last: a party's subject is asked of
   * every registry (and a representative of two) one after another, and its keys cost more than the
   * lookups themselves. A few slots a thread, each compared by name and birth date.
   */
  static final class RecentKeys {
    private static final int SLOTS = 8;
    private static final ThreadLocal<RecentKeys> RECENT = ThreadLocal.withInitial(RecentKeys::new);

    private final String[] names = new String[SLOTS];
    private final LocalDate[] birthDates = new LocalDate[SLOTS];
    private final Set<String>[] keys = newKeyArray();
    private int next;

    @SuppressWarnings("unchecked")
    private static Set<String>[] newKeyArray() {
      return (Set<String>[]) new Set<?>[SLOTS];
    }

    /** {@link CandidateKeys#of}, not to be changed by the caller. */
    static Set<String> of(String name, LocalDate birthDate) {
      return RECENT.get().keysOf(name, birthDate);
    }

    private Set<String> keysOf(String name, LocalDate birthDate) {
      for (int i = 0; i < SLOTS; i++) {
        if (name.equals(names[i]) && Objects.equals(birthDate, birthDates[i])) {
          return keys[i];
        }
      }
      Set<String> computed =
          birthDate == null
              ? Collections.unmodifiableSet(CandidateKeys.of(name, birthDate))
              : SharedPersonKeys.of(name, birthDate);
      names[next] = name;
      birthDates[next] = birthDate;
      keys[next] = computed;
      next = (next + 1) % SLOTS;
      return computed;
    }
  }

  /**
   * The candidate keys of persons (a name and a birth date) for every thread of the process: a
   * register names the same persons as representatives of many parties (the 305,534 representatives
   * of the 100,000-vendor benchmark are 54,488 persons), whose keys were computed again for every
   * party. A fixed table indexed by the hash of name and birth date, written without locks (an
   * entry is immutable, and a thread that misses an entry another just wrote computes the same keys
   * again), so it holds at most {@link #SLOTS} sets of a few keys each.
   */
  static final class SharedPersonKeys {
    static final int SLOTS = 1 << 15;

    private record Entry(String name, LocalDate birthDate, Set<String> keys) {}

    private static final AtomicReferenceArray<Entry> TABLE = new AtomicReferenceArray<>(SLOTS);

    private SharedPersonKeys() {}

    /** {@link CandidateKeys#of} of a person, not to be changed by the caller. */
    static Set<String> of(String name, LocalDate birthDate) {
      int hash = name.hashCode() * 31 + birthDate.hashCode();
      int slot = (hash ^ hash >>> 15) & SLOTS - 1;
      Entry seen = TABLE.getPlain(slot);
      if (seen != null && seen.name().equals(name) && seen.birthDate().equals(birthDate)) {
        return seen.keys();
      }
      Set<String> keys = Set.copyOf(CandidateKeys.of(name, birthDate));
      TABLE.setPlain(slot, new Entry(name, birthDate, keys));
      return keys;
    }
  }

  private static LocalDate birthDateOf(Subject subject) {
    if (subject.birthDate() != null) {
      return subject.birthDate();
    }
    return subject.identityNumber() instanceof PersonalIdentityNumber person
        ? person.birthDate().orElse(null)
        : null;
  }

  int numberedEntries() {
    return byNumber.length;
  }

  int nameEntries() {
    return rows.length;
  }

  /** The number key of a row without an identity number. */
  static final long NO_NUMBER = -1;

  static long numberKey(IdentityNumber number) {
    return Long.parseLong(number.canonical());
  }

  /** Collects rows while an extract is read; rows are numbered from 0 in the order added. */
  static final class Builder {

    private final LongList numbered = new LongList();
    private final LongList named = new LongList();
    private final Map<String, Integer> keyIds = new HashMap<>();

    void add(int row, IdentityNumber number, String name, LocalDate birthDate) {
      if (number != null) {
        add(row, numberKey(number), null);
      } else {
        add(row, NO_NUMBER, CandidateKeys.of(name, birthDate));
      }
    }

    /**
     * Adds a row whose keys were found elsewhere (on the thread that parsed it).
     *
     * @param numberKey {@link #numberKey} of its identity number, or {@link #NO_NUMBER}
     * @param blockingKeys its {@link CandidateKeys} when it has no number
     */
    void add(int row, long numberKey, Set<String> blockingKeys) {
      add(row, numberKey, blockingKeys, null);
    }

    /**
     * Adds a row whose keys were found elsewhere, those of its name apart from its birth date's:
     * the same as {@link #add(int, long, Set)} with their union.
     *
     * @param nameKeys {@link CandidateKeys#of} its name without a birth date, when it has no number
     * @param birthDateKey {@link CandidateKeys#birthDateKey} of its birth date, or null
     */
    void add(int row, long numberKey, Set<String> nameKeys, String birthDateKey) {
      if (row >= MAX_ROWS) {
        throw new IllegalStateException("more than " + MAX_ROWS + " rows in one extract");
      }
      if (numberKey != NO_NUMBER) {
        numbered.add(numberKey << ROW_BITS | row);
      } else {
        for (String key : nameKeys) {
          addNamed(row, key);
        }
        if (birthDateKey != null && !nameKeys.contains(birthDateKey)) {
          addNamed(row, birthDateKey);
        }
      }
    }

    private void addNamed(int row, String key) {
      Integer id = keyIds.get(key);
      if (id == null) {
        id = keyIds.size();
        keyIds.put(key, id);
      }
      named.add((long) id << 32 | row);
    }

    CandidateIndex build() {
      long[] byNumber = numbered.toArray();
      Arrays.sort(byNumber);
      String[] keysById = new String[keyIds.size()];
      keyIds.forEach((key, id) -> keysById[id] = key);
      String[] keys = keysById.clone();
      Arrays.sort(keys);
      int[] rankOfId = new int[keysById.length];
      for (int rank = 0; rank < keys.length; rank++) {
        rankOfId[keyIds.get(keys[rank])] = rank;
      }
      long[] byKey = named.toArray();
      for (int i = 0; i < byKey.length; i++) {
        byKey[i] = (long) rankOfId[(int) (byKey[i] >>> 32)] << 32 | (byKey[i] & 0xFFFFFFFFL);
      }
      Arrays.sort(byKey);
      int[] keyStart = new int[keys.length + 1];
      int[] rows = new int[byKey.length];
      for (int i = 0; i < byKey.length; i++) {
        keyStart[(int) (byKey[i] >>> 32) + 1]++;
        rows[i] = (int) byKey[i];
      }
      for (int k = 0; k < keys.length; k++) {
        keyStart[k + 1] += keyStart[k];
      }
      return new CandidateIndex(byNumber, keys, keyStart, rows);
    }
  }

  /** A growable {@code long[]}. */
  static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A growable {@code int[]}. */
  static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    void addAll(IntList other) {
      if (size + other.size > values.length) {
        values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
      }
      System.arraycopy(other.values, 0, values, size, other.size);
      size += other.size;
    }

    int get(int index) {
      return values[index];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }

    int[] sortedDistinct() {
      int[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
