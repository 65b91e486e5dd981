package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.ScreeningWorker;

/**
 * {@code worker}: screens partitions of the screen runs that other nodes start on the shared
 * database, until SIGTERM or SIGINT (a running partition stops between chunks and can be
 * restarted).
 */
@Component
@Command(name = "worker", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-worker")
class WorkerCommand implements Callable<Integer>, Subcommand {

  private final ScreeningWorker worker;

  @Spec CommandSpec spec;

  WorkerCommand(ScreeningWorker worker) {
    this.worker = worker;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ResourceBundle texts = spec.resourceBundle();
    worker.startWorking();
    out.println(texts.getString("worker.waiting"));
    out.flush();
    worker.awaitStopped();
    out.println(texts.getString("worker.stopped"));
    out.flush();
    return ExitStatus.OK;
  }
}
