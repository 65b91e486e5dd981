package se.vendorscreening.intake.internal;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the one upsert statement each database runs by primary key without a scan: H2's {@code
 * MERGE INTO ... KEY (...)} and PostgreSQL's {@code INSERT ... ON CONFLICT}. (Standard SQL MERGE
 * runs on both, but H2 plans it as a scan per row, which made a 100,000-row import quadratic.)
 */
record Upsert(String table, List<String> keyColumns, List<String> otherColumns, boolean update) {

  /** Inserts, or updates the other columns of an existing row. */
  static Upsert insertOrUpdate(String table, List<String> keyColumns, List<String> otherColumns) {
    return new Upsert(table, keyColumns, otherColumns, true);
  }

  /** Inserts, or leaves an existing row as it is. */
  static Upsert insertIfAbsent(String table, List<String> keyColumns, List<String> otherColumns) {
    return new Upsert(table, keyColumns, otherColumns, false);
  }

  /**
   * A plain insert with the parameters of {@link #sql}: on H2 a row that is new costs one index
   * search less than its {@code MERGE}, which first looks for the row to update.
   */
  String insertSql() {
    return "insert into "
        + table
        + " ("
        + String.join(", ", columns())
        + ") values ("
        + values()
        + ")";
  }

  /** The key columns, then the others: the order of every statement's parameters. */
  List<String> columns() {
    return java.util.stream.Stream.concat(keyColumns.stream(), otherColumns.stream()).toList();
  }

  private String values() {
    return String.join(", ", Collections.nCopies(columns().size(), "?"));
  }

  /** The statement for the database product; parameters are key columns, then the others. */
  String sql(String databaseProductName) {
    String columnList = String.join(", ", columns());
    String values = values();
    if (databaseProductName.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
      return "merge into "
          + table
          + " ("
          + columnList
          + ") key ("
          + String.join(", ", keyColumns)
          + ") values ("
          + values
          + ")";
    }
    return "insert into " + table + " (" + columnList + ") values (" + values + ") " + onConflict();
  }

  /**
   * The PostgreSQL upsert of every row of a table that has this upsert's columns (a batch copied
   * into a temporary table, {@link PostgresCopyUpsert}); the table must name a key once.
   */
  String insertFrom(String source) {
    String columnList = String.join(", ", columns());
    return "insert into "
        + table
        + " ("
        + columnList
        + ") select "
        + columnList
        + " from "
        + source
        + " "
        + onConflict();
  }

  private String onConflict() {
    String action =
        update && !otherColumns.isEmpty()
            ? "do update set "
                + otherColumns.stream()
                    .map(column -> column + " = excluded." + column)
                    .collect(Collectors.joining(", "))
            : "do nothing";
    return "on conflict (" + String.join(", ", keyColumns) + ") " + action;
  }
}
