package se.vendorscreening.web.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Makes {@code serve} a web application (the console) while every other command stays without a web
 * server, as {@code application.yml} sets it. The command is the first argument that is not an
 * option: the top-level command takes no option with a value.
 */
public class ServeStartsTheConsole implements EnvironmentPostProcessor, Ordered {

  static final String SERVE = "serve";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    PropertySource<?> commandLine =
        environment
            .getPropertySources()
            .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
    if (commandLine == null) {
      return;
    }
    Object nonOptions =
        commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
    List<String> arguments =
        nonOptions == null || nonOptions.toString().isEmpty()
            ? List.of()
            : List.of(nonOptions.toString().split(",", -1));
    boolean languageGivenSeparately = "".equals(commandLine.getProperty("lang"));
    int commandAt = languageGivenSeparately ? 1 : 0;
    if (arguments.size() > commandAt && SERVE.equals(arguments.get(commandAt).strip())) {
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "serveStartsTheConsole", Map.of("spring.main.web-application-type", "servlet")));
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
