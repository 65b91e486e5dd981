package se.vendorscreening.screening.internal.rules;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts of findings in the run's language, from {@code messages/screening*.properties}. */
public final class FindingTexts {

  private final MessageSource messages;
  private final Locale locale;

  FindingTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /**
   * Texts from the screening bundle alone: findings need no other module's texts, and asking the
   * application's message source would search every module's bundle for each label.
   */
  public static FindingTexts standalone(Locale locale) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages.screening");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new FindingTexts(source, locale);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /**
   * An amount of kronor for a finding's text, grouped as the reports group it ("184 000" in
   * Swedish, "184,000" in English); the message adds the currency.
   */
  String amount(java.math.BigDecimal amount) {
    return se.vendorscreening.shared.Kronor.grouped(amount, locale);
  }

  /**
   * A score 0–1 with two decimals in the run's language ("0,94" in Swedish, "0.94" in English), as
   * the reports write the similarity.
   */
  String score(double score) {
    return String.format(locale, "%.2f", score);
  }

  /** The label of a code (role, category, status), or the code itself when there is none. */
  String label(String prefix, String code) {
    return messages.getMessage(prefix + "." + code, null, code, locale);
  }
}
