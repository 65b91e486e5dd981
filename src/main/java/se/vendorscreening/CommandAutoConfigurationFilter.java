package se.vendorscreening;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Leaves the web console's auto-configuration (Spring Security, OAuth2 client, Thymeleaf, Spring
 * MVC, the servlet container, the reactive HTTP client) out of every command but {@code serve}:
 * none of them has a web server, so Boot would only read these classes and evaluate their
 * conditions to skip them or, for security, OAuth2 and Thymeleaf, create beans no command uses
 * (docs/launcher.md). It applies only when {@link VendorScreeningApplication} names the command; an
 * application context made another way (a test, say) keeps every auto-configuration.
 */
public class CommandAutoConfigurationFilter
    implements AutoConfigurationImportFilter, EnvironmentAware, Ordered {

  /** The command being run, set by {@link VendorScreeningApplication} as a default property. */
  static final String COMMAND_PROPERTY = "vendor-screening.command";

  private static final String SERVE = "serve";

  private static final List<String> CONSOLE_ONLY =
      List.of(
          "org.springframework.boot.security.",
          "org.springframework.boot.thymeleaf.",
          "org.springframework.boot.webmvc.",
          "org.springframework.boot.servlet.",
          "org.springframework.boot.tomcat.",
          "org.springframework.boot.http.client.autoconfigure.reactive.");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
    String command = environment == null ? null : environment.getProperty(COMMAND_PROPERTY);
    boolean keepAll = command == null || SERVE.equals(command);
    boolean[] kept = new boolean[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      kept[i] = keepAll || candidates[i] == null || !consoleOnly(candidates[i]);
    }
    return kept;
  }

  static boolean consoleOnly(String autoConfiguration) {
    return CONSOLE_ONLY.stream().anyMatch(autoConfiguration::startsWith);
  }
}
