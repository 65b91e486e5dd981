package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the input files through once before anything is written: refuses a file that cannot be read
 * at all (size, format, header, limits), and records its hash and row count.
 */
@Component
class ListInspector {

  private final IntakeProperties properties;

  ListInspector(IntakeProperties properties) {
    this.properties = properties;
  }

  /**
   * @throws UnreadableFileException naming the first file that cannot be read, and why
   */
  List<InspectedList> inspect(Path vendors, Path representatives) {
    checkSize(vendors);
    if (representatives != null) {
      checkSize(representatives);
    }
    List<InspectedList> lists = new ArrayList<>();
    ListLocation vendorList = ListLocator.vendors(vendors);
    lists.add(inspect(vendorList, VendorColumn.class));
    ListLocator.representatives(vendors, representatives)
        .ifPresent(location -> lists.add(inspect(location, RepresentativeColumn.class)));
    return lists;
  }

  private <C extends Enum<C> & ListColumn> InspectedList inspect(
      ListLocation location, Class<C> columns) {
    long rows = 0;
    try (ListRows<C> list = ListRows.open(location, columns, properties)) {
      while (list.next() != null) {
        rows++;
      }
    }
    return new InspectedList(location, sha256(location.path(), location.displayName()), rows);
  }

  private void checkSize(Path path) {
    try {
      if (Files.isRegularFile(path) && Files.size(path) > properties.maxFileSize().toBytes()) {
        throw new UnreadableFileException(
            path.toString(), "unreadable.tooLarge", properties.maxFileSize().toMegabytes());
      }
    } catch (IOException e) {
      throw new UnreadableFileException(path.toString(), e, "unreadable.io", e.getMessage());
    }
  }

  static String sha256(Path path, String displayName) {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
