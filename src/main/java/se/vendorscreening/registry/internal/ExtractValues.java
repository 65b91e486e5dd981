package se.vendorscreening.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * Reads typed values out of extract rows, and interns repeated ones (names, dates, categories,
 * courts, numbers) so that a million records share their common values instead of copying them.
 */
final class ExtractValues {

  private final Map<Object, Object> interned;
  private final Map<String, LocalDate> dates;
  private final Map<String, IdentityNumber> numbers;
  private final AtomicReferenceArray<LocalDate> plainDates;
  private final RecentValues<String> recent;
  private final RecentValues<IdentityNumber> recentNumbers;
  private final RecentValues<String> texts;
  private final Map<String, String> upperCase;

  ExtractValues() {
    this(
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        plainDateTable(),
        new RecentValues<>(1 << 16),
        new RecentValues<>(1 << 16),
        new RecentValues<>(TEXT_SLOTS),
        new HashMap<>());
  }

  private ExtractValues(
      Map<Object, Object> interned,
      Map<String, LocalDate> dates,
      Map<String, IdentityNumber> numbers,
      AtomicReferenceArray<LocalDate> plainDates,
      RecentValues<String> recent,
      RecentValues<IdentityNumber> recentNumbers,
      RecentValues<String> texts,
      Map<String, String> upperCase) {
    this.interned = interned;
    this.dates = dates;
    this.numbers = numbers;
    this.plainDates = plainDates;
    this.recent = recent;
    this.recentNumbers = recentNumbers;
    this.texts = texts;
    this.upperCase = upperCase;
  }

  /** Slots of the table of recent {@linkplain #text interned texts}. */
  private static final int TEXT_SLOTS = 1 << 12;

  /**
   * Values for the chunks of one extract that are parsed at the same time: they share what they
   * intern (concurrent maps) and one table of recent names and case numbers (written without a
   * lock: a thread that misses an equal value another just stored keeps its own copy, which is
   * equal).
   *
   * @param fileBytes the extract's size, which the maps and the table are sized by: a million
   *     conviction rows name some 230,000 numbers and 300,000 case numbers
   */
  static java.util.function.Supplier<ExtractValues> sharedBetweenThreads(long fileBytes) {
    int expected = (int) Math.min(1 << 20, Math.max(1 << 10, fileBytes / 256));
    Map<Object, Object> interned = new ConcurrentHashMap<>();
    Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    Map<String, IdentityNumber> numbers = new ConcurrentHashMap<>(expected);
    AtomicReferenceArray<LocalDate> plainDates = plainDateTable();
    RecentValues<String> recent = new RecentValues<>(expected);
    RecentValues<IdentityNumber> recentNumbers = new RecentValues<>(expected);
    RecentValues<String> texts = new RecentValues<>(TEXT_SLOTS);
    Map<String, String> upperCase = new ConcurrentHashMap<>();
    return () ->
        new ExtractValues(
            interned, dates, numbers, plainDates, recent, recentNumbers, texts, upperCase);
  }

  /** The first year of {@link #plainDates}; dates outside it take the general path. */
  private static final int FIRST_YEAR = 1800;

  private static final int YEARS = 400;

  /** Slots a year: 12 months of 31 days, so a slot is computed without the calendar. */
  private static final int YEAR_SLOTS = 12 * 31;

  private static AtomicReferenceArray<LocalDate> plainDateTable() {
    return new AtomicReferenceArray<>(YEARS * YEAR_SLOTS);
  }

  String text(ExtractRow row, String column) {
    return recentValue(texts, row, column, internText);
  }

  /**
   * The values made of a text not in a table, made once: a method reference or lambda that takes
   * {@code this} or the column along is a new object every time it is evaluated (a million
   * conviction rows made four of them a row).
   */
  private final java.util.function.BiFunction<String, String, String> internText =
      (column, value) -> intern(value);

  private final java.util.function.BiFunction<String, String, IdentityNumber> numberOfText =
      this::numberOf;

  /**
   * The value of the column's cell from the table when its text is there, else made of its text and
   * put there; null when the cell is blank.
   */
  private static <V> V recentValue(
      RecentValues<V> table,
      ExtractRow row,
      String column,
      java.util.function.BiFunction<String, String, V> make) {
    int cell = row.cell(column);
    if (cell < 0) {
      return null;
    }
    char[] chars = row.chars();
    int from = row.start(cell);
    int to = row.end(cell);
    int hash = hash(chars, from, to);
    Seen<V> seen = table.get(chars, from, to, hash);
    if (seen != null) {
      return seen.value();
    }
    String text = new String(chars, from, to - from);
    V value = make.apply(column, text);
    table.put(text, hash, value);
    return value;
  }

