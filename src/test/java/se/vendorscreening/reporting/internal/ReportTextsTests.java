package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReportTextsTests {

  /** The basenames the application's message source has (application.yml), in its order. */
  private static ResourceBundleMessageSource applicationMessages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(
        "messages.decisions",
        "messages.cli",
        "messages.intake",
        "messages.registry",
        "messages.graph",
        "messages.screening",
        "messages.reporting",
        "messages.scheduling",
        "messages.audit",
        "messages.web");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void fillsEveryTextWithArgumentsInAsTheMessageSourceDoes() throws IOException {
    ResourceBundleMessageSource messages = applicationMessages();
    List<String> keys = keysWithArguments();
    assertThat(keys).hasSizeGreaterThan(100);
    // strings, and numbers that the formats group, choose by and format in the locale
    List<Object[]> arguments =
        List.of(
            new Object[] {"Å", "b'c", "{x}", "d", "e", "f"},
            new Object[] {0, 1, 2, 3, 4, 5},
            new Object[] {1, "x", 12345, "y", 2, "z"},
            new Object[] {12345678, 7, 1234.5, 3, 3, 3},
            // the plain ones filled in without the format, and those just outside them
            new Object[] {999, 1000, -1, 999L, 0L, "–"},
            new Object[] {-5L, 1000L, "", 42, (short) 3, null},
            // a single whole number: its text made once per number and key
            new Object[] {0},
            new Object[] {1},
            new Object[] {2L},
            new Object[] {999},
            new Object[] {1000},
            new Object[] {"x"});
    for (Locale language : List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)) {
      ReportTexts texts = new ReportTexts(messages, language);
      for (int round = 0; round < 2; round++) { // the second round from the formats kept
        for (String key : keys) {
          for (Object[] args : arguments) {
            assertThat(outcome(() -> texts.get(key, args)))
                .as("%s %s %s", language, key, java.util.Arrays.asList(args))
                .isEqualTo(
                    outcome(() -> messages.getMessage("reporting." + key, args, texts.locale())));
          }
        }
      }
    }
  }

  @Test
  void aKeyTheBundlesLackFailsAsBefore() {
    ReportTexts texts = new ReportTexts(applicationMessages(), Locale.ENGLISH);
    assertThatThrownBy(() -> texts.get("no.such.key", "x"))
        .isInstanceOf(NoSuchMessageException.class);
  }

  @Test
  void theSameFormatServesManyThreads() throws Exception {
    ResourceBundleMessageSource messages = applicationMessages();
    ReportTexts texts = new ReportTexts(messages, Locale.forLanguageTag("sv-SE"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2000; i++) {
                    int persons = (i + offset) % 5;
                    String name = "Bolag " + (i * 4 + offset);
                    assertThat(texts.get("certificate.title", name))
                        .isEqualTo(
                            messages.getMessage(
                                "reporting.certificate.title",
                                new Object[] {name},
                                texts.locale()));
                    assertThat(texts.get("certificate.convictions.none", persons))
                        .isEqualTo(
                            messages.getMessage(
                                "reporting.certificate.convictions.none",
                                new Object[] {persons},
                                texts.locale()));
                  }
                }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The text, or the kind of exception (a string for a number's format fails in both). */
  private static String outcome(java.util.function.Supplier<String> text) {
    try {
      return text.get();
    } catch (RuntimeException failure) {
      return failure.getClass().getName();
    }
  }

  private static List<String> keysWithArguments() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String file :
        List.of("/messages/reporting.properties", "/messages/reporting_en.properties")) {
      Properties bundle = new Properties();
      try (InputStream in = ReportTextsTests.class.getResourceAsStream(file)) {
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String name : bundle.stringPropertyNames()) {
        String key = name.substring("reporting.".length());
        if (bundle.getProperty(name).contains("{0") && !keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }
}
