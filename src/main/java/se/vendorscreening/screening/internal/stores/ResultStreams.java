package se.vendorscreening.screening.internal.stores;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.internal.stores.PartyResultStore.PartyHead;

/**
 * Streams party results from a query over results joined with their findings, one party per group
 * of consecutive rows, with a database cursor (on H2, lazy query execution): memory does not grow
 * with the number of parties, as long as the query's ORDER BY is one an index gives. PostgreSQL
 * only uses a cursor outside auto-commit, so the stream switches it off on a connection of its own
 * and restores it when closed.
 */
final class ResultStreams {

  private static final int FETCH_SIZE = 500;

  private ResultStreams() {}

  /**
   * @param lazyOnH2 whether the database is H2 and the query should run lazily there: for a run's
   *     results in an index's order; not for a handful of rows, where the two statements that
   *     switch it on and off cost more than they save
   */
  static <T> Stream<T> stream(
      DataSource dataSource,
      String sql,
      List<?> arguments,
      BiFunction<PartyHead, List<Finding>, T> mapper,
      boolean lazyOnH2) {
    return open(dataSource, sql, arguments, rows -> new GroupIterator<>(rows, mapper), lazyOnH2);
  }

  /**
   * The query's rows one by one, as the mapper reads them (close the stream), with a cursor as
   * {@link #stream}.
   */
  static <T> Stream<T> rows(
      DataSource dataSource,
      String sql,
      List<?> arguments,
      org.springframework.jdbc.core.RowMapper<T> mapper,
      boolean lazyOnH2) {
    return open(dataSource, sql, arguments, rows -> new RowIterator<>(rows, mapper), lazyOnH2);
  }

  private static <T> Stream<T> open(
      DataSource dataSource,
      String sql,
      List<?> arguments,
      java.util.function.Function<ResultSet, Iterator<T>> iterator,
      boolean lazyOnH2) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    boolean transactional = DataSourceUtils.isConnectionTransactional(connection, dataSource);
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (!transactional && autoCommit) {
        connection.setAutoCommit(false);
      }
      if (lazyOnH2) {
        setLazy(connection, true);
      }
      PreparedStatement statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH_SIZE);
      for (int i = 0; i < arguments.size(); i++) {
        statement.setObject(i + 1, arguments.get(i));
      }
      ResultSet rows = statement.executeQuery();
      Iterator<T> groups = iterator.apply(rows);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(
                  groups, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(
              () ->
                  close(
                      dataSource,
                      connection,
                      statement,
                      rows,
                      !transactional && autoCommit,
                      lazyOnH2));
    } catch (SQLException e) {
      IllegalStateException failure = new IllegalStateException("cannot read screening results", e);
      if (lazyOnH2) {
        try {
          setLazy(connection, false);
        } catch (SQLException resetFailed) {
          failure.addSuppressed(resetFailed);
        }
      }
      DataSourceUtils.releaseConnection(connection, dataSource);
      throw failure;
    }
  }

  private static void close(
      DataSource dataSource,
      Connection connection,
      PreparedStatement statement,
      ResultSet rows,
      boolean restoreAutoCommit,
      boolean lazy) {
    try {
      rows.close();
      statement.close();
      if (lazy) {
        setLazy(connection, false);
      }
      if (restoreAutoCommit) {
        connection.commit();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close screening results", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * H2 materializes a whole result before the first row unless the session executes queries lazily;
   * PostgreSQL streams with a cursor (auto-commit off and a fetch size).
   */
  private static void setLazy(Connection connection, boolean lazy) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set lazy_query_execution " + lazy);
    }
  }

  /** Iterates over a cursor's rows; {@link #read} reads from the current row on, and moves past. */
  private abstract static class CursorIterator<T> implements Iterator<T> {
    final ResultSet rows;
    boolean onRow;
    private boolean started;

    CursorIterator(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      try {
        if (!started) {
          onRow = rows.next();
          started = true;
        }
        return onRow;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read screening results", e);
      }
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      try {
        return read();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read screening results", e);
      }
    }

    abstract T read() throws SQLException;
  }

  private static final class RowIterator<T> extends CursorIterator<T> {
    private final org.springframework.jdbc.core.RowMapper<T> mapper;
    private int number;

    RowIterator(ResultSet rows, org.springframework.jdbc.core.RowMapper<T> mapper) {
      super(rows);
      this.mapper = mapper;
    }

    @Override
    T read() throws SQLException {
      T row = mapper.mapRow(rows, number++);
      onRow = rows.next();
      return row;
    }
  }

  private static final class GroupIterator<T> extends CursorIterator<T> {
    private final BiFunction<PartyHead, List<Finding>, T> mapper;

    GroupIterator(ResultSet rows, BiFunction<PartyHead, List<Finding>, T> mapper) {
      super(rows);
      this.mapper = mapper;
    }

    @Override
    T read() throws SQLException {
      PartyHead head = PartyHead.of(rows);
      // Findings come in any order within a party: sorting them here spares the database a
      // sort of the whole run.
      SortedMap<Integer, Finding> findings = new TreeMap<>();
      do {
        Finding finding = PartyResultStore.findingOf(rows);
        if (finding != null) {
          findings.put(rows.getInt("ordinal"), finding);
        }
        onRow = rows.next();
      } while (onRow && head.sameParty(rows));
      return mapper.apply(head, new ArrayList<>(findings.values()));
    }
  }
}
