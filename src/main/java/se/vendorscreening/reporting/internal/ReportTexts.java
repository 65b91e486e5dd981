package se.vendorscreening.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import se.vendorscreening.shared.Decision;

/** The reports' texts in the run's language, from the {@code messages/reporting} bundle. */
final class ReportTexts {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);

  /** Texts without arguments looked up so far; reports ask for the same few labels per row. */
  private static final int MAX_CACHED = 10_000;

  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, String> cached = new ConcurrentHashMap<>();

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

  /** The text for the key, with {@code {0}}-style arguments filled in. */
  String get(String key, Object... args) {
    if (args.length > 0) {
      return messages.getMessage("reporting." + key, args, locale);
    }
    return cache(key, () -> messages.getMessage("reporting." + key, args, locale));
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

  /** A decision as officers read it, e.g. "Uteslut (EXCLUDE)". */
  String decision(Decision decision) {
    return get("decision." + decision.name()) + " (" + decision.name() + ")";
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
