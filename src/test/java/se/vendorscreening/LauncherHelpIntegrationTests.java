package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bin/vendor-screening} answers help and the version from the help jar and the four jars
 * picocli's model needs (docs/launcher.md), word for word as the application jar does, with the
 * same exit status. Runs after {@code package} (the PostgreSQL execution of the integration tests),
 * when the build has extracted the jar; before that there is nothing to run.
 */
class LauncherHelpIntegrationTests {

  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final Path HELP_JAR =
      HOME.resolve("target/vendor-screening/vendor-screening-help.jar");

  private record Answer(int status, String text) {}

  private static Answer run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(HOME.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Answer(process.exitValue(), text);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "--help",
        "-V",
        "--lang en --help",
        "screen --help",
        "screen --no-such-option --help",
        "verify --help",
        "serve --help",
        "user --help",
        "generate --help",
        ""
      })
  void answersAsTheApplicationJarDoes(String arguments) throws Exception {
    assumeTrue(Files.isRegularFile(HELP_JAR), "the build has not extracted the jar yet");
    List<String> args = arguments.isEmpty() ? List.of() : List.of(arguments.split(" "));
    List<String> launcher = new ArrayList<>(List.of("sh", "bin/vendor-screening"));
    launcher.addAll(args);
    List<String> jar =
        new ArrayList<>(List.of(java(), "-jar", "target/vendor-screening/vendor-screening.jar"));
    jar.addAll(args);

    Answer fromHelpJar = run(withJavaHome(launcher));
    Answer fromApplication = run(jar);

    assertThat(fromHelpJar.text()).isEqualTo(fromApplication.text()).isNotBlank();
    assertThat(fromHelpJar.status()).isEqualTo(fromApplication.status());
  }

  /** The launcher with this JVM's JDK, whatever java is on the PATH. */
  private static List<String> withJavaHome(List<String> launcher) {
    List<String> command = new ArrayList<>();
    command.add("env");
    command.add("JAVA_HOME=" + System.getProperty("java.home"));
    command.addAll(launcher);
    return command;
  }
}
