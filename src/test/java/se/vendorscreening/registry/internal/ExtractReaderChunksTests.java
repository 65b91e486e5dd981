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
  void plainTextIsTextWithoutQuotesBackslashesOrCarriageReturns() {
    assertThat(ExtractReader.isPlain(java.nio.CharBuffer.wrap("a,b;c\nÖ,€\n".toCharArray())))
        .isTrue();
    for (String special : List.of("\"", "\\", "\r")) {
      assertThat(
              ExtractReader.isPlain(
                  java.nio.CharBuffer.wrap(("a,b\nc" + special + "d\n").toCharArray())))
          .isFalse();
    }
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
    ExtractFile read =
        reader()
            .readInChunks(
                file,
                REQUIRED,
                POOL,
                Rows::new,
                chunk -> chunks.add(chunk.rows),
                chunks::clear,
                chunkBytes);
    chunks.forEach(rows::addAll);
    return read;
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

  private static final class Rows implements Consumer<ExtractRow> {
    private final List<String> rows = new ArrayList<>();

    @Override
    public void accept(ExtractRow row) {
      rows.add(describe(row));
    }
  }
}
