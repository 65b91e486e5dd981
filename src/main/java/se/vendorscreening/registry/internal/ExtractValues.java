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
  private final String[] recent;

  ExtractValues() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>(), plainDateTable(), new String[1 << 16]);
  }

  private ExtractValues(
      Map<Object, Object> interned,
      Map<String, LocalDate> dates,
      Map<String, IdentityNumber> numbers,
      AtomicReferenceArray<LocalDate> plainDates,
      String[] recent) {
    this.interned = interned;
    this.dates = dates;
    this.numbers = numbers;
    this.plainDates = plainDates;
    this.recent = recent;
  }

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
    String[] recent = new String[Integer.highestOneBit(expected) * 2];
    return () -> new ExtractValues(interned, dates, numbers, plainDates, recent);
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
    String value = row.get(column);
    return value == null ? null : intern(value);
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
   * It costs a hash and a comparison a value, and never grows.
   */
  String shared(ExtractRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    int hash = value.hashCode();
    int slot = (hash ^ hash >>> 16) & (recent.length - 1);
    String seen = recent[slot];
    if (value.equals(seen)) {
      return seen;
    }
    recent[slot] = value;
    return value;
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
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    IdentityNumber known = numbers.get(value);
    if (known != null) {
      return known;
    }
    try {
      IdentityNumber number = IdentityNumber.parse(value);
      numbers.put(value, number);
      return number;
    } catch (InvalidIdentityNumberException e) {
      throw new BadValueException(column, masked(value), "invalid identity number");
    }
  }

  IdentityNumber requiredIdentityNumber(ExtractRow row, String column) {
    IdentityNumber number = identityNumber(row, column);
    if (number == null) {
      throw new BadValueException(column, "", "missing identity number");
    }
    return number;
  }

  LocalDate date(ExtractRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    // a slot holds only the valid date it was computed for: a date seen before needs no check
    int seen = slotOfDigits(value);
    if (seen >= 0) {
      LocalDate known = plainDates.getPlain(seen);
      if (known != null) {
        return known;
      }
    }
    int slot = plainDateSlot(value);
    if (slot >= 0) {
      LocalDate known = LocalDate.parse(value);
      plainDates.setPlain(slot, known);
      return known;
    }
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
    int slot = slotOfDigits(value);
    if (slot < 0) {
      return -1;
    }
    int year = FIRST_YEAR + slot / YEAR_SLOTS;
    int month = slot % YEAR_SLOTS / 31 + 1;
    int day = slot % 31 + 1;
    return day > java.time.Month.of(month).length(java.time.Year.isLeap(year)) ? -1 : slot;
  }

  /**
   * The slot {@link #plainDateSlot} gives a valid date of the same text, without the calendar's
   * check: -1 when the text is not {@code YYYY-MM-DD} with a month of 1–12 and a day of 1–31 within
   * the table's years; an impossible day such as {@code 2026-02-30} has a slot that stays empty.
   */
  private static int slotOfDigits(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return -1;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
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
  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
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
