package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vendorscreening.registry.RegistryCheckFailedException;

/** The chunked read gives the rows and lines of a read in one piece, wherever the chunks end. */
class ExtractReaderChunksTests {

  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
  private static final List<String> REQUIRED = List.of("subject_id", "subject_name");

  @TempDir Path dir;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  /** Quoted line ends, separators and quotes in fields, CR LF and CR line ends, blank lines. */
  private static String tricky() {
    StringBuilder text = new StringBuilder("subject_id,subject_name,court\r\n");
    for (int i = 0; i < 40; i++) {
      text.append("19910509238").append(i % 10).append(",Namn ").append(i).append(",");
      switch (i % 6) {
        case 0 -> text.append("\"Södertörns\ntingsrätt\"\n");
        case 1 -> text.append("\"Hovrätten, \"\"Svea\"\"\"\r\n");
        case 2 -> text.append("Göta hovrätt\r");
        case 3 -> text.append("\n\n");
        case 4 -> text.append("\"a\r\n\r\nb\"\n");
        default -> text.append("Malmö tingsrätt\n");
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 13, 64, 257, 100_000})
  void readsTheRowsAndLinesOfAReadInOnePiece(int chunkBytes) throws IOException {
    // given
    Path file = dir.resolve("convictions.csv");
    Files.writeString(file, "\uFEFF" + tricky(), StandardCharsets.UTF_8);

    // when
    List<String> whole = new ArrayList<>();
    ExtractFile read = reader().read(file, REQUIRED, row -> whole.add(describe(row)));
    List<String> chunked = new ArrayList<>();
    ExtractFile readInChunks = readInChunks(file, chunkBytes, chunked);

    // then
    assertThat(chunked).isEqualTo(whole).hasSizeGreaterThan(30);
    assertThat(readInChunks.sha256()).isEqualTo(read.sha256());
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 64, 100_000})
  void readsWindows1252AndAnUnterminatedQuoteAsInOnePiece(int chunkBytes) throws IOException {
    // given
    Path file = dir.resolve("convictions.csv");
    Files.writeString(
        file, tricky().replace(";", ",") + "199105092382,Ström\n", Charset.forName("windows-1252"));

    // when
    List<String> whole = new ArrayList<>();
    reader().read(file, REQUIRED, row -> whole.add(describe(row)));
    List<String> chunked = new ArrayList<>();
    readInChunks(file, chunkBytes, chunked);

    // then
    assertThat(chunked).isEqualTo(whole).anyMatch(row -> row.contains("Ström"));
  }

  /**
   * Chunks without quotes, backslashes or carriage returns are split without OpenCSV: random files
   * of such text (separators, empty and blank cells, blank lines, two- to four-byte letters, a last
   * line with or without its line end) give the cells and lines OpenCSV gives.
   */
  @Test
  void plainChunksGiveTheCellsOpenCsvGives() throws IOException {
    java.util.Random random = new java.util.Random(18);
    String[] pieces = {
      "a", "Ö", "ström", " ", "  x ", ",", ",", ";", "\n", "\n", "é", "€", "𝄞", "12"
    };
    for (int file = 0; file < 60; file++) {
      StringBuilder text =
          new StringBuilder(
              file % 2 == 0
                  ? "subject_id,subject_name,court\n"
                  : "subject_id;subject_name;court\n");
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      Path path = dir.resolve("convictions.csv");
      Files.writeString(path, text, StandardCharsets.UTF_8);
      List<String> whole = new ArrayList<>();
      reader().read(path, REQUIRED, row -> whole.add(row.line() + ":" + row.cells()));
      for (int chunkBytes : new int[] {1, 3, 16, 50, 100_000}) {
        List<List<String>> chunks = new ArrayList<>();
        reader()
            .readInChunks(
                path,
                REQUIRED,
                POOL,
                RawRows::new,
                chunk -> chunks.add(chunk.rows),
                chunks::clear,
                chunkBytes);
        List<String> chunked = new ArrayList<>();
        chunks.forEach(chunked::addAll);
        assertThat(chunked).as("file %d in chunks of %d bytes", file, chunkBytes).isEqualTo(whole);
      }
    }
  }

  @Test
  void simpleTextHasWholeQuotedCellsAndNoBackslashOrLoneCarriageReturn() {
    for (String simple :
        List.of("a,b;c\nÖ,€\n", "a,\"b, \"\"c\"\"\",d\r\n", "\"a\nb\",\"\"\n", "x,\"\"\"\"\n")) {
      assertThat(ExtractReader.isSimple(java.nio.CharBuffer.wrap(simple.toCharArray()), ','))
          .as(simple)
          .isTrue();
    }
    for (String other :
        List.of(
            "a,b\nc\\d\n",
            "a,b\rc\n",
            "a,b\"c\n",
            "a,\"b\"c\n",
            "a, \"b\"\n",
            "a,\"b\n",
            "a,\"b\\\"\"\n",
            "a,\"b\r\nc\"\n")) {
      assertThat(ExtractReader.isSimple(java.nio.CharBuffer.wrap(other.toCharArray()), ','))
          .as(other)
          .isFalse();
    }
  }

