package se.vendorscreening.graph.internal;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.vendorscreening.graph.OwnershipFileException;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * Reads the ownership file (UTF-8 CSV, comma or semicolon, Swedish or English headers;
 * docs/ownership.md). Any bad row stops the file: ownership decides an exclusion, so a half-read
 * file would clear owners it did not read.
 */
final class OwnershipFileReader {

  private OwnershipFileReader() {}

  static List<OwnershipStake> read(Path file) {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(64 * 1024);
      String first = in.readLine();
      if (first == null) {
        throw new OwnershipFileException(name + ": empty file", "owners.empty", name);
      }
      in.reset();
      char separator = count(first, ';') > count(first, ',') ? ';' : ',';
      try (CSVReader csv =
          new CSVReaderBuilder(in)
              .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
              .build()) {
        Map<OwnershipColumn, Integer> columns = columns(name, csv.readNext());
        List<OwnershipStake> stakes = new ArrayList<>();
        String[] row;
        while ((row = csv.readNext()) != null) {
          long line = csv.getLinesRead();
          if (row.length == 1 && row[0].isBlank()) {
            continue;
          }
          stakes.add(stake(name, line, row, columns));
        }
        return stakes;
      }
    } catch (IOException | CsvValidationException e) {
      throw new OwnershipFileException(
          name + ": cannot be read: " + e.getMessage(), "owners.unreadable", name, e.getMessage());
    }
  }

  private static Map<OwnershipColumn, Integer> columns(String name, String[] header) {
    Map<OwnershipColumn, Integer> columns = new EnumMap<>(OwnershipColumn.class);
    for (int i = 0; header != null && i < header.length; i++) {
      for (OwnershipColumn column : OwnershipColumn.values()) {
        if (column.matches(header[i])) {
          columns.putIfAbsent(column, i);
        }
      }
    }
    for (OwnershipColumn column : OwnershipColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        throw new OwnershipFileException(
            name + ": column " + column.englishHeader() + " is missing",
            "owners.columnMissing",
            name,
            column.englishHeader());
      }
    }
    if (!columns.containsKey(OwnershipColumn.OWNER)
        && !columns.containsKey(OwnershipColumn.OWNER_ID)) {
      throw new OwnershipFileException(
          name + ": column owner or owner_id is missing", "owners.ownerColumnMissing", name);
    }
    return columns;
  }

  private static OwnershipStake stake(
      String name, long line, String[] row, Map<OwnershipColumn, Integer> columns) {
    String ownerName = value(row, columns, OwnershipColumn.OWNER);
    String ownerId = value(row, columns, OwnershipColumn.OWNER_ID);
    if (ownerName == null && ownerId == null) {
      throw bad(name, line, OwnershipColumn.OWNER, "", "owners.ownerMissing");
    }
    String owned = value(row, columns, OwnershipColumn.OWNED_ORG_NO);
    String ownedKey;
    try {
      ownedKey = IdentityNumber.parse(owned).canonical();
    } catch (InvalidIdentityNumberException | NullPointerException e) {
      // the last four digits masked: the value may be a mistyped personnummer
      String shown = owned == null ? null : owned.replaceAll("[0-9]{4}$", "****");
      throw bad(name, line, OwnershipColumn.OWNED_ORG_NO, shown, "owners.badOrgNo");
    }
    String shareText = value(row, columns, OwnershipColumn.SHARE_PERCENT);
    BigDecimal share;
    try {
      share = new BigDecimal(shareText.replace("%", "").replace(',', '.').strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw bad(name, line, OwnershipColumn.SHARE_PERCENT, shareText, "owners.badShare");
    }
    if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw bad(name, line, OwnershipColumn.SHARE_PERCENT, shareText, "owners.badShare");
    }
    String country = value(row, columns, OwnershipColumn.OWNER_COUNTRY);
    if (country == null || !country.matches("[A-Za-z]{2}")) {
      throw bad(name, line, OwnershipColumn.OWNER_COUNTRY, country, "owners.badCountry");
    }
    String dateText = value(row, columns, OwnershipColumn.DATE);
    LocalDate date;
    try {
      date = dateText == null ? null : LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw bad(name, line, OwnershipColumn.DATE, dateText, "owners.badDate");
    }
    return new OwnershipStake(
        ownerId, ownerName, ownedKey, share, country.toUpperCase(Locale.ROOT), date, line);
  }

  private static String value(
      String[] row, Map<OwnershipColumn, Integer> columns, OwnershipColumn column) {
    Integer index = columns.get(column);
    if (index == null || index >= row.length || row[index].isBlank()) {
      return null;
    }
    return row[index].strip();
  }

  private static OwnershipFileException bad(
      String name, long line, OwnershipColumn column, String value, String reasonKey) {
    String shown = value == null ? "" : value;
    return new OwnershipFileException(
        name
            + " line "
            + line
            + ", column "
            + column.englishHeader()
            + ", value '"
            + shown
            + "': "
            + reasonKey,
        reasonKey,
        name,
        line,
        column.englishHeader(),
        shown);
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
