package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Times the lookups the checks make in a conviction extract (bench/README.md): every vendor and
 * every representative of a generated folder asked of the extract, as the checks ask it, and each
 * candidate's number, name, birth date and judgment date read as the matching reads them. Run by
 * hand, not by the build: {@code java -Xmx1g -cp ... ConvictionLookupBenchmark DIR [rounds]}.
 * Prints per round the lookups, the candidates they returned, the thread CPU seconds and the bytes
 * allocated.
 */
final class ConvictionLookupBenchmark {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Subject> subjects = subjectsOf(dir);
    boolean objects = args.length > 2 && args[2].equals("objects");
    Path file = ExtractFiles.find(dir.resolve("registries"), CsvConvictionRegistry.FILE);
    LoadedExtract<ConvictionRecord> extract =
        objects ? asObjects(file) : CsvConvictionRegistry.load(file, Clock.systemUTC()).extract();
    System.out.println(objects ? "records as objects" : "records as the registry keeps them");
    LocalDate asOf = LocalDate.parse(Files.readString(dir.resolve("as-of.txt")).trim());
    SubjectMatcher matcher =
        SubjectMatcher.of(
            se.vendorscreening.screening.internal.rules.ScreeningFixtures.RULES.matching());
    for (int round = 1; round <= rounds; round++) {
      long thread = Thread.currentThread().getId();
      long cpu = THREADS.getThreadCpuTime(thread);
      long allocated = THREADS.getThreadAllocatedBytes(thread);
      long candidates = 0;
      long kept = 0;
      for (Subject subject : subjects) {
        RegistryAnswer<ConvictionRecord> answer = extract.answerFor(subject);
        for (ConvictionRecord record : answer.records()) {
          candidates++;
          if ((record.judgmentDate() == null || !record.judgmentDate().isAfter(asOf))
              && matcher
                  .match(subject, record.subjectId(), record.subjectName(), record.birthDate())
                  .isPresent()) {
            kept++;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "round %d lookups=%d candidates=%d matched=%d thread_cpu_s=%.2f allocated_mb=%.0f%n",
          round,
          subjects.size(),
          candidates,
          kept,
          (THREADS.getThreadCpuTime(thread) - cpu) / 1e9,
          (THREADS.getThreadAllocatedBytes(thread) - allocated) / 1048576.0);
    }
  }

  /** The extract with a record object a row, as before the columns (for comparison). */
  @SuppressWarnings("unchecked")
  private static LoadedExtract<ConvictionRecord> asObjects(Path file) {
    try {
      var parse =
          CsvConvictionRegistry.class.getDeclaredMethod(
              "recordOf", ExtractRow.class, ExtractValues.class);
      parse.setAccessible(true);
      var required = CsvConvictionRegistry.class.getDeclaredField("REQUIRED");
      required.setAccessible(true);
      return LoadedExtract.load(
          se.vendorscreening.registry.RegistryChecks.CONVICTIONS,
          file,
          (List<String>) required.get(null),
          Clock.systemUTC(),
          Runnable::run,
          (row, values) -> {
            try {
              return (ConvictionRecord) parse.invoke(null, row, values);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw (RuntimeException) e.getCause();
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          },
          ConvictionRecord::subjectId,
          ConvictionRecord::subjectName,
          ConvictionRecord::birthDate,
          LoadedExtract.ObjectStore::new);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The vendors (by organisation number and name) and the representatives (number and name). */
  private static List<Subject> subjectsOf(Path dir) throws IOException {
    List<Subject> subjects = new ArrayList<>();
    for (List<String> cells : rowsOf(dir.resolve("vendors.csv"))) {
      subjects.add(
          new Subject(
              SubjectKind.COMPANY,
              numberOf(cells.get(3)),
              cells.get(4),
              null,
              cells.get(5).isEmpty() ? "SE" : cells.get(5)));
    }
    for (List<String> cells : rowsOf(dir.resolve("representatives.csv"))) {
      LocalDate born = cells.get(3).isEmpty() ? null : LocalDate.parse(cells.get(3));
      subjects.add(
          new Subject(SubjectKind.PERSON, numberOf(cells.get(1)), cells.get(2), born, "SE"));
    }
    return subjects;
  }

  private static IdentityNumber numberOf(String cell) {
    return cell.isEmpty() ? null : IdentityNumber.parse(cell);
  }

  /** The cells of every row of the file but its header. */
  private static List<List<String>> rowsOf(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().map(ConvictionLookupBenchmark::cells).toList();
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
