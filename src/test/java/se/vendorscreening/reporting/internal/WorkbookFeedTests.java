package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;

class WorkbookFeedTests {

  @TempDir Path out;

  private final ReportTexts texts =
      new ReportTexts(SampleRun.messages(), Locale.forLanguageTag("sv-SE"));
  private final ClauseCatalogue catalogue =
      new ClauseCatalogues(Path.of("config/clauses")).forLanguage(texts.locale());
  private final ApplicableClauses clauses = new ApplicableClauses(catalogue);
  private final FindingDescriptions descriptions = new FindingDescriptions(texts);
  private final RunInfo run =
      SampleRun.run("20261128-020000-screen-1", "screen", texts.locale(), List.of());

  @Test
  void putsEveryQueuedPartyInTheWorkbookBeforeItIsSaved() throws Exception {
    Path file = out.resolve("report.xlsx");
    try (WorkbookReportWriter workbook = writer()) {
      workbook.start(run);
      try (WorkbookFeed feed = new WorkbookFeed(workbook, SampleRun.writers())) {
        for (int i = 0; i < 3_000; i++) {
          PartyResult party = aPartyResult().withOrgNo(orgNo(i)).named("Bolag " + i).build();
          feed.add(ReportedParty.of(party, clauses, descriptions));
        }
        feed.finish();
      }
      workbook.finish(run, file);
    }

    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      var all = read.getSheet(texts.get("xlsx.sheet.all"));
      assertThat(all.getLastRowNum()).isEqualTo(3_000);
      assertThat(all.getRow(3_000).getCell(2).getStringCellValue()).isEqualTo("Bolag 2999");
    }
  }

  @Test
  void reportsAFailureOfTheWorkbookThreadToTheWriter() throws Exception {
    try (WorkbookReportWriter workbook = writer()) {
      workbook.start(run);
      try (WorkbookFeed feed = new WorkbookFeed(workbook, SampleRun.writers())) {
        feed.add(new ReportedParty(null, null, null, null));

        assertThatThrownBy(feed::finish).isInstanceOf(NullPointerException.class);
      }
    }
  }

  private WorkbookReportWriter writer() {
    return new WorkbookReportWriter(
        new InMemoryScreeningResults(run, List.of(), List.of(), List.of()),
        texts,
        new ReportSources(null).reasons(texts),
        catalogue,
        100);
  }

  private static String orgNo(int i) {
    return String.format("55%04d-%04d", i / 10_000, i % 10_000);
  }
}
