package se.vendorscreening.scheduling.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the scheduling module ({@code screening.scheduling.*}).
 *
 * @param jobsDir the folder of job definitions, one YAML file a job
 * @param contactsFile who is told about a re-check's changes
 * @param mail the change notifications' e-mail settings
 */
@ConfigurationProperties("screening.scheduling")
record SchedulingProperties(
    @DefaultValue("jobs") Path jobsDir,
    @DefaultValue("config/contacts.yml") Path contactsFile,
    @DefaultValue Mail mail) {

  /**
   * E-mail settings; host and port are Spring Boot's {@code spring.mail.*}, credentials only from
   * the environment.
   *
   * @param enabled whether e-mails are sent at all
   * @param from the sender address
   * @param attachmentMaxSize the largest report.pdf attached
   */
  record Mail(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("leverantorskontroll@example.invalid") String from,
      @DefaultValue("5MB") DataSize attachmentMaxSize) {}
}
