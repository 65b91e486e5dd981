package se.vendorscreening.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.vendorscreening.web.ConsoleRole;
import se.vendorscreening.web.ConsoleUser;
import se.vendorscreening.web.ConsoleUsers;

/**
 * {@code user add|disable|list}: the web console's local users. A password is read from the
 * terminal without echo, or as the first line of standard input when there is no terminal (a
 * script), and never from an argument, which other users of the machine could see.
 */
@Component
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages.cli-user",
    subcommandsRepeatable = false)
class UserCommand implements Subcommand {

  private final ConsoleUsers users;

  @Spec CommandSpec spec;

  UserCommand(ConsoleUsers users) {
    this.users = users;
  }

  @Command(name = "add", mixinStandardHelpOptions = true)
  int add(
      @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name") String name,
      @Option(
              names = "--role",
              required = true,
              split = ",",
              paramLabel = "ROLE",
              descriptionKey = "role")
          List<ConsoleRole> roles) {
    char[] password = readPassword();
    if (password == null) {
      err().println(texts().getString("user.noPassword"));
      return ExitStatus.USAGE;
    }
    ConsoleUser added;
    try {
      added = users.add(name, password, EnumSet.copyOf(roles));
    } catch (IllegalArgumentException e) {
      err().println(e.getMessage());
      return ExitStatus.USAGE;
    } finally {
      Arrays.fill(password, '\0');
    }
    out().println(String.format(texts().getString("user.added"), added.username(), roles(added)));
    out().flush();
    return ExitStatus.OK;
  }

  @Command(name = "disable", mixinStandardHelpOptions = true)
  int disable(@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name") String name) {
    try {
      users.disable(name);
    } catch (IllegalArgumentException e) {
      err().println(e.getMessage());
      return ExitStatus.USAGE;
    }
    out().println(String.format(texts().getString("user.disabled"), name));
    out().flush();
    return ExitStatus.OK;
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  int list() {
    for (ConsoleUser user : users.list()) {
      out()
          .println(
              String.join(
                  "  ",
                  user.username(),
                  roles(user),
                  texts().getString(user.enabled() ? "user.enabled" : "user.disabledState")));
    }
    out().flush();
    return ExitStatus.OK;
  }

  private char[] readPassword() {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("%s", texts().getString("user.password"));
      char[] second = console.readPassword("%s", texts().getString("user.repeat"));
      if (first == null || !Arrays.equals(first, second)) {
        if (first != null) {
          Arrays.fill(first, '\0');
        }
        return null;
      }
      Arrays.fill(second, '\0');
      return first;
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
      return line == null || line.isEmpty() ? null : line.toCharArray();
    } catch (IOException e) {
      return null;
    }
  }

  private static String roles(ConsoleUser user) {
    Set<ConsoleRole> sorted = EnumSet.noneOf(ConsoleRole.class);
    sorted.addAll(user.roles());
    return sorted.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private ResourceBundle texts() {
    return spec.resourceBundle();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
