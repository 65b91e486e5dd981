package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;

/** Convictions and corporate fines from a {@code convictions.csv} (or .xlsx) extract. */
final class CsvConvictionRegistry implements ConvictionRegistry, RegistryExtract {

  static final String FILE = "convictions";
  private static final List<String> REQUIRED =
      List.of("subject_id", "subject_name", "offence_category", "judgment_date", "final_date");

  private final LoadedExtract<ConvictionRecord> extract;

  private CsvConvictionRegistry(LoadedExtract<ConvictionRecord> extract) {
    this.extract = extract;
  }

  static CsvConvictionRegistry load(Path file, Clock clock) {
    return load(file, clock, Runnable::run);
  }

  /** Loads the extract, its chunks parsed on the executor. */
  static CsvConvictionRegistry load(Path file, Clock clock, Executor executor) {
    return new CsvConvictionRegistry(
        LoadedExtract.load(
            RegistryChecks.CONVICTIONS,
            file,
            REQUIRED,
            clock,
            executor,
            null, // the columns parse the rows themselves (Columns.parse)
            null,
            null,
            null,
            Columns::new));
  }

  /**
   * The records in columns, no object a row: a million conviction rows share their numbers, names,
   * dates and case numbers (the load keeps one of each), and their category, description and court
   * come from a few dozen values, kept here as numbers into a table. A row is parsed straight into
   * the columns; a lookup makes the records it returns, equal to those a parse into a record gave.
   */
  static final class Columns implements LoadedExtract.ParsingStore<ConvictionRecord> {
    private IdentityNumber[] subjectIds = new IdentityNumber[16];
    private String[] subjectNames = new String[16];
    private LocalDate[] birthDates = new LocalDate[16];
    private LocalDate[] judgmentDates = new LocalDate[16];
    private LocalDate[] finalDates = new LocalDate[16];
    private String[] caseNumbers = new String[16];
    private int[] categoryDescriptionCourt = new int[16];
    private final Table categories;
    private final Table descriptions;
    private final Table courts;
    private int size;

    /**
     * The most rows a chunk added whole has had: a chunk's columns are made that large (and an
     * eighth) from the start instead of growing by doubling from 16.
     */
    private final AtomicInteger chunkRows;

    Columns() {
      this(new Table(), new Table(), new Table(), new AtomicInteger());
    }

    private Columns(Table categories, Table descriptions, Table courts, AtomicInteger chunkRows) {
      this.categories = categories;
      this.descriptions = descriptions;
      this.courts = courts;
      this.chunkRows = chunkRows;
      int rows = chunkRows.get();
      if (rows > 0) {
        resize(rows + (rows >> 3));
      }
    }

    /** Columns of a chunk, coded with the same tables: {@link #addAll} copies them whole. */
    @Override
    public Columns empty() {
      return new Columns(categories, descriptions, courts, chunkRows);
    }

    /** Chunks added whole, copied into the columns at once when a row is asked for. */
    private final List<Columns> parts = new ArrayList<>();

    /** Rows in the columns' arrays; {@link #size} counts those of {@link #parts} too. */
    private int filled;

    @Override
    public void addAll(LoadedExtract.RecordStore<ConvictionRecord> chunk) {
      Columns other = (Columns) chunk;
      other.joined();
      chunkRows.accumulateAndGet(other.size, Math::max);
      parts.add(other);
      size += other.size;
    }

    /** The parts copied into the columns, each array once, with room for {@code room} more rows. */
    private void joined(int room) {
      if (parts.isEmpty() && subjectIds.length >= size + room) {
        return;
      }
      int length = size + room;
      IdentityNumber[] ids = java.util.Arrays.copyOf(subjectIds, length);
      String[] names = java.util.Arrays.copyOf(subjectNames, length);
      LocalDate[] births = java.util.Arrays.copyOf(birthDates, length);
      LocalDate[] judgments = java.util.Arrays.copyOf(judgmentDates, length);
      LocalDate[] finals = java.util.Arrays.copyOf(finalDates, length);
      String[] cases = java.util.Arrays.copyOf(caseNumbers, length);
      int[] codes = java.util.Arrays.copyOf(categoryDescriptionCourt, length);
      int at = filled;
      for (Columns part : parts) {
        int n = part.size;
        System.arraycopy(part.subjectIds, 0, ids, at, n);
        System.arraycopy(part.subjectNames, 0, names, at, n);
        System.arraycopy(part.birthDates, 0, births, at, n);
        System.arraycopy(part.judgmentDates, 0, judgments, at, n);
        System.arraycopy(part.finalDates, 0, finals, at, n);
        System.arraycopy(part.caseNumbers, 0, cases, at, n);
        System.arraycopy(part.categoryDescriptionCourt, 0, codes, at, n);
        for (int row = at; row < at + n; row++) {
          if (codes[row] < 0) {
            codes[row] = -1 - overflow(part.overflow.get(-1 - codes[row]));
          }
        }
        at += n;
      }
      parts.clear();
      subjectIds = ids;
      subjectNames = names;
      birthDates = births;
      judgmentDates = judgments;
      finalDates = finals;
      caseNumbers = cases;
      categoryDescriptionCourt = codes;
      filled = size;
    }

    private void joined() {
      joined(0);
    }

    @Override
    public void add(ConvictionRecord record) {
      int at = nextRow(record.subjectId(), record.subjectName(), record.birthDate());
      judgmentDates[at] = record.judgmentDate();
      finalDates[at] = record.finalDate();
      caseNumbers[at] = record.caseNumber();
      coded(at, record.offenceCategory(), record.offenceDescription(), record.court());
    }

