package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.CandidateKeys;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.SwedishTime;

/**
 * The records of one registry extract, read once and indexed for lookup, with the rows it had to
 * reject; shared by the four file adapters.
 *
 * @param <T> the record type
 */
final class LoadedExtract<T> {

  private static final Logger log = LoggerFactory.getLogger(LoadedExtract.class);
  private static final int LOGGED_REJECTIONS = 100;
  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  /** The optional column that dates the extract (docs/registries.md). */
  static final String EXTRACT_DATE = "extract_date";

  private final String check;
  private final ExtractFile file;
  private final RecordStore<T> records;
  private final int[] lines;
  private final CandidateIndex index;
  private final List<RejectedRegistryRow> rejectedRows;
  private final LocalDate extractDate;
  private final LocalDate fileModified;

  /** The file's name, the start of every answer's source. */
  private final String fileName;

  /**
   * The answer about a subject the extract has no candidate record for (most subjects): the same
   * for all of them, made once.
   */
  private final RegistryAnswer<T> noRecord;

  private LoadedExtract(
      String check,
      ExtractFile file,
      RecordStore<T> records,
      int[] lines,
      CandidateIndex index,
      List<RejectedRegistryRow> rejectedRows,
      LocalDate extractDate,
      LocalDate fileModified) {
    this.check = check;
    this.file = file;
    this.records = records;
    this.lines = lines;
    this.index = index;
    this.rejectedRows = List.copyOf(rejectedRows);
    this.extractDate = extractDate;
    this.fileModified = fileModified;
    this.fileName = file.fileName();
    this.noRecord = new RegistryAnswer<>(List.of(), evidence(fileName + " (no record)"));
  }

  /**
   * Reads and indexes an extract.
   *
   * @param parse turns a row into a record, throwing {@link BadValueException} for a bad cell
   * @param number the record's identity number, or null
   * @param name the record's name (indexed by candidate keys when it has no number)
   */
  static <T> LoadedExtract<T> load(
      String check,
      Path path,
      List<String> requiredColumns,
      Clock clock,
      BiFunction<ExtractRow, ExtractValues, T> parse,
      Function<T, IdentityNumber> number,
      Function<T, String> name) {
    return load(check, path, requiredColumns, clock, parse, number, name, record -> null);
  }

  /** Reads and indexes an extract without birth dates, its chunks parsed on the executor. */
  static <T> LoadedExtract<T> load(
      String check,
      Path path,
      List<String> requiredColumns,
      Clock clock,
      Executor executor,
      BiFunction<ExtractRow, ExtractValues, T> parse,
      Function<T, IdentityNumber> number,
      Function<T, String> name) {
    return load(
        check,
        path,
        requiredColumns,
        clock,
        executor,
        parse,
        number,
        name,
        record -> null,
        ObjectStore::new);
  }

  /**
   * Reads and indexes an extract whose records may carry a birth date.
   *
   * @param birthDate the record's birth date, or null (a key of its own when it has no number)
   */
  static <T> LoadedExtract<T> load(
      String check,
      Path path,
      List<String> requiredColumns,
      Clock clock,
      BiFunction<ExtractRow, ExtractValues, T> parse,
      Function<T, IdentityNumber> number,
      Function<T, String> name,
      Function<T, LocalDate> birthDate) {
    return load(
        check,
        path,
        requiredColumns,
        clock,
        Runnable::run,
        parse,
        number,
        name,
        birthDate,
        ObjectStore::new);
  }

