package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bin/vendor-screening} speaks its own lines in the language the application would pick:
 * {@code --lang} wherever it stands, else {@code SCREENING_LANG}, else Swedish. Run from a copy
 * with nothing built beside it, so the launcher answers before any JVM starts.
 */
class LauncherLanguageTests {

  private static final String SWEDISH = "vendor-screening: inte byggt än: kör ./mvnw";
  private static final String ENGLISH = "vendor-screening: not built yet; run ./mvnw";

  @ParameterizedTest(name = "{0} / SCREENING_LANG={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "screen --vendors x.csv|        |" + SWEDISH,
        "--lang en screen|              |" + ENGLISH,
        "screen --vendors x.csv --lang en|  |" + ENGLISH,
        "screen --lang=en-GB|           |" + ENGLISH,
        "screen|                      en|" + ENGLISH,
        "--lang sv screen|            en|" + SWEDISH
      })
  void saysItIsNotBuiltInTheUsersLanguage(
      String arguments, String envLang, String expected, @TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("bin"));
    Files.copy(Path.of("bin/vendor-screening"), home.resolve("bin/vendor-screening"));
    List<String> command = new ArrayList<>(List.of("sh", "bin/vendor-screening"));
    command.addAll(List.of(arguments.split(" ")));
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().remove("SCREENING_LANG");
    if (envLang != null) {
      builder.environment().put("SCREENING_LANG", envLang);
    }
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(text.lines()).hasSize(1);
    assertThat(text).startsWith(expected).contains(home.toRealPath().toString());
  }
}
