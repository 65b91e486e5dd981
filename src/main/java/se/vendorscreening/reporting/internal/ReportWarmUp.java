package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

/**
 * Starts, once per JVM and on a thread of the reporting's executor, what the first report.xlsx of
 * the JVM would otherwise start on the run's own thread in the middle of its report phase: the
 * spreadsheet library's workbook classes and the JDK's font system, which the library asks for the
 * width of a "0" in the workbook's default font as each sheet is made (fontconfig, the font files,
 * the text layout engine: some 300 ms on a cold JVM). The run folder writer starts it when a run's
 * job is made ({@link RunFolderWriter#prepare}), so that it runs beside the run's import and checks
 * (docs/launcher.md). Nothing it makes is kept: the workbook is the library's own and its width the
 * same whenever it is asked, so the reports are the same with or without it.
 */
final class ReportWarmUp {

  private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);
  private static final AtomicBoolean started = new AtomicBoolean();

  private ReportWarmUp() {}

  static void start(TaskExecutor executor) {
    if (started.compareAndSet(false, true)) {
      executor.execute(ReportWarmUp::warm);
    }
  }

  private static void warm() {
    long began = System.nanoTime();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetUtil.getDefaultCharWidthAsFloat(workbook);
    } catch (IOException | RuntimeException | LinkageError e) {
      // the report phase does the same work again and reports what fails there
      log.debug("Warming up the workbook library failed", e);
    }
    log.debug(
        "Workbook library and fonts warmed up in {} ms", (System.nanoTime() - began) / 1_000_000);
  }
}
