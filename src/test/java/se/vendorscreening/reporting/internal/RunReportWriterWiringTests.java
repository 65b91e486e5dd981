package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.ScreeningResults;

@SpringBootTest
class RunReportWriterWiringTests {

  @TestBean ScreeningResults screeningResults;

  @Autowired RunReportWriter writer;

  @TempDir Path out;

  static ScreeningResults screeningResults() {
    return SampleRun.screening(Locale.ENGLISH);
  }

  @Test
  void writesTheRunFolderWithTheApplicationsMessagesAndClauseSettings() throws Exception {
    var run = screeningResults.runs().get(0);

    List<OutputFile> outputs = writer.writeRunFolder(run, out);

    assertThat(outputs).extracting(OutputFile::name).endsWith("manifest.json", "manifest.sig");
    String pdf = PdfReportTests.textOf(out.resolve(run.runId()).resolve("report.pdf"));
    assertThat(pdf)
        .contains("Flag report: vendor screening")
        .contains("Links to criminal activity")
        .contains("Åsa Öberg");
  }
}
