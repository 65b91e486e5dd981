package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vendorscreening.scheduling.JobScheduling;
import se.vendorscreening.scheduling.ScheduledJob;

/**
 * {@code serve}: runs the jobs of the jobs folder until SIGTERM or SIGINT, then stops cleanly
 * (running batch jobs stop between chunks, marked so they can be restarted).
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-serve")
class ServeCommand implements Callable<Integer>, Subcommand {

  private final JobScheduling scheduling;
  private final Environment environment;

  @Spec CommandSpec spec;

  ServeCommand(JobScheduling scheduling, Environment environment) {
    this.scheduling = scheduling;
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ResourceBundle texts = spec.resourceBundle();
    List<ScheduledJob> jobs = scheduling.start();
    out.println(String.format(texts.getString("serve.started"), jobs.size()));
    for (ScheduledJob job : jobs) {
      out.println(
          String.format(
              texts.getString("serve.job"),
              job.name(),
              job.job(),
              job.schedule(),
              job.nextFireTime() == null ? "-" : localTime(job.nextFireTime())));
    }
    String port = environment.getProperty("local.server.port");
    if (port != null) {
      String address = environment.getProperty("server.address", "127.0.0.1");
      out.println(String.format(texts.getString("serve.console"), address, port));
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
      spec.commandLine().getErr().println(texts.getString("serve.unencrypted"));
      spec.commandLine().getErr().flush();
    }
    out.println(texts.getString("serve.waiting"));
    out.flush();
    scheduling.awaitStopped();
    out.println(texts.getString("serve.stopped"));
    out.flush();
    return ExitStatus.OK;
  }

  private static String localTime(Instant instant) {
    return instant.atZone(ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
