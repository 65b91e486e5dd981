package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import se.vendorscreening.shared.Sha256;

/**
 * Reads the input files through once before anything is written: refuses a file that cannot be read
 * at all (size, format, header, limits), records its hash and row count, and learns what the vendor
 * list's rows depend on.
 */
@Component
class ListInspector {

  private final IntakeProperties properties;
  private final AsyncTaskExecutor representativesExecutor;

  /** Reads the representatives on the calling thread after the vendor list (tests). */
  ListInspector(IntakeProperties properties) {
    this(properties, Runnable::run);
  }

  /**
   * @param representativesExecutor reads the representatives while the calling thread reads the
   *     vendor list
   */
  @Autowired
  ListInspector(
      IntakeProperties properties,
      @Qualifier(IntakeThreads.LIST_INSPECTION) TaskExecutor representativesExecutor) {
    this.properties = properties;
    this.representativesExecutor =
        representativesExecutor instanceof AsyncTaskExecutor async
            ? async
            : new TaskExecutorAdapter(representativesExecutor);
  }

  /**
   * The lists of an import read through once: each counted and hashed, and the vendor list's keys
   * learnt on the way ({@link VendorListKeys}).
   *
   * @param lists the vendor list first, then the representatives' if there is one
   */
  record Inspection(List<InspectedList> lists, VendorListKeys keys) {

    /** Where the vendor list was found: the import's readers and writers take it from here. */
    ListLocation vendors() {
      return lists.get(0).location();
    }

    /** Where the representatives were found, or null when the import has none. */
    ListLocation representatives() {
      return lists.size() > 1 ? lists.get(1).location() : null;
    }
  }

  /**
   * @throws UnreadableFileException naming the first file that cannot be read, and why
   */
  Inspection inspect(Path vendors, Path representatives) {
    checkSize(vendors);
    if (representatives != null) {
      checkSize(representatives);
    }
    ListLocation vendorList = ListLocator.vendors(vendors);
    // the representatives are located, read and hashed while the vendor list is read: the two
    // do not depend on each other, and the import waits for both
    Future<Optional<InspectedList>> representativeList =
        representativesExecutor.submit(
            () ->
                ListLocator.representatives(vendorList, representatives)
                    .map(location -> inspect(location, RepresentativeColumn.class, row -> {})));
    List<InspectedList> lists = new ArrayList<>();
    VendorListKeys.Collector keys = new VendorListKeys.Collector();
    try {
      lists.add(inspect(vendorList, VendorColumn.class, keys::add));
    } catch (RuntimeException e) {
      representativeList.cancel(false);
      throw e; // the vendor list's problem is told first, as when the lists were read in turn
    }
    result(representativeList).ifPresent(lists::add);
    return new Inspection(List.copyOf(lists), keys.keys());
  }

  /** The inspection of the representatives, or what it threw. */
  private static Optional<InspectedList> result(Future<Optional<InspectedList>> inspection) {
    try {
      return inspection.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the representatives were read", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private <C extends Enum<C> & ListColumn> InspectedList inspect(
      ListLocation location, Class<C> columns, Consumer<ListRow<C>> eachRow) {
    long rows = 0;
    try (ListRows<C> list = ListRows.open(location, columns, properties)) {
      for (ListRow<C> row = list.next(); row != null; row = list.next()) {
        rows++;
        eachRow.accept(row);
      }
    }
    if (rows == 0 && location.kind() == ListKind.VENDORS) {
      throw new UnreadableFileException(location.displayName(), "unreadable.noRows");
    }
    return new InspectedList(location, sha256(location.path(), location.displayName()), rows);
  }

  private void checkSize(Path path) {
    try {
      if (Files.isRegularFile(path) && Files.size(path) > properties.maxFileSize().toBytes()) {
        throw new UnreadableFileException(
            path.toString(), "unreadable.tooLarge", readable(properties.maxFileSize()));
      }
    } catch (IOException e) {
      throw new UnreadableFileException(path.toString(), e, "unreadable.io", e.getMessage());
    }
  }

  /** {@code 200 MB}, or {@code 64 KB} below a megabyte. */
  private static String readable(DataSize size) {
    return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }

  static String sha256(Path path, String displayName) {
    try {
      return Sha256.ofFile(path);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    }
  }
}
