package se.vendorscreening;

import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Offers {@code screening.data-path}: the data directory as an absolute path, because H2 refuses
 * file URLs relative to the working directory while operators naturally write {@code
 * SCREENING_DATA_DIR=data}. Resolved when read, so placeholders in the setting work.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String DATA_PATH = "screening.data-path";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment
        .getPropertySources()
        .addLast(
            new PropertySource<Object>("screeningDataPath", new Object()) {
              @Override
              public Object getProperty(String name) {
                if (!DATA_PATH.equals(name)) {
                  return null;
                }
                String dataDir = environment.getProperty("screening.data-dir", "./data");
                return Path.of(dataDir).toAbsolutePath().normalize().toString();
              }
            });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