  /**
   * The text of the column in upper case ({@link Locale#ROOT}) and {@linkplain String#intern()
   * interned}, as a category is compared.
   *
   * @throws BadValueException when the cell is blank
   */
  String requiredUpperCase(ExtractRow row, String column) {
    return upperCase.computeIfAbsent(
        requiredText(row, column), value -> value.toUpperCase(Locale.ROOT).intern());
  }

  /**
   * A name: too often unique to be interned (a map of a million names costs more than it saves),
   * but shared with an equal one seen lately ({@link #shared(ExtractRow, String)}).
   */
  String name(ExtractRow row, String column, boolean required) {
    String value = shared(row, column);
    if (value == null && required) {
      throw new BadValueException(column, "", "missing value");
    }
    return value;
  }

  /**
   * A value such as a name or a case number, which repeats (a person's several convictions, a
   * case's several convicts) but is too often unique for a map: a fixed table of recent values,
   * indexed by hash, gives an equal value seen before instead of keeping a copy for every record.
   * It costs a hash and a comparison a value, makes no string for a value found there, and never
   * grows.
   */
  String shared(ExtractRow row, String column) {
    return recentValue(recent, row, column, (name, value) -> value);
  }

  /** {@link String#hashCode()} of the characters. */
  private static int hash(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /**
   * A text seen before (the string made of its characters, which a shared value is itself, and its
   * hash) and the value made of it.
   */
  private record Seen<V>(String text, int hash, V value) {}

  /**
   * Values by the text they were made of, in a fixed table indexed by the text's hash: a text found
   * there needs no string, a text not found makes its value again, and an entry may be replaced by
   * another text's. Shared between threads without locks (an entry is immutable).
   */
  private static final class RecentValues<V> {
    private final AtomicReferenceArray<Seen<V>> slots;

    RecentValues(int slots) {
      this.slots = new AtomicReferenceArray<>(Integer.highestOneBit(Math.max(2, slots - 1)) * 2);
    }

    Seen<V> get(char[] chars, int from, int to, int hash) {
      Seen<V> seen = slots.getPlain(slotOf(hash));
      return seen != null && seen.hash() == hash && sameText(seen.text(), chars, from, to)
          ? seen
          : null;
    }

    private static boolean sameText(String text, char[] chars, int from, int to) {
      if (text.length() != to - from) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (text.charAt(i - from) != chars[i]) {
          return false;
        }
      }
      return true;
    }

    void put(String text, int hash, V value) {
      slots.setPlain(slotOf(hash), new Seen<>(text, hash, value));
    }

    private int slotOf(int hash) {
      return (hash ^ hash >>> 16) & (slots.length() - 1);
    }
  }

  String requiredText(ExtractRow row, String column) {
    String value = text(row, column);
    if (value == null) {
      throw new BadValueException(column, "", "missing value");
    }
    return value;
  }

  /** The identity number of the column, or null when the cell is blank. */
  IdentityNumber identityNumber(ExtractRow row, String column) {
    return recentValue(recentNumbers, row, column, numberOfText);
  }

  private IdentityNumber numberOf(String column, String value) {
    IdentityNumber known = numbers.get(value);
    if (known == null) {
      try {
        known = IdentityNumber.parse(value);
        numbers.put(value, known);
      } catch (InvalidIdentityNumberException e) {
        throw new BadValueException(column, masked(value), "invalid identity number");
      }
    }
    return known;
  }

  IdentityNumber requiredIdentityNumber(ExtractRow row, String column) {
    IdentityNumber number = identityNumber(row, column);
    if (number == null) {
      throw new BadValueException(column, "", "missing identity number");
    }
    return number;
  }

  LocalDate date(ExtractRow row, String column) {
    int cell = row.cell(column);
    return cell < 0 ? null : dateOf(column, row.chars(), row.start(cell), row.end(cell));
  }

  /** The date of the characters from {@code from} to {@code to}. */
  private LocalDate dateOf(String column, char[] chars, int from, int to) {
    // a slot holds only the valid date it was computed for: a date seen before needs no check
    int seen = slotOfDigits(chars, from, to);
    if (seen >= 0) {
      LocalDate known = plainDates.getPlain(seen);
      if (known != null) {
        return known;
      }
      if (isValidSlot(seen)) {
        LocalDate date =
            LocalDate.of(FIRST_YEAR + seen / YEAR_SLOTS, seen % YEAR_SLOTS / 31 + 1, seen % 31 + 1);
        plainDates.setPlain(seen, date);
        return date;
      }
    }
    String value = new String(chars, from, to - from);
    LocalDate known = dates.get(value);
    if (known != null) {
      return known;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      dates.put(value, date);
      return date;
    } catch (DateTimeParseException e) {
      throw new BadValueException(column, value, "not a date (YYYY-MM-DD)");
    }
  }

