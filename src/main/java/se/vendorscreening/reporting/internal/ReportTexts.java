package se.vendorscreening.reporting.internal;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.SwedishTime;

/** The reports' texts in the run's language, from the {@code messages/reporting} bundle. */
final class ReportTexts {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);

  /** Texts without arguments looked up so far; reports ask for the same few labels per row. */
  private static final int MAX_CACHED = 10_000;

  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, String> cached = new ConcurrentHashMap<>();

  /** The formats of the texts with arguments asked for so far, by key. */
  private final Map<String, Filled> formats = new ConcurrentHashMap<>();

  ReportTexts(MessageSource messages, Locale language) {
    this.messages = messages;
    this.locale = isEnglish(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
  }

  static boolean isEnglish(Locale language) {
    return language != null && "en".equals(language.getLanguage());
  }

  Locale locale() {
    return locale;
  }

  /**
   * The text for the key, with {@code {0}}-style arguments filled in: as Spring's message source
   * fills them in (a {@link MessageFormat} of the bundle's pattern in the run's locale), the
   * pattern looked up and parsed once per key rather than through every basename of the source per
   * call.
   */
  String get(String key, Object... args) {
    if (args.length > 0) {
      Filled filled = formats.get(key);
      if (filled == null) {
        // the pattern as the bundle has it: without arguments the source returns it unformatted
        filled =
            new Filled(
                new MessageFormat(messages.getMessage("reporting." + key, null, locale), locale));
        if (formats.size() < MAX_CACHED) {
          formats.put(key, filled);
        }
      }
      return filled.format(args);
    }
    return cache(key, () -> messages.getMessage("reporting." + key, args, locale));
  }

  /**
   * A text with arguments: its {@link MessageFormat}, and for a pattern whose arguments have no
   * format of their own ({@code {0}}, not {@code {0,number}} or {@code {0,choice,...}}) its literal
   * parts between the arguments, as the format writes them (quotes undone), so that strings and
   * small whole numbers are filled in without the format: what the format writes for them is the
   * string itself, and for a number from 0 to 999 its digits (no grouping, no sign, in both
   * locales). Anything else is formatted by the format.
   */
  private static final class Filled {
    private static final char START = '\uFFFF';
    private static final char END = '\uFFFE';

    private final MessageFormat format;

    /** The literal parts, one more than the arguments written; null: the format fills in. */
    private final String[] literals;

    /** The arguments in the order written (an argument may be written twice or not at all). */
    private final int[] arguments;

    private final int needed;

    Filled(MessageFormat format) {
      this.format = format;
      int needed = format.getFormatsByArgumentIndex().length;
      String[] literals = null;
      int[] arguments = null;
      boolean plain = needed > 0;
      for (Format own : format.getFormats()) {
        plain &= own == null;
      }
      if (plain && format.toPattern().indexOf(START) < 0 && format.toPattern().indexOf(END) < 0) {
        Object[] markers = new Object[needed];
        for (int i = 0; i < needed; i++) {
          markers[i] = START + Integer.toString(i) + END;
        }
        String marked = format.format(markers);
        List<String> parts = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        int from = 0;
        for (int start = marked.indexOf(START); start >= 0; start = marked.indexOf(START, from)) {
          int end = marked.indexOf(END, start);
          parts.add(marked.substring(from, start));
          written.add(Integer.parseInt(marked.substring(start + 1, end)));
          from = end + 1;
        }
        parts.add(marked.substring(from));
        literals = parts.toArray(new String[0]);
        arguments = written.stream().mapToInt(Integer::intValue).toArray();
      }
      this.literals = literals;
      this.arguments = arguments;
      this.needed = needed;
    }

    String format(Object[] args) {
      if (literals != null && args.length >= needed && plain(args)) {
        StringBuilder text = new StringBuilder(64);
        for (int i = 0; i < arguments.length; i++) {
          text.append(literals[i]);
          Object arg = args[arguments[i]];
          if (arg instanceof String string) {
            text.append(string);
          } else {
            text.append(((Number) arg).longValue());
          }
        }
        return text.append(literals[arguments.length]).toString();
      }
      if (args.length == 1 && smallWholeNumber(args[0])) {
        // one whole number, through a choice or number format: the text for each number made once
        int value = ((Number) args[0]).intValue();
        String text = byNumber[value];
        if (text == null) {
          text = formatted(args);
          byNumber[value] = text; // a string is safe to publish so; at worst made twice
        }
        return text;
      }
      return formatted(args);
    }

    /** The texts of a single argument from 0 to 999, as the format wrote them. */
    private final String[] byNumber = new String[1000];

    private String formatted(Object[] args) {
      // a MessageFormat is not thread-safe: the documents' threads share this one, as they shared
      // the source's (which formats under the same lock)
      synchronized (format) {
        return format.format(args);
      }
    }

    private static boolean smallWholeNumber(Object arg) {
      return (arg instanceof Integer || arg instanceof Long)
          && ((Number) arg).longValue() >= 0
          && ((Number) arg).longValue() <= 999;
    }

    /** Whether every argument written is a string or a whole number from 0 to 999. */
    private boolean plain(Object[] args) {
      for (int argument : arguments) {
        Object arg = args[argument];
        if (!(arg instanceof String) && !smallWholeNumber(arg)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The text for the key, or the fallback when the bundle has none. */
  String getOrDefault(String key, String fallback) {
    return cache(
        key + '\u0000' + fallback,
        () -> messages.getMessage("reporting." + key, null, fallback, locale));
  }

  private String cache(String key, Supplier<String> lookUp) {
    String text = cached.get(key);
    if (text == null) {
      text = lookUp.get();
      if (text != null && cached.size() < MAX_CACHED) {
        cached.put(key, text);
      }
    }
    return text;
  }

  /**
   * A decision as officers read it, e.g. "Uteslut": the label the console, the PDF, the workbook
   * and the letters share ({@code messages/decisions}).
   */
  String decision(Decision decision) {
    return cache(
        "decision.label." + decision.name(),
        () -> messages.getMessage("decision.label." + decision.name(), null, locale));
  }

  /** An amount of Swedish kronor with thousands separators, e.g. "9 500 000 kr". */
  String amount(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    // a no-break space groups the digits (sv) and joins the currency, so that a line never breaks
    // inside an amount
    return get("amount", se.vendorscreening.shared.Kronor.grouped(amount, locale))
        .replace(' ', '\u00a0');
  }

  /** A whole number with thousands separators that never break a line. */
  String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value).replace(' ', '\u00a0');
  }

  /** An ISO-8601 period such as {@code P5Y} in words ("5 år"); anything else as given. */
  String duration(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      Period period = Period.parse(iso.strip());
      List<String> parts = new ArrayList<>();
      if (period.getYears() != 0) {
        parts.add(get("duration.years", period.getYears()));
      }
      if (period.getMonths() != 0) {
        parts.add(get("duration.months", period.getMonths()));
      }
      if (period.getDays() != 0 || parts.isEmpty()) {
        parts.add(get("duration.days", period.getDays()));
      }
      return String.join(" ", parts);
    } catch (DateTimeParseException notAPeriod) {
      return iso;
    }
  }

  /** A role code such as {@code CEO} in words; unknown codes as given. */
  String role(String role) {
    return role == null || role.isBlank() ? "" : getOrDefault("role." + role, role);
  }

  /** An evidence key such as {@code final_date} in words; unknown keys with spaces. */
  String evidenceLabel(String key) {
    return getOrDefault("evidence." + key, key.replace('_', ' '));
  }

  String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** An instant in Swedish time, as the officer's clock showed it. */
  String timestamp(Instant instant) {
    return instant == null ? "" : TIMESTAMP.format(instant);
  }

  String yesNo(boolean value) {
    return get(value ? "yes" : "no");
  }
}
