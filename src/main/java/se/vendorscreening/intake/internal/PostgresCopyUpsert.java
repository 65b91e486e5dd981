package se.vendorscreening.intake.internal;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * A batch of upserts on PostgreSQL in three statements instead of one a row: the rows are copied
 * ({@code COPY ... FROM STDIN}, CSV) into a temporary table of the upsert's columns, then moved
 * into the register by one {@code INSERT ... SELECT ... ON CONFLICT} with the same conflict action
 * as {@link Upsert#sql}. What the register holds afterwards is what the rows one after the other
 * would have left: where a batch names a key twice, the last row wins for an update and the first
 * for an insert-if-absent (one statement may not touch a row twice, so the batch is reduced first).
 *
 * <p>The temporary table belongs to the database session (a pooled connection keeps it) and is
 * emptied before each batch, so rows of a batch that failed halfway never reach the next one.
 */
final class PostgresCopyUpsert {

  private PostgresCopyUpsert() {}

  /** Upserts the rows on the connection, inside its current transaction if it has one. */
  static void upsert(Connection connection, Upsert upsert, List<Object[]> rows)
      throws SQLException {
    List<Object[]> reduced = reduced(upsert, rows);
    String staging = "copy_" + upsert.table();
    String columns = String.join(", ", upsert.columns());
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create temporary table if not exists "
              + staging
              + " as select "
              + columns
              + " from "
              + upsert.table()
              + " with no data");
      statement.execute("truncate " + staging);
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy " + staging + " (" + columns + ") from stdin with (format csv)",
              new StringReader(csv(reduced)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(upsert.insertFrom(staging));
    }
  }

  private static List<Object[]> reduced(Upsert upsert, List<Object[]> rows) {
    int keys = upsert.keyColumns().size();
    Map<List<Object>, Object[]> byKey = new LinkedHashMap<>();
    for (Object[] row : rows) {
      List<Object> key = Arrays.asList(Arrays.copyOf(row, keys));
      if (upsert.update()) {
        byKey.put(key, row);
      } else {
        byKey.putIfAbsent(key, row);
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * PostgreSQL's CSV: a text is always quoted (an empty text stays an empty text), a null is an
   * empty unquoted field.
   */
  static String csv(List<Object[]> rows) {
    StringWriter text = new StringWriter();
    try (ICSVWriter writer =
        new CSVWriter(
            text,
            ',',
            ICSVWriter.DEFAULT_QUOTE_CHARACTER,
            ICSVWriter.DEFAULT_QUOTE_CHARACTER,
            "\n")) {
      for (Object[] row : rows) {
        writer.writeNext(
            Arrays.stream(row).map(PostgresCopyUpsert::field).toArray(String[]::new), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String field(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Number || value instanceof LocalDate || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException(
        "no COPY text for a " + value.getClass().getName() + " in the register's rows");
  }
}
