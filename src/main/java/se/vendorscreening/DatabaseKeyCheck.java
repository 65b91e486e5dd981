package se.vendorscreening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opens an existing embedded H2 database file once before the application context starts, so that a
 * file the key does not open ({@link DatabaseKeyFailure}) stops the start before any bean fails on
 * it: the terminal then shows one message, not the context's warnings. Any other problem is left to
 * the start itself.
 *
 * <p>The connection is kept open until the context has started (or failed to): H2 closes an
 * embedded database with its last connection, so closing it at once made the connection pool open
 * the file a second time moments later, and H2 compacted and wrote the file on the close in
 * between.
 */
class DatabaseKeyCheck implements SmartApplicationListener {

  private static final String H2_FILE = "jdbc:h2:file:";

  private Connection held;

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
    return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
        || ApplicationStartedEvent.class.isAssignableFrom(eventType)
        || ApplicationFailedEvent.class.isAssignableFrom(eventType);
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      check(prepared.getEnvironment());
    } else {
      release();
    }
  }

  private void check(ConfigurableEnvironment environment) {
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
    release();
    try {
      // it opens: nothing to say; kept open for the pool (above)
      held =
          DriverManager.getConnection(
              url + ";IFEXISTS=TRUE",
              environment.getProperty("spring.datasource.username", "sa"),
              environment.getProperty("spring.datasource.password", ""));
    } catch (SQLException e) {
      if (DatabaseKeyFailure.h2Code(e).isPresent()) {
        throw new IllegalStateException("The database file " + file + " cannot be opened", e);
      }
    }
  }

  private void release() {
    Connection connection = held;
    held = null;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the pool's own connections keep the database open; nothing was read through this one
      }
    }
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }
}