  /**
   * The slot of a valid date written {@code YYYY-MM-DD} in ASCII digits within the table's years,
   * or -1 for any other text (which {@link LocalDate#parse} then reads or rejects as before). The
   * table is shared between the threads of one extract without locks: a date is immutable with
   * final fields, and two threads that both miss a slot store equal dates.
   */
  static int plainDateSlot(String value) {
    int slot = slotOfDigits(value.toCharArray(), 0, value.length());
    return slot >= 0 && isValidSlot(slot) ? slot : -1;
  }

  /** Whether the slot's day is in its month (2026-02-30 is not). */
  private static boolean isValidSlot(int slot) {
    int year = FIRST_YEAR + slot / YEAR_SLOTS;
    int month = slot % YEAR_SLOTS / 31 + 1;
    int day = slot % 31 + 1;
    return day <= 28 || day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
  }

  /**
   * The slot {@link #plainDateSlot} gives a valid date of the same text, without the calendar's
   * check: -1 when the text is not {@code YYYY-MM-DD} with a month of 1–12 and a day of 1–31 within
   * the table's years; an impossible day such as {@code 2026-02-30} has a slot that stays empty.
   */
  private static int slotOfDigits(char[] chars, int from, int to) {
    if (to - from != 10 || chars[from + 4] != '-' || chars[from + 7] != '-') {
      return -1;
    }
    int year = digits(chars, from, from + 4);
    int month = digits(chars, from + 5, from + 7);
    int day = digits(chars, from + 8, from + 10);
    if (year < FIRST_YEAR
        || year >= FIRST_YEAR + YEARS
        || month < 1
        || month > 12
        || day < 1
        || day > 31) {
      return -1;
    }
    return (year - FIRST_YEAR) * YEAR_SLOTS + (month - 1) * 31 + (day - 1);
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1. */
  private static int digits(char[] chars, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  LocalDate requiredDate(ExtractRow row, String column) {
    LocalDate date = date(row, column);
    if (date == null) {
      throw new BadValueException(column, "", "missing date");
    }
    return date;
  }

  BigDecimal amount(ExtractRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    String plain = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
    if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
      plain = plain.replace(',', '.');
    }
    try {
      return intern(new BigDecimal(plain));
    } catch (NumberFormatException e) {
      throw new BadValueException(column, value, "not an amount");
    }
  }

  BigDecimal requiredAmount(ExtractRow row, String column) {
    BigDecimal amount = amount(row, column);
    if (amount == null) {
      throw new BadValueException(column, "", "missing amount");
    }
    if (amount.signum() < 0) {
      throw new BadValueException(column, amount.toPlainString(), "negative amount");
    }
    return amount;
  }

  boolean bool(ExtractRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new BadValueException(column, "", "missing true/false");
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "ja", "1" -> true;
      case "false", "no", "nej", "0" -> false;
      default -> throw new BadValueException(column, value, "not true or false");
    };
  }

  <E extends Enum<E>> E enumValue(ExtractRow row, String column, Class<E> type) {
    String value = row.get(column);
    if (value == null) {
      throw new BadValueException(column, "", "missing value");
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadValueException(
          column,
          value,
          "unknown value: expected one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  int integer(ExtractRow row, String column, int min, int max) {
    String value = row.get(column);
    if (value == null) {
      throw new BadValueException(column, "", "missing number");
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw new BadValueException(column, value, "outside " + min + "–" + max);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new BadValueException(column, value, "not a whole number");
    }
  }

  /**
   * A list of whole numbers such as {@code 1,2,3,4,6,9} (also separated by {@code ;} or spaces).
   */
  Set<Integer> integers(ExtractRow row, String column, int min, int max) {
    String value = row.get(column);
    if (value == null) {
      throw new BadValueException(column, "", "missing value");
    }
    Set<Integer> numbers = new TreeSet<>();
    for (String part : value.split("[,; ]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        int number = Integer.parseInt(part);
        if (number < min || number > max) {
          throw new BadValueException(column, value, part + " is outside " + min + "–" + max);
        }
        numbers.add(number);
      } catch (NumberFormatException e) {
        throw new BadValueException(column, value, "not a list of numbers");
      }
    }
    return numbers;
  }

  @SuppressWarnings("unchecked")
  private <T> T intern(T value) {
    return (T) interned.computeIfAbsent(value, key -> key);
  }

  /** A personal identity number shown in a report or log only as its first six digits. */
  static String masked(String value) {
    return value.length() >= 10 ? value.substring(0, 6) + "****" : value;
  }
}