  /**
   * Reads and indexes an extract, its chunks parsed and their candidate keys found on the executor
   * ({@link ExtractReader#readInChunks}); the records (kept in the store, in file order), their
   * lines, the index and the rejected rows are those of a read on one thread.
   *
   * @param parse turns a row into a record, throwing {@link BadValueException} for a bad cell; null
   *     (and so {@code number}, {@code name} and {@code birthDate}) when the store parses the rows
   *     into itself ({@link ParsingStore}: no record object a row)
   */
  static <T> LoadedExtract<T> load(
      String check,
      Path path,
      List<String> requiredColumns,
      Clock clock,
      Executor executor,
      BiFunction<ExtractRow, ExtractValues, T> parse,
      Function<T, IdentityNumber> number,
      Function<T, String> name,
      Function<T, LocalDate> birthDate,
      Supplier<RecordStore<T>> store) {
    long started = System.nanoTime();
    String fileName = path.getFileName().toString();
    Supplier<ExtractValues> values = ExtractValues.sharedBetweenThreads(sizeOf(path));
    Merged<T> merged = new Merged<>(fileName, store);
    // the keys of a name, found once while it is in a table of recent ones (a birth date adds its
    // own key): a registry names the same persons and companies in many rows, and the table does
    // not grow (the generated convictions' 101,290 rows without a number name 3,091 names)
    RecentKeys keys = new RecentKeys();
    ExtractFile file =
        new ExtractReader(check, clock)
            .readInChunks(
                path,
                requiredColumns,
                executor,
                () ->
                    new Chunk<>(
                        check,
                        fileName,
                        values.get(),
                        keys,
                        parse,
                        number,
                        name,
                        birthDate,
                        merged.records.empty()),
                merged::add,
                merged::clear);
    List<RejectedRegistryRow> rejected = merged.rejected;
    if (rejected.size() > LOGGED_REJECTIONS) {
      log.warn("{} rows of {} rejected in all", rejected.size(), fileName);
    }
    LoadedExtract<T> extract =
        new LoadedExtract<>(
            check,
            file,
            merged.records.trimmed(),
            merged.lines.toArray(),
            merged.index.build(),
            rejected,
            merged.extracted,
            modifiedDay(path));
    double seconds = (System.nanoTime() - started) / 1e9;
    log.info(
        "Loaded {}: {} records, {} rejected rows in {} s, sha256 {}",
        fileName,
        merged.records.size(),
        rejected.size(),
        String.format(Locale.ROOT, "%.2f", seconds),
        file.sha256());
    return extract;
  }

  /**
   * The candidate keys of the names seen lately, without a birth date (a row's birth date adds its
   * own key, {@link CandidateKeys#birthDateKey}), in a fixed table indexed by their hash and shared
   * by a load's threads without locks (an entry is immutable). The generated convictions have
   * 101,290 rows without a number, 100,830 names and birth dates but 3,091 names: keyed by the name
   * and birth date, every row's keys were found again.
   */
  private static final class RecentKeys {
    private record Keys(String name, Set<String> keys) {}

    private final AtomicReferenceArray<Keys> slots = new AtomicReferenceArray<>(1 << 14);

    Set<String> of(String name) {
      int hash = name.hashCode();
      int slot = (hash ^ hash >>> 16) & (slots.length() - 1);
      Keys seen = slots.getPlain(slot);
      if (seen != null && seen.name().equals(name)) {
        return seen.keys();
      }
      Set<String> keys = Set.copyOf(CandidateKeys.of(name, null));
      slots.setPlain(slot, new Keys(name, keys));
      return keys;
    }
  }

  /** The rows of one chunk, parsed on the thread that read it, with their candidate keys. */
  private static final class Chunk<T> implements Consumer<ExtractRow> {
    private final String check;
    private final String fileName;
    private final ExtractValues values;
    private final RecentKeys keys;
    private final BiFunction<ExtractRow, ExtractValues, T> parse;
    private final Function<T, IdentityNumber> number;
    private final Function<T, String> name;
    private final Function<T, LocalDate> birthDate;
    private final RecordStore<T> records;
    private final CandidateIndex.IntList lines = new CandidateIndex.IntList();
    private final CandidateIndex.LongList numberKeys = new CandidateIndex.LongList();
    private final List<Set<String>> blockingKeys = new ArrayList<>();
    private final List<String> birthDateKeys = new ArrayList<>();
    private final List<RejectedRegistryRow> rejected = new ArrayList<>();
    private LocalDate extracted;

