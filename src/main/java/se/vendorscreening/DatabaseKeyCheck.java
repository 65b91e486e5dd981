package se.vendorscreening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opens an existing embedded H2 database file once before the application context starts, so that a
 * file the key does not open ({@link DatabaseKeyFailure}) stops the start before any bean fails on
 * it: the terminal then shows one message, not the context's warnings. Any other problem is left to
 * the start itself.
 */
class DatabaseKeyCheck
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  private static final String H2_FILE = "jdbc:h2:file:";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    String url = environment.getProperty("spring.datasource.url");
    if (url == null || !url.startsWith(H2_FILE)) {
      return;
    }
    String path = url.substring(H2_FILE.length());
    int options = path.indexOf(';');
    Path file = Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db");
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (Connection opened =
        DriverManager.getConnection(
            url + ";IFEXISTS=TRUE",
            environment.getProperty("spring.datasource.username", "sa"),
            environment.getProperty("spring.datasource.password", ""))) {
      // it opens: nothing to say
    } catch (SQLException e) {
      if (DatabaseKeyFailure.h2Code(e).isPresent()) {
        throw new IllegalStateException("The database file " + file + " cannot be opened", e);
      }
    }
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }
}
