package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

  ListInspector(IntakeProperties properties) {
    this.properties = properties;
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
    List<InspectedList> lists = new ArrayList<>();
    VendorListKeys.Collector keys = new VendorListKeys.Collector();
    ListLocation vendorList = ListLocator.vendors(vendors);
    lists.add(inspect(vendorList, VendorColumn.class, keys::add));
    ListLocator.representatives(vendorList, representatives)
        .ifPresent(location -> lists.add(inspect(location, RepresentativeColumn.class, row -> {})));
    return new Inspection(List.copyOf(lists), keys.keys());
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