    /**
     * The row's values, read and checked in the order a parse into a {@link ConvictionRecord} read
     * them (the first bad cell is the one a rejected row names), put in the columns.
     */
    @Override
    public void parse(ExtractRow row, ExtractValues values) {
      IdentityNumber subjectId = values.identityNumber(row, "subject_id");
      String name = values.name(row, "subject_name", true);
      LocalDate judgmentDate = values.requiredDate(row, "judgment_date");
      LocalDate finalDate = values.date(row, "final_date");
      if (finalDate != null && finalDate.isBefore(judgmentDate)) {
        throw new BadValueException(
            "final_date", finalDate.toString(), "final before the judgment date");
      }
      LocalDate birthDate = values.date(row, "birth_date");
      String category = values.requiredUpperCase(row, "offence_category");
      String description = values.text(row, "offence_description");
      String court = values.text(row, "court");
      String caseNumber = values.shared(row, "case_number");
      int at = nextRow(subjectId, name, birthDate);
      judgmentDates[at] = judgmentDate;
      finalDates[at] = finalDate;
      caseNumbers[at] = caseNumber;
      coded(at, category, description, court);
    }

    /** A new last row with its subject's values, the columns grown when they are full. */
    private int nextRow(IdentityNumber subjectId, String subjectName, LocalDate birthDate) {
      if (!parts.isEmpty() || size == subjectIds.length) {
        joined(Math.max(16, size));
      }
      int at = size++;
      filled = size;
      subjectIds[at] = subjectId;
      subjectNames[at] = subjectName;
      birthDates[at] = birthDate;
      return at;
    }

    /**
     * The row's category, description and court as codes; a code that does not fit its bits keeps
     * the row's record as before, in its own column.
     */
    private void coded(int at, String category, String description, String court) {
      int categoryCode = categories.codeOf(category);
      int descriptionCode = descriptions.codeOf(description);
      int courtCode = courts.codeOf(court);
      categoryDescriptionCourt[at] =
          categoryCode < 1 << 9 && descriptionCode < 1 << 11 && courtCode < 1 << 11
              ? categoryCode << 22 | descriptionCode << 11 | courtCode
              : -1 - overflow(recordAt(at, category, description, court));
    }

    @Override
    public IdentityNumber lastNumber() {
      return subjectIds[size - 1];
    }

    @Override
    public String lastName() {
      return subjectNames[size - 1];
    }

    @Override
    public LocalDate lastBirthDate() {
      return birthDates[size - 1];
    }

    /** Records whose texts have more distinct values than a code holds: kept as they are. */
    private final List<ConvictionRecord> overflow = new ArrayList<>();

    private int overflow(ConvictionRecord record) {
      overflow.add(record);
      return overflow.size() - 1;
    }

    @Override
    public ConvictionRecord get(int row) {
      if (!parts.isEmpty()) {
        joined();
      }
      int codes = categoryDescriptionCourt[row];
      if (codes < 0) {
        return overflow.get(-1 - codes);
      }
      return recordAt(
          row,
          categories.valueOf(codes >>> 22),
          descriptions.valueOf(codes >>> 11 & (1 << 11) - 1),
          courts.valueOf(codes & (1 << 11) - 1));
    }

    private ConvictionRecord recordAt(int row, String category, String description, String court) {
      return new ConvictionRecord(
          subjectIds[row],
          subjectNames[row],
          birthDates[row],
          category,
          description,
          judgmentDates[row],
          finalDates[row],
          court,
          caseNumbers[row]);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Columns trimmed() {
      joined();
      if (subjectIds.length != size) {
        resize(size);
      }
      return this;
    }

    private void resize(int length) {
      subjectIds = java.util.Arrays.copyOf(subjectIds, length);
      subjectNames = java.util.Arrays.copyOf(subjectNames, length);
      birthDates = java.util.Arrays.copyOf(birthDates, length);
      judgmentDates = java.util.Arrays.copyOf(judgmentDates, length);
      finalDates = java.util.Arrays.copyOf(finalDates, length);
      caseNumbers = java.util.Arrays.copyOf(caseNumbers, length);
      categoryDescriptionCourt = java.util.Arrays.copyOf(categoryDescriptionCourt, length);
    }

    /**
     * The distinct values of a column (null among them), each numbered from 0 as first seen; shared
     * by the chunks that a load fills at the same time.
     */
    private static final class Table {
      private final Map<String, Integer> codes = new ConcurrentHashMap<>();
      private final List<String> values = new ArrayList<>();
      private volatile int nullCode = -1;

      int codeOf(String value) {
        int known = knownCodeOf(value);
        if (known >= 0) {
          return known;
        }
        synchronized (this) {
          known = knownCodeOf(value);
          if (known >= 0) {
            return known;
          }
          int code = values.size();
          values.add(value);
          if (value == null) {
            nullCode = code;
          } else {
            codes.put(value, code);
          }
          return code;
        }
      }

      private int knownCodeOf(String value) {
        if (value == null) {
          return nullCode;
        }
        Integer code = codes.get(value);
        return code == null ? -1 : code;
      }

      String valueOf(int code) {
        return values.get(code);
      }
    }
  }

  @Override
  public RegistryAnswer<ConvictionRecord> convictionsOf(Subject subject) {
    return extract.answerFor(subject);
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<ConvictionRecord> extract() {
    return extract;
  }
}