    Chunk(
        String check,
        String fileName,
        ExtractValues values,
        RecentKeys keys,
        BiFunction<ExtractRow, ExtractValues, T> parse,
        Function<T, IdentityNumber> number,
        Function<T, String> name,
        Function<T, LocalDate> birthDate,
        RecordStore<T> records) {
      this.check = check;
      this.records = records;
      this.fileName = fileName;
      this.values = values;
      this.keys = keys;
      this.parse = parse;
      this.number = number;
      this.name = name;
      this.birthDate = birthDate;
    }

    /** The keys of a row without a number: those of its name, and its birth date's. */
    private void indexedByName(String rowName, LocalDate born) {
      numberKeys.add(CandidateIndex.NO_NUMBER);
      blockingKeys.add(keys.of(rowName));
      birthDateKeys.add(born == null ? null : CandidateKeys.birthDateKey(born));
    }

    @Override
    public void accept(ExtractRow row) {
      try {
        LocalDate extractDate = values.date(row, EXTRACT_DATE);
        if (extractDate != null && (extracted == null || extractDate.isAfter(extracted))) {
          extracted = extractDate;
        }
        IdentityNumber identity;
        if (parse == null) {
          ParsingStore<T> parsing = (ParsingStore<T>) records;
          parsing.parse(row, values);
          identity = parsing.lastNumber();
          if (identity == null) {
            indexedByName(parsing.lastName(), parsing.lastBirthDate());
          }
        } else {
          T record = parse.apply(row, values);
          identity = number.apply(record);
          if (identity == null) {
            indexedByName(name.apply(record), birthDate.apply(record));
          }
          records.add(record);
        }
        if (identity != null) {
          numberKeys.add(CandidateIndex.numberKey(identity));
          blockingKeys.add(null);
          birthDateKeys.add(null);
        }
        lines.add((int) row.line());
      } catch (BadValueException e) {
        rejected.add(
            new RejectedRegistryRow(
                check, fileName, row.line(), e.column(), e.value(), e.getMessage()));
      }
    }
  }

  /**
   * A store that parses a row into itself: its columns take the row's values without a record
   * object made for them.
   */
  interface ParsingStore<T> extends RecordStore<T> {
    /**
     * Adds the record of the row, or nothing when a value is bad.
     *
     * @throws BadValueException for a bad cell, as a parse into a record would
     */
    void parse(ExtractRow row, ExtractValues values);

    /** The identity number of the record added last, or null. */
    IdentityNumber lastNumber();

    /** The name of the record added last. */
    String lastName();

    /** The birth date of the record added last, or null. */
    LocalDate lastBirthDate();
  }

  /**
   * Where an extract keeps its records, in file order: as the objects the rows were parsed into, or
   * in columns that a record is made of again when a lookup returns it (no object a row).
   */
  interface RecordStore<T> {
    void add(T record);

    T get(int row);

    int size();

    /** The store as it is kept after the load: without room to grow. */
    RecordStore<T> trimmed();

    /**
     * An empty store for the records of one chunk, which {@link #addAll} takes in whole; it may
     * share this store's tables, and be filled on another thread than this one.
     */
    RecordStore<T> empty();

    /** Adds the records of a store {@link #empty} gave, in their order. */
    void addAll(RecordStore<T> chunk);
  }

  /** The records as they were parsed. */
  static final class ObjectStore<T> implements RecordStore<T> {
    private Object[] records = new Object[16];
    private int size;

    @Override
    public void add(T record) {
      if (size == records.length) {
        records = Arrays.copyOf(records, size * 2);
      }
      records[size++] = record;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int row) {
      return (T) records[row];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public RecordStore<T> trimmed() {
      records = Arrays.copyOf(records, size);
      return this;
    }

    @Override
    public RecordStore<T> empty() {
      return new ObjectStore<>();
    }

    @Override
    public void addAll(RecordStore<T> chunk) {
      ObjectStore<T> other = (ObjectStore<T>) chunk;
      if (size + other.size > records.length) {
        records = Arrays.copyOf(records, Math.max(size + other.size, size * 2));
      }
      System.arraycopy(other.records, 0, records, size, other.size);
      size += other.size;
    }
  }

