package se.vendorscreening.registry.internal;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.UnreadableExtractException;
import se.vendorscreening.shared.Sha256;

/**
 * Reads a registry extract (CSV with {@code ,} or {@code ;}, UTF-8 with or without BOM or
 * Windows-1252; or XLSX, first sheet) row by row, so that a file of a million rows is never held in
 * memory as text. A file that cannot be read at all fails the check.
 */
final class ExtractReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String check;
  private final Clock clock;

  ExtractReader(String check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  /**
   * Streams every non-blank data row of the file to the consumer.
   *
   * @throws RegistryCheckFailedException when the file cannot be read or lacks a required column
   */
  ExtractFile read(Path file, List<String> requiredColumns, Consumer<ExtractRow> rows) {
    try {
      FileFingerprint fingerprint = FileFingerprint.of(file);
      ExtractFile extract = new ExtractFile(file, fingerprint.sha256(), clock.instant());
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        new XlsxExtractReader(check, file).read(requiredColumns, rows);
      } else {
        readCsv(
            file,
            fingerprint.utf8() ? StandardCharsets.UTF_8 : WINDOWS_1252,
            requiredColumns,
            rows);
      }
      return extract;
    } catch (IOException e) {
      throw new UnreadableExtractException(
          check,
          file.toString(),
          "cannot read " + file.getFileName() + ": " + e.getMessage(),
          "io",
          List.of(String.valueOf(e.getMessage())),
          e);
    } catch (CsvException | RuntimeException e) {
      if (e instanceof RegistryCheckFailedException failed) {
        throw failed;
      }
      throw new RegistryCheckFailedException(
          check, "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Bytes of a CSV extract parsed as one piece of work: whole lines, about 32,000 rows. */
  static final int CHUNK_BYTES = 4 << 20;

  /**
   * Streams every non-blank data row of the file to sinks, one sink a chunk of consecutive rows,
   * the chunks of a CSV file parsed at the same time on the executor; {@code inOrder} takes each
   * sink, in file order, on the calling thread, once its chunk is parsed. The rows and their line
   * numbers are those {@link #read} gives: a chunk ends at a line end, and one that ends inside a
   * quoted field (OpenCSV then reports an unterminated quote), one whose lines OpenCSV counts
   * otherwise than its line ends, or a file that is not UTF-8 (Windows-1252 needs the whole file
   * seen first) makes it call {@code restart} and read the file again in one piece.
   *
   * @throws RegistryCheckFailedException when the file cannot be read or lacks a required column
   */
  <S extends Consumer<ExtractRow>> ExtractFile readInChunks(
      Path file,
      List<String> requiredColumns,
      Executor executor,
      Supplier<S> sinks,
      Consumer<S> inOrder,
      Runnable restart) {
    return readInChunks(file, requiredColumns, executor, sinks, inOrder, restart, CHUNK_BYTES);
  }

  <S extends Consumer<ExtractRow>> ExtractFile readInChunks(
      Path file,
      List<String> requiredColumns,
      Executor executor,
      Supplier<S> sinks,
      Consumer<S> inOrder,
      Runnable restart,
      int chunkBytes) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      try {
        ExtractFile extract =
            readCsvInChunks(file, requiredColumns, executor, sinks, inOrder, chunkBytes);
        if (extract != null) {
          return extract;
        }
      } catch (RegistryCheckFailedException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        // read again in one piece below, which reports what cannot be read as it always did
      }
      restart.run();
    }
    S sink = sinks.get();
    ExtractFile extract = read(file, requiredColumns, sink);
    inOrder.accept(sink);
    return extract;
  }

  /** The chunked read, or null when the file must be read in one piece. */
  private <S extends Consumer<ExtractRow>> ExtractFile readCsvInChunks(
      Path file,
      List<String> requiredColumns,
      Executor executor,
      Supplier<S> sinks,
      Consumer<S> inOrder,
      int chunkBytes)
      throws IOException {
    MessageDigest digest = FileFingerprint.sha256Digest();
    Deque<CompletableFuture<S>> parsing = new ArrayDeque<>();
    Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    // the arrays of the chunks parsed, used again for the next ones: a file of 126 MB made a
    // buffer of its bytes and one of its characters for every 4 MB, each of them a humongous
    // object for the collector
    Queue<byte[]> freeBytes = new ConcurrentLinkedQueue<>();
    Queue<char[]> freeChars = new ConcurrentLinkedQueue<>();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[chunkBytes + (chunkBytes >> 3)];
      int length = 0;
      long linesBefore = 0;
      Map<String, Integer> columns = null;
      char separator = ',';
      boolean end = false;
      while (!end) {
        if (buffer.length - length < chunkBytes) {
          buffer = Arrays.copyOf(buffer, length + chunkBytes);
        }
        int read = in.readNBytes(buffer, length, chunkBytes);
        digest.update(buffer, length, read);
        length += read;
        end = read < chunkBytes;
        int cut = end ? length : lastLineEndOutsideQuotes(buffer, length) + 1;
        if (cut == 0) {
          continue; // no line end yet: read on
        }
        boolean first = columns == null;
        int from = first && startsWithBom(buffer, cut) ? 3 : 0;
        long lines = end ? -1 : linesIn(buffer, cut);
        byte[] bytes = buffer;
        int chunkLength = cut - from;
        // the next buffer holds the rest and the next read: one copy of the rest
        int rest = length - cut;
        buffer = taken(freeBytes, rest + chunkBytes);
        if (buffer == null) {
          buffer = new byte[rest + chunkBytes + (chunkBytes >> 3)];
        }
        System.arraycopy(bytes, cut, buffer, 0, rest);
        length = rest;
        long offset = linesBefore;
        Supplier<S> chunkWork;
        if (first) {
          // the header is needed before the next chunk: this one is decoded here
          CharBuffer text = utf8(bytes, from, chunkLength, freeChars);
          freeBytes.add(bytes);
          if (text == null) {
            return null;
          }
          separator = separatorOf(text);
          CharBuffer headerLine = headerLine(text);
          if (headerLine != null && isSimple(headerLine, separator)) {
            String[] cells =
                parseSimpleChunk(headerLine, separator, Map.of(), 0, -1, new Cells()).cells;
            columns = columnsOf(check, file, cells, requiredColumns);
            int headerLines = lineFeedsIn(headerLine);
            CharBuffer body =
                CharBuffer.wrap(
                    text.array(), headerLine.limit(), text.limit() - headerLine.limit());
            chunkWork =
                simpleOrOpenCsv(
                    body,
                    separator,
                    columns,
                    offset + headerLines,
                    lines < 0 ? -1 : lines - headerLines,
                    sinks,
                    freeChars);
          } else {
            CSVReader csv = csvOf(text, separator);
            columns = columnsOf(check, file, readNext(csv), requiredColumns);
            Map<String, Integer> header = columns;
            chunkWork =
                () -> {
                  try {
                    return parseChunk(csv, header, offset, lines, sinks.get());
                  } finally {
                    freeChars.add(text.array());
                  }
                };
          }
        } else {
          // decoded on the executor too: only the line ends are looked for here
          Map<String, Integer> header = columns;
          char chunkSeparator = separator;
          int chunkFrom = from;
          chunkWork =
              () -> {
                CharBuffer text = utf8(bytes, chunkFrom, chunkLength, freeChars);
                freeBytes.add(bytes);
                if (text == null) {
                  throw new CompletionException(new CharacterCodingException());
                }
                return simpleOrOpenCsv(
                        text, chunkSeparator, header, offset, lines, sinks, freeChars)
                    .get();
              };
        }
        inFlight.acquireUninterruptibly();
        CompletableFuture<S> chunk = CompletableFuture.supplyAsync(chunkWork, executor);
        chunk.whenComplete((sink, failure) -> inFlight.release());
        parsing.add(chunk);
        linesBefore += lines;
        while (!parsing.isEmpty() && parsing.peek().isDone()) {
          inOrder.accept(parsing.poll().join());
        }
      }
      while (!parsing.isEmpty()) {
        inOrder.accept(parsing.poll().join());
      }
      if (columns == null) {
        columnsOf(check, file, null, requiredColumns); // an empty file fails as in one piece
      }
    } catch (CompletionException e) {
      return null;
    }
    return new ExtractFile(file, Sha256.hex(digest), clock.instant());
  }

  /**
   * The parse of a decoded chunk, its rows given to a new sink: split here when it is {@linkplain
   * #isSimple simple}, through OpenCSV when not; its characters go back to the free ones after.
   */
  private static <S extends Consumer<ExtractRow>> Supplier<S> simpleOrOpenCsv(
      CharBuffer text,
      char separator,
      Map<String, Integer> columns,
      long offset,
      long lines,
      Supplier<S> sinks,
      Queue<char[]> freeChars) {
    return () -> {
      try {
        return isSimple(text, separator)
            ? parseSimpleChunk(text, separator, columns, offset, lines, sinks.get())
            : parseChunk(csvOf(text, separator), columns, offset, lines, sinks.get());
      } finally {
        freeChars.add(text.array());
      }
    };
  }

  /** An array of the queue at least {@code length} long, or null. */
  private static byte[] taken(Queue<byte[]> free, int length) {
    byte[] array = free.poll();
    return array == null || array.length < length ? null : array;
  }

  /**
   * The text's first line, up to and with its line feed outside quotes (a quoted header cell may
   * hold line ends), or null when the text has none or the line is blank: such a header is read
   * through OpenCSV.
   */
  private static CharBuffer headerLine(CharBuffer text) {
    char[] chars = text.array();
    int from = text.arrayOffset() + text.position();
    int end = text.arrayOffset() + text.limit();
    boolean inQuotes = false;
    boolean blank = true;
    for (int i = from; i < end; i++) {
      char c = chars[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == '\n' && !inQuotes) {
        return blank ? null : CharBuffer.wrap(chars, from, i + 1 - from);
      }
      blank &= Character.isWhitespace(c);
    }
    return null;
  }

  private static int lineFeedsIn(CharBuffer text) {
    int count = 0;
    for (int i = text.position(); i < text.limit(); i++) {
      count += text.array()[text.arrayOffset() + i] == '\n' ? 1 : 0;
    }
    return count;
  }

  /** The cells of the one row a header line holds. */
  private static final class Cells implements Consumer<ExtractRow> {
    private String[] cells;

    @Override
    public void accept(ExtractRow row) {
      cells = row.cells().toArray(new String[0]);
    }
  }

  /** Chunks read ahead of the one the caller waits for: bounds the memory of a large file. */
  private static final int CHUNKS_IN_FLIGHT = Runtime.getRuntime().availableProcessors() + 2;

  private static <S extends Consumer<ExtractRow>> S parseChunk(
      CSVReader csv, Map<String, Integer> columns, long offset, long lines, S sink) {
    try (csv) {
      long linesBefore = csv.getLinesRead();
      String[] cells;
      while ((cells = csv.readNext()) != null) {
        ExtractRow row = new ExtractRow(columns, cells, offset + linesBefore + 1);
        linesBefore = csv.getLinesRead();
        if (!row.isBlank()) {
          sink.accept(row);
        }
      }
      if (lines >= 0 && csv.getLinesRead() != lines) {
        throw new IllegalStateException("lines counted otherwise than OpenCSV reads them");
      }
      return sink;
    } catch (IOException | CsvException e) {
      throw new CompletionException(e);
    }
  }

  /**
   * Whether OpenCSV reads the text as {@link #parseSimpleChunk} does: lines ended by LF or CR LF; a
   * cell either without quote, backslash (OpenCSV's escape) or carriage return, given as it is, or
   * quoted from its first to its last character, whose quotes inside are doubled and which holds no
   * backslash or carriage return (a line end inside it is part of the cell); and no quoted cell
   * left open at the end of the text. Any other text goes through OpenCSV.
   */
  static boolean isSimple(CharBuffer text, char separator) {
    char[] chars = text.array();
    int end = text.arrayOffset() + text.limit();
    int i = text.arrayOffset() + text.position();
    while (i < end) {
      // at the start of a cell
      if (chars[i] == '"') {
        i++;
        while (true) {
          if (i >= end) {
            return false; // open at the end
          }
          char c = chars[i];
          if (c == '\\' || c == '\r') {
            return false;
          }
          if (c == '"') {
            if (i + 1 < end && chars[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        // after the closing quote: the cell's end
        if (i == end || chars[i] == separator || chars[i] == '\n') {
          i++;
        } else if (chars[i] == '\r' && i + 1 < end && chars[i + 1] == '\n') {
          i += 2;
        } else {
          return false;
        }
        continue;
      }
      while (i < end) {
        char c = chars[i];
        if (c == '"' || c == '\\') {
          return false;
        }
        if (c == '\r') {
          if (i + 1 < end && chars[i + 1] == '\n') {
            i += 2;
            break;
          }
          return false;
        }
        i++;
        if (c == separator || c == '\n') {
          break;
        }
      }
    }
    return true;
  }

  /**
   * The rows of a {@linkplain #isSimple simple} chunk, as {@link #parseChunk} gives them through
   * OpenCSV: a row a line (a quoted cell may hold line ends, and its row is numbered by the line it
   * starts on; an empty last line after the last line end is none), its cells split at every
   * separator outside quotes, a quoted cell without its quotes and with its doubled quotes single.
   * The rows are ranges of the text's characters, no string a cell: a quoted cell with doubled
   * quotes is made single where it stands (the text is changed). A row given to the sink is valid
   * until its {@code accept} returns.
   */
  static <S extends Consumer<ExtractRow>> S parseSimpleChunk(
      CharBuffer text,
      char separator,
      Map<String, Integer> columns,
      long offset,
      long lines,
      S sink) {
    char[] chars = text.array();
    int i = text.arrayOffset() + text.position();
    int end = text.arrayOffset() + text.limit();
    long line = 0;
    int[] bounds = new int[ExtractRow.CELL * Math.max(1, columns.size())];
    ExtractRow row = new ExtractRow(columns, chars, bounds, 0, 0);
    while (i < end) {
      long rowLine = line + 1;
      int cells = 0;
      boolean rowEnded = false;
      while (!rowEnded) {
        if (cells * ExtractRow.CELL == bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        if (i < end && chars[i] == '"') {
          int from = ++i;
          int to = from; // where the next character of the cell goes: doubled quotes made single
          while (true) {
            char c = chars[i];
            if (c == '"') {
              if (i + 1 < end && chars[i + 1] == '"') {
                chars[to++] = '"';
                i += 2;
                continue;
              }
              break;
            }
            if (c == '\n') {
              line++;
            }
            chars[to++] = c;
            i++;
          }
          ExtractRow.setCell(chars, bounds, cells, from, to);
          i++; // the closing quote
        } else {
          int from = i;
          while (i < end && chars[i] != separator && chars[i] != '\n') {
            i++;
          }
          int to = i > from && i < end && chars[i] == '\n' && chars[i - 1] == '\r' ? i - 1 : i;
          ExtractRow.setCell(chars, bounds, cells, from, to);
        }
        cells++;
        // at a separator, a line end (LF or CR LF) or the end of the text
        if (i < end && chars[i] == separator) {
          i++;
        } else {
          if (i < end && chars[i] == '\r') {
            i++;
          }
          i++; // the line feed, or past the end
          line++;
          rowEnded = true;
        }
      }
      row.next(bounds, cells, offset + rowLine);
      if (!row.isBlank()) {
        sink.accept(row);
      }
    }
    if (lines >= 0 && line != lines) {
      throw new IllegalStateException("lines counted otherwise than OpenCSV reads them");
    }
    return sink;
  }

  private static String[] readNext(CSVReader csv) throws IOException {
    try {
      return csv.readNext();
    } catch (CsvException e) {
      throw new IOException(e);
    }
  }

  private static CSVReader csvOf(CharBuffer text, char separator) {
    return new CSVReaderBuilder(new BufferedReader(new CharSequenceReader(text), 1 << 16))
        .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
        .build();
  }

  /** The separator {@link #separatorOf(Path, Charset)} finds in the first line. */
  private static char separatorOf(CharBuffer text) {
    int semicolons = 0;
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      semicolons += c == ';' ? 1 : 0;
      commas += c == ',' ? 1 : 0;
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * The last line feed after an even number of quote characters from the start of the bytes (which
   * start a row): a line end outside any quoted cell, so that a quoted cell with line ends is not
   * cut in two; -1 when there is none. A file that escapes quotes with a backslash can make this a
   * line end inside a cell: the chunk before it then ends inside a quoted cell, which its parse
   * rejects, and the file is read again in one piece.
   */
  static int lastLineEndOutsideQuotes(byte[] bytes, int length) {
    int last = -1;
    boolean inQuotes = false;
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        inQuotes = !inQuotes;
      } else if (b == '\n' && !inQuotes) {
        last = i;
      }
    }
    return last;
  }

  /** Lines as a BufferedReader counts them: ended by LF, CR or CR LF. */
  private static long linesIn(byte[] bytes, int length) {
    long lines = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= length || bytes[i + 1] != '\n')) {
        lines++;
      }
    }
    return lines;
  }

  private static boolean startsWithBom(byte[] bytes, int length) {
    return length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The bytes decoded as UTF-8 into an array of the free ones (or a new one), or null when they are
   * not UTF-8.
   */
  private static CharBuffer utf8(byte[] bytes, int from, int length, Queue<char[]> freeChars) {
    char[] chars = freeChars.poll();
    if (chars == null || chars.length < length) {
      chars = new char[length + (length >> 3)]; // UTF-8 has no more characters than bytes
    }
    CharBuffer out = CharBuffer.wrap(chars);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, from, length), out, true);
    if (result.isError() || result.isOverflow() || decoder.flush(out).isError()) {
      freeChars.add(chars);
      return null;
    }
    out.flip();
    return out;
  }

  /** A reader of a decoded chunk. */
  private static final class CharSequenceReader extends Reader {
    private final CharBuffer text;

    CharSequenceReader(CharBuffer text) {
      this.text = text;
    }

    @Override
    public int read(char[] into, int offset, int length) {
      if (!text.hasRemaining()) {
        return -1;
      }
      int count = Math.min(length, text.remaining());
      text.get(into, offset, count);
      return count;
    }

    @Override
    public void close() {}
  }

  private void readCsv(
      Path file, Charset charset, List<String> requiredColumns, Consumer<ExtractRow> rows)
      throws IOException, CsvException {
    char separator = separatorOf(file, charset);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new BufferedReader(new InputStreamReader(skipBom(in), charset), 1 << 16);
        CSVReader csv =
            new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
                .build()) {
      String[] header = csv.readNext();
      Map<String, Integer> columns = columnsOf(check, file, header, requiredColumns);
      long linesBefore = csv.getLinesRead();
      String[] cells;
      while ((cells = nextRow(csv, file, linesBefore + 1)) != null) {
        ExtractRow row = new ExtractRow(columns, cells, linesBefore + 1);
        linesBefore = csv.getLinesRead();
        if (!row.isBlank()) {
          rows.accept(row);
        }
      }
    }
  }

  /** The next row, or a failure that names the line where the row that cannot be read starts. */
  private String[] nextRow(CSVReader csv, Path file, long line) throws IOException {
    try {
      return csv.readNext();
    } catch (CsvMalformedLineException e) {
      // OpenCSV's text is English and names no line: the line where the open field starts helps
      throw new UnreadableExtractException(
          check,
          file.toString(),
          file.getFileName() + ": a quoted field opened on line " + line + " is never closed",
          "unbalancedQuote",
          List.of(String.valueOf(line)),
          e);
    } catch (CsvException e) {
      throw new UnreadableExtractException(
          check,
          file.toString(),
          "cannot read " + file.getFileName() + " at line " + line + ": " + e.getMessage(),
          "unparseable",
          List.of(String.valueOf(line)),
          e);
    }
  }

  /**
   * The columns of a header by their lower-case names.
   *
   * @throws RegistryCheckFailedException when there is no header or it lacks a required column
   */
  static Map<String, Integer> columnsOf(
      String check, Path file, String[] header, List<String> requiredColumns) {
    if (header == null) {
      throw new UnreadableExtractException(
          check, file.toString(), file.getFileName() + " is empty", "empty", List.of(), null);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (header[i] != null) {
        columns.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
      }
    }
    List<String> missing =
        requiredColumns.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableExtractException(
          check,
          file.toString(),
          file.getFileName() + " lacks the column(s) " + String.join(", ", missing),
          "missingColumns",
          List.of(String.join(", ", missing)),
          null);
    }
    return columns;
  }

  private static char separatorOf(Path file, Charset charset) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      String first = reader.readLine();
      if (first == null) {
        return ',';
      }
      long semicolons = first.chars().filter(c -> c == ';').count();
      long commas = first.chars().filter(c -> c == ',').count();
      return semicolons > commas ? ';' : ',';
    }
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    InputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    byte[] start = buffered.readNBytes(3);
    if (!(start.length == 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF)) {
      buffered.reset();
    }
    return buffered;
  }
}
