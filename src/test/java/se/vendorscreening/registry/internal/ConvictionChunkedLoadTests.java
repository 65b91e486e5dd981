package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.CandidateKeys;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A conviction extract of several chunks ({@link ExtractReader#CHUNK_BYTES}) loaded on a pool in
 * chunks gives what the read in one piece gives: the same file written in Windows-1252 is read in
 * one piece through OpenCSV, the UTF-8 one in chunks on three threads, through the quick parse.
 */
class ConvictionChunkedLoadTests {

  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @TempDir Path dir;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void givesTheRecordsLinesRejectedRowsAndAnswersOfTheReadInOnePiece() throws IOException {
    // given
    List<String> numbers = ConvictionExtractBenchmark.testNumbers().subList(0, 3000);
    List<Long> badLines = new ArrayList<>();
    String text = extract(numbers, badLines);
    Path utf8 = Files.createDirectories(dir.resolve("utf8")).resolve("convictions.csv");
    Files.writeString(utf8, text, StandardCharsets.UTF_8);
    Path cp1252 = Files.createDirectories(dir.resolve("cp1252")).resolve("convictions.csv");
    Files.writeString(cp1252, text, Charset.forName("windows-1252"));

    // when
    CsvConvictionRegistry chunked =
        CsvConvictionRegistry.load(utf8, CsvConvictionRegistryTests.CLOCK, POOL);
    CsvConvictionRegistry onePiece =
        CsvConvictionRegistry.load(cp1252, CsvConvictionRegistryTests.CLOCK, POOL);

    // then
    assertThat(Files.size(utf8)).isGreaterThan(2L * ExtractReader.CHUNK_BYTES);
    assertThat(chunked.rejectedRows()).map(RejectedRegistryRow::line).isEqualTo(badLines);
    assertThat(chunked.rejectedRows()).isEqualTo(onePiece.rejectedRows());
    assertThat(chunked.rejectedRows())
        .first()
        .extracting(RejectedRegistryRow::column, RejectedRegistryRow::value)
        .containsExactly("judgment_date", "2020-13-45");
    assertThat(chunked.extract().size()).isEqualTo(onePiece.extract().size()).isGreaterThan(90_000);
    assertThat(chunked.extract().records()).isEqualTo(onePiece.extract().records());
    List<ConvictionRecord> records = chunked.extract().records();
    List<Set<String>> keysOfRecords = new ArrayList<>();
    for (ConvictionRecord record : records) {
      keysOfRecords.add(
          record.subjectId() == null
              ? CandidateKeys.of(record.subjectName(), record.birthDate())
              : Set.of());
    }
    Random random = new Random(7);
    int foundByKeys = 0;
    for (int i = 0; i < 400; i++) {
      Subject subject =
          i % 4 == 0
              ? new Subject(
                  SubjectKind.PERSON,
                  null,
                  i % 8 == 0 ? "Zyx Qwv" : NAMES[random.nextInt(NAMES.length)],
                  LocalDate.of(1960 + random.nextInt(3), 1, 1 + random.nextInt(3)),
                  "DE")
              : new Subject(
                  SubjectKind.PERSON,
                  IdentityNumber.parse(numbers.get(random.nextInt(numbers.size()))),
                  "Namn",
                  null,
                  "SE");
      RegistryAnswer<ConvictionRecord> fromChunks = chunked.convictionsOf(subject);
      RegistryAnswer<ConvictionRecord> fromOnePiece = onePiece.convictionsOf(subject);
      assertThat(fromChunks.records()).isEqualTo(fromOnePiece.records());
      assertThat(fromChunks.evidence().source()).isEqualTo(fromOnePiece.evidence().source());
      if (subject.identityNumber() == null) {
        // the rows without a number sharing a key of the subject's name and birth date
        Set<String> keys = CandidateKeys.of(subject.name(), subject.birthDate());
        List<ConvictionRecord> sharingAKey = new ArrayList<>();
        for (int row = 0; row < records.size(); row++) {
          if (!Collections.disjoint(keys, keysOfRecords.get(row))) {
            sharingAKey.add(records.get(row));
          }
        }
        assertThat(fromChunks.records()).isEqualTo(sharingAKey);
        foundByKeys += sharingAKey.size();
      }
    }
    assertThat(foundByKeys).isGreaterThan(10_000);
  }

  /**
   * The records kept in columns are made again equal to those added, also beyond the distinct
   * categories, descriptions and courts that their codes hold, and with null cells.
   */
  @Test
  void columnsGiveBackTheRecordsAdded() {
    // given
    CsvConvictionRegistry.Columns columns = new CsvConvictionRegistry.Columns();
    List<ConvictionRecord> added = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      LocalDate judgment = LocalDate.of(2020, 1, 1).plusDays(i % 400);
      added.add(
          new ConvictionRecord(
              i % 3 == 0 ? null : IdentityNumber.parse("199105092382"),
              "Namn " + i % 7,
              i % 3 == 0 ? LocalDate.of(1970, 1, 1) : null,
              "CATEGORY_" + i % 1500,
              i % 5 == 0 ? null : "Brott " + i % 2500,
              judgment,
              i % 4 == 0 ? null : judgment.plusDays(20),
              i % 6 == 0 ? null : "Domstol " + i % 3000,
              "B " + i));
    }

    // when
    added.forEach(columns::add);
    CsvConvictionRegistry.Columns kept = columns.trimmed();

    // then
    List<ConvictionRecord> read = new ArrayList<>();
    for (int row = 0; row < kept.size(); row++) {
      read.add(kept.get(row));
    }
    assertThat(read).isEqualTo(added);
  }

  private static final String[] NAMES = {"Åsa Öberg", "Émile Ström", "Lars Ek", "Märta Ås"};
  private static final String[] COURTS = {
    "Södertörns tingsrätt", "Svea hovrätt", "\"Göta hovrätt, avd \"\"2\"\"\""
  };

  /** About 100,000 rows, quoted cells with line ends, and rows with bad values at known lines. */
  private static String extract(List<String> numbers, List<Long> badLines) {
    StringBuilder text = new StringBuilder(CsvConvictionRegistryTests.HEADER);
    Random random = new Random(18);
    long line = 1;
    for (int row = 0; row < 100_000; row++) {
      line++;
      boolean noNumber = row % 10 == 0;
      text.append(noNumber ? "" : numbers.get(random.nextInt(numbers.size())))
          .append(',')
          .append(NAMES[random.nextInt(NAMES.length)])
          .append(',')
          .append(noNumber ? "196" + random.nextInt(3) + "-01-0" + (1 + random.nextInt(3)) : "")
          .append(",fraud,");
      long lineEnds = 0;
      if (row % 50 == 0) {
        text.append("\"Bedrägeri,\ngrovt brott\",");
        lineEnds++;
      } else {
        text.append("Bedrägeri,");
      }
      LocalDate judgment = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
      if (row % 997 == 5) {
        text.append("2020-13-45,").append(judgment).append(',');
        badLines.add(line);
      } else if (row % 1499 == 7) {
        text.append(judgment).append(',').append(judgment.minusDays(1)).append(',');
        badLines.add(line);
      } else {
        text.append(judgment).append(',').append(judgment.plusDays(30)).append(',');
      }
      text.append(COURTS[random.nextInt(COURTS.length)])
          .append(",B ")
          .append(random.nextInt(5000))
          .append("-")
          .append(judgment.getYear() % 100)
          .append('\n');
      line += lineEnds;
    }
    return text.toString();
  }
}