  /** The chunks put together in file order, rows numbered from 0 as they come. */
  private static final class Merged<T> {
    private final String fileName;
    private final Supplier<RecordStore<T>> store;
    private RecordStore<T> records;
    private CandidateIndex.IntList lines = new CandidateIndex.IntList();
    private CandidateIndex.Builder index = new CandidateIndex.Builder();
    private List<RejectedRegistryRow> rejected = new ArrayList<>();
    private LocalDate extracted;

    Merged(String fileName, Supplier<RecordStore<T>> store) {
      this.fileName = fileName;
      this.store = store;
      this.records = store.get();
    }

    void add(Chunk<T> chunk) {
      if (chunk.extracted != null && (extracted == null || chunk.extracted.isAfter(extracted))) {
        extracted = chunk.extracted;
      }
      long[] numberKeys = chunk.numberKeys.toArray();
      int first = records.size();
      for (int i = 0; i < numberKeys.length; i++) {
        index.add(first + i, numberKeys[i], chunk.blockingKeys.get(i), chunk.birthDateKeys.get(i));
      }
      records.addAll(chunk.records);
      lines.addAll(chunk.lines);
      for (RejectedRegistryRow rejection : chunk.rejected) {
        if (rejected.size() < LOGGED_REJECTIONS) {
          log.warn(
              "Rejected registry row: file {}, line {}, column {}, value '{}': {}",
              fileName,
              rejection.line(),
              rejection.column(),
              rejection.value(),
              rejection.reason());
        }
        rejected.add(rejection);
      }
    }

    void clear() {
      records = store.get();
      lines = new CandidateIndex.IntList();
      index = new CandidateIndex.Builder();
      rejected = new ArrayList<>();
      extracted = null;
    }
  }

  /**
   * The answer about a subject for an extract of Swedish numbers only (a credit agency's, the
   * register check's): a subject without one is in it under no record, so its answer lists none.
   */
  RegistryAnswer<T> answerForNumbered(Subject subject) {
    return subject.identityNumber() == null
        ? answerFor(new Subject(subject.kind(), null, "", null, subject.country()))
        : answerFor(subject);
  }

  /** The candidate records about the subject, with the lines they came from as evidence. */
  RegistryAnswer<T> answerFor(Subject subject) {
    int[] rows = index.candidatesOf(subject);
    if (rows.length == 0) {
      return noRecord;
    }
    List<T> found = new ArrayList<>(rows.length);
    StringBuilder source = new StringBuilder(fileName);
    for (int i = 0; i < rows.length; i++) {
      found.add(records.get(rows[i]));
      source
          .append(i == 0 ? (rows.length == 1 ? " line " : " lines ") : ", ")
          .append(lines[rows[i]]);
    }
    return new RegistryAnswer<>(found, evidence(source.toString()));
  }

  private Evidence evidence(String source) {
    return new Evidence(
        check,
        source,
        file.loadedAt(),
        file.sha256(),
        null,
        extractDate != null ? extractDate : fileModified,
        extractDate != null ? Evidence.DataDate.EXTRACT : Evidence.DataDate.FILE_MODIFIED);
  }

  /** Every record, in file order. */
  List<T> records() {
    List<T> all = new ArrayList<>(records.size());
    for (int row = 0; row < records.size(); row++) {
      all.add(records.get(row));
    }
    return all;
  }

  int size() {
    return records.size();
  }

  /**
   * The date the registry's data is from, as the extract gives it in its optional {@code
   * extract_date} column (the latest date of the column); null when it has none.
   */
  LocalDate extractDate() {
    return extractDate;
  }

  /** The day the file was last modified, in Swedish time, as read when it was loaded. */
  LocalDate fileModified() {
    return fileModified;
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException | RuntimeException unknown) {
      return 0; // the read reports what is wrong with the file
    }
  }

  private static LocalDate modifiedDay(Path path) {
    try {
      return Files.getLastModifiedTime(path).toInstant().atZone(SWEDEN).toLocalDate();
    } catch (IOException | RuntimeException unknown) {
      return null;
    }
  }

  ExtractFile file() {
    return file;
  }

  List<RejectedRegistryRow> rejectedRows() {
    return rejectedRows;
  }
}