  /**
   * Random texts of quoted and unquoted cells (doubled quotes, separators and line ends inside
   * quotes, CR LF and LF line ends, empty and blank cells, blank lines, letters of two to four
   * bytes): {@link ExtractReader#parseSimpleChunk} gives the cells and lines OpenCSV gives for
   * every one that is simple, and most are.
   */
  @Test
  void simpleChunksGiveTheCellsAndLinesOpenCsvGives() throws IOException {
    java.util.Random random = new java.util.Random(1818);
    String[] unquoted = {"a", "Ö", "ström", " ", "  x ", "é", "€", "𝄞", "12", ""};
    String[] quoted = {"a", "\"\"", ",", ";", "\n", " ", "Ö", "𝄞", "\n\n", "x y"};
    int simple = 0;
    for (int file = 0; file < 400; file++) {
      char separator = file % 2 == 0 ? ',' : ';';
      StringBuilder text = new StringBuilder();
      int rows = random.nextInt(12);
      for (int r = 0; r < rows; r++) {
        int cells = random.nextInt(4);
        for (int c = 0; c <= cells; c++) {
          if (c > 0) {
            text.append(separator);
          }
          if (random.nextInt(3) == 0) {
            text.append('"');
            for (int k = random.nextInt(4); k > 0; k--) {
              text.append(quoted[random.nextInt(quoted.length)]);
            }
            text.append('"');
          } else {
            for (int k = random.nextInt(3); k > 0; k--) {
              text.append(unquoted[random.nextInt(unquoted.length)]);
            }
          }
        }
        if (r < rows - 1 || random.nextBoolean()) {
          text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
      }
      if (random.nextInt(10) == 0) {
        text.insert(random.nextInt(text.length() + 1), "\"\\\r".charAt(random.nextInt(3)));
      }
      java.nio.CharBuffer chars = java.nio.CharBuffer.wrap(text.toString().toCharArray());
      if (!ExtractReader.isSimple(chars, separator)) {
        continue;
      }
      simple++;
      Path path = dir.resolve("convictions.csv");
      String header = separator == ',' ? "subject_id,subject_name\n" : "subject_id;subject_name\n";
      Files.writeString(path, header + text, StandardCharsets.UTF_8);
      List<String> whole = new ArrayList<>();
      reader().read(path, REQUIRED, row -> whole.add(row.line() + ":" + row.cells()));
      java.util.Map<String, Integer> columns = java.util.Map.of("subject_id", 0, "subject_name", 1);
      List<String> fast =
          ExtractReader.parseSimpleChunk(chars, separator, columns, 1, -1, new RawRows()).rows;
      assertThat(fast).as("file %d: %s", file, text).isEqualTo(whole);
    }
    assertThat(simple).isGreaterThan(250);
  }

  /**
   * A file of quoted cells with line ends in them, longer than many chunks: read in chunks (never
   * again in one piece), with the rows and lines of the read in one piece.
   */
  @ParameterizedTest
  @ValueSource(ints = {16, 61, 257, 4096})
  void chunksEndOutsideQuotedCellsWithLineEnds(int chunkBytes) throws IOException {
    // given
    StringBuilder text = new StringBuilder("subject_id,subject_name,court\n");
    for (int i = 0; i < 300; i++) {
      text.append("19910509238").append(i % 10).append(",\"Namn\n").append(i).append("\",");
      text.append(i % 3 == 0 ? "\"Svea\n\nhovrätt, \"\"avd\"\"\"\n" : "Malmö tingsrätt\n");
    }
    Path file = dir.resolve("convictions.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    // when
    List<String> whole = new ArrayList<>();
    reader().read(file, REQUIRED, row -> whole.add(describe(row)));
    java.util.concurrent.atomic.AtomicInteger restarts =
        new java.util.concurrent.atomic.AtomicInteger();
    List<List<String>> chunks = new ArrayList<>();
    readInChunks(file, chunkBytes, chunks, restarts::incrementAndGet);
    List<String> chunked = new ArrayList<>();
    chunks.forEach(chunked::addAll);

    // then
    assertThat(restarts).hasValue(0);
    assertThat(chunks).hasSizeGreaterThan(chunkBytes < 4096 ? 30 : 1);
    assertThat(chunked).isEqualTo(whole).hasSize(300);
    assertThat(chunked.get(299)).startsWith((2 + 299 * 2 + 100 * 2) + ":");
  }

  /**
   * A file that is split without OpenCSV from its header on (a BOM, CR LF line ends, a quoted
   * header cell, quoted cells with separators, doubled quotes and line ends, cells with white space
   * around them that {@link String#strip()} removes and a no-break space that it keeps): in chunks
   * of every size, the cells, trimmed values and lines of OpenCSV's read in one piece.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 5, 33, 100, 100_000})
  void aSimpleFileWithBomAndCrLfGivesWhatOpenCsvGives(int chunkBytes) throws IOException {
    // given
    StringBuilder body = new StringBuilder();
    String[] courts = {
      "\"Svea hovrätt, \"\"avd 2\"\"\"",
      "\"Södertörns\ntingsrätt\"",
      "\"\"",
      " \t Malmö tingsrätt\u2003",
      "\u00A0Göta hovrätt\u00A0",
      "\"\"\"\"",
      ""
    };
    for (int i = 0; i < 70; i++) {
      body.append(i % 9 == 0 ? "" : "19910509238" + i % 10)
          .append(',')
          .append(i % 4 == 0 ? "\"Ström, Åsa\"" : " Namn " + i + " ")
          .append(',')
          .append(courts[i % courts.length])
          .append(i % 11 == 5 ? "\r\n\r\n" : "\r\n");
    }
    assertThat(ExtractReader.isSimple(java.nio.CharBuffer.wrap(body.toString().toCharArray()), ','))
        .isTrue();
    Path file = dir.resolve("convictions.csv");
    Files.writeString(
        file, "\uFEFFsubject_id,\"subject_name\",court\r\n" + body, StandardCharsets.UTF_8);

    // when
    List<String> whole = new ArrayList<>();
    reader().read(file, REQUIRED, row -> whole.add(describe(row) + row.cells()));
    List<List<String>> chunks = new ArrayList<>();
    AtomicInteger restarts = new AtomicInteger();
    reader()
        .readInChunks(
            file,
            REQUIRED,
            POOL,
            RawAndTrimmed::new,
            chunk -> chunks.add(chunk.rows),
            restarts::incrementAndGet,
            chunkBytes);
    List<String> chunked = new ArrayList<>();
    chunks.forEach(chunked::addAll);

    // then
    assertThat(restarts).hasValue(0);
    assertThat(chunked).isEqualTo(whole).hasSize(70);
    assertThat(chunked.get(0))
        .isEqualTo(
            "2:[null, Ström, Åsa, Svea hovrätt, \"avd 2\"][, Ström, Åsa, Svea hovrätt, \"avd 2\"]");
    assertThat(chunked.get(3)).startsWith("6:[199105092383, Namn 3, Malmö tingsrätt]");
    assertThat(chunked.get(4)).startsWith("7:[199105092384, Ström, Åsa, \u00A0Göta hovrätt\u00A0]");
  }

  @Test
  void aLineEndOutsideQuotesIsOneAfterAnEvenNumberOfQuotes() {
    byte[] bytes = "a,\"b\nc\"\nd,\"e\nf".getBytes(StandardCharsets.UTF_8);
    assertThat(ExtractReader.lastLineEndOutsideQuotes(bytes, bytes.length)).isEqualTo(7);
    byte[] open = "\"a\nb\nc".getBytes(StandardCharsets.UTF_8);
    assertThat(ExtractReader.lastLineEndOutsideQuotes(open, open.length)).isEqualTo(-1);
  }

  @Test
  void failsAsTheReadInOnePieceDoes() throws IOException {
    // given
    Path unterminated = dir.resolve("convictions.csv");
    Files.writeString(unterminated, "subject_id,subject_name\n1,\"open\n2,b\n");
    Path empty = dir.resolve("tax-arrears.csv");
    Files.writeString(empty, "");

    // then
    for (Path file : List.of(unterminated, empty)) {
      Throwable whole = catchFailure(() -> reader().read(file, REQUIRED, row -> {}));
      assertThatThrownBy(() -> readInChunks(file, 4, new ArrayList<>()))
          .isInstanceOf(RegistryCheckFailedException.class)
          .hasMessage(whole.getMessage());
    }
  }

  private ExtractFile readInChunks(Path file, int chunkBytes, List<String> rows) {
    List<List<String>> chunks = new ArrayList<>();
    ExtractFile read = readInChunks(file, chunkBytes, chunks, chunks::clear);
    chunks.forEach(rows::addAll);
    return read;
  }

  private ExtractFile readInChunks(
      Path file, int chunkBytes, List<List<String>> chunks, Runnable restart) {
    return reader()
        .readInChunks(
            file, REQUIRED, POOL, Rows::new, chunk -> chunks.add(chunk.rows), restart, chunkBytes);
  }

  private static ExtractReader reader() {
    return new ExtractReader("convictions", Clock.systemUTC());
  }

  private static String describe(ExtractRow row) {
    return row.line()
        + ":"
        + Arrays.asList(row.get("subject_id"), row.get("subject_name"), row.get("court"));
  }

  private static Throwable catchFailure(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no failure");
  }

  private static final class RawRows implements Consumer<ExtractRow> {
    private final List<String> rows = new ArrayList<>();

    @Override
    public void accept(ExtractRow row) {
      rows.add(row.line() + ":" + row.cells());
    }
  }

  private static final class RawAndTrimmed implements Consumer<ExtractRow> {
    private final List<String> rows = new ArrayList<>();

    @Override
    public void accept(ExtractRow row) {
      rows.add(describe(row) + row.cells());
    }
  }

  private static final class Rows implements Consumer<ExtractRow> {
    private final List<String> rows = new ArrayList<>();

    @Override
    public void accept(ExtractRow row) {
      rows.add(describe(row));
    }
  }
}
