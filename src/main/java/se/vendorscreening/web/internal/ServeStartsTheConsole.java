package se.vendorscreening.web.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

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
    String commands = environment.getProperty("nonOptionArgs", "");
    String command = commands.isEmpty() ? "" : commands.split(",", -1)[0].strip();
    if (SERVE.equals(command)) {
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
