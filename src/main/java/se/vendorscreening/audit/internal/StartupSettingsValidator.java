package se.vendorscreening.audit.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.vendorscreening.shared.RuleId;

/**
 * Checks the settings before any other bean is created, so that a wrong setting stops the service
 * with one clear message rather than a failure in the middle of a run. Secret values (tokens,
 * passwords) are never part of the message.
 */
@Component
class StartupSettingsValidator implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String REGISTRY_URL = "screening.registries.http.base-url";
  static final String MAIL_HOST = "spring.mail.host";
  static final String MAIL_PORT = "spring.mail.port";
  static final String EVIDENCE_RETENTION = "screening.audit.evidence-retention";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    List<String> problems = problemsIn(environment);
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
  }

  /** Every problem found in the settings; empty when they are all right. */
  static List<String> problemsIn(Environment environment) {
    List<String> problems = new ArrayList<>();
    checkRegistryUrl(environment.getProperty(REGISTRY_URL), problems);
    checkMail(environment.getProperty(MAIL_HOST), environment.getProperty(MAIL_PORT), problems);
    checkIsoPeriod(EVIDENCE_RETENTION, environment.getProperty(EVIDENCE_RETENTION), problems);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream()
            .filter(name -> name.toString().startsWith("screening."))
            .forEach(name -> checkScreeningSetting(name, iterable, problems));
      }
    }
    return problems.stream().distinct().toList();
  }

  private static void checkScreeningSetting(
      ConfigurationPropertyName name, ConfigurationPropertySource source, List<String> problems) {
    String last = name.getLastElement(Form.DASHED);
    ConfigurationProperty property = source.getConfigurationProperty(name);
    if (property == null || property.getValue() == null) {
      return;
    }
    String value = property.getValue().toString();
    if (last.equals("lookback") || last.endsWith("-lookback") || last.startsWith("lookback-")) {
      checkPeriod(name.toString(), value, problems);
    }
    if (last.equals("rule-id") || last.equals("rule")) {
      if (!RuleId.names().contains(value.strip().toUpperCase(Locale.ROOT))) {
        problems.add(
            "%s names the unknown rule id '%s' (known: %s)"
                .formatted(
                    name, value, String.join(", ", RuleId.names().stream().sorted().toList())));
      }
    }
  }

  private static void checkRegistryUrl(String url, List<String> problems) {
    if (url == null || url.isBlank()) {
      return;
    }
    String shown = url.replaceAll("//[^/@]*@", "//***@");
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        problems.add(
            "%s must be an http:// or https:// URL with a host, but is '%s'"
                .formatted(REGISTRY_URL, shown));
      }
    } catch (URISyntaxException e) {
      problems.add("%s is not a URL: '%s'".formatted(REGISTRY_URL, shown));
    }
  }

  private static void checkMail(String host, String port, List<String> problems) {
    if (host == null || host.isBlank()) {
      return;
    }
    if (port == null || port.isBlank()) {
      problems.add(
          "%s is set to '%s' but %s is not set: give the SMTP server's port (e.g. 587)"
              .formatted(MAIL_HOST, host, MAIL_PORT));
      return;
    }
    try {
      int number = Integer.parseInt(port.strip());
      if (number < 1 || number > 65535) {
        problems.add("%s must be between 1 and 65535, but is %d".formatted(MAIL_PORT, number));
      }
    } catch (NumberFormatException e) {
      problems.add("%s must be a port number, but is '%s'".formatted(MAIL_PORT, port));
    }
  }

  private static void checkIsoPeriod(String name, String value, List<String> problems) {
    if (value == null) {
      return;
    }
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || period.isZero()) {
        problems.add("%s must be a positive period, but is '%s'".formatted(name, value));
      }
    } catch (DateTimeParseException e) {
      problems.add(
          "%s must be an ISO-8601 period such as P90D or P5Y, but is '%s'".formatted(name, value));
    }
  }

  private static void checkPeriod(String name, String value, List<String> problems) {
    try {
      Period period = PeriodStyle.detectAndParse(value.strip());
      if (period.isNegative() || period.isZero()) {
        problems.add("%s must be a positive period, but is '%s'".formatted(name, value));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(
          "%s must be an ISO-8601 period such as P5Y or P36M, but is '%s'".formatted(name, value));
    }
  }
}
