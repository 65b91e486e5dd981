package se.vendorscreening.registry.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps each raw HTTP answer in {@code registry_evidence}. Answers are queued and written in
 * batches on the registries' timer ({@link RegistryLoading}), so that storing evidence never slows
 * a check down; {@link #flush()} waits until everything queued is written.
 */
@Component
class EvidenceStore implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
  private static final int BATCH = 500;
  private static final Duration WRITE_EVERY = Duration.ofMillis(200);
  private static final int MAX_BODY = 1_000_000;
  private static final String INSERT =
      "insert into registry_evidence (id, check_name, subject_key, url, retrieved_at, sha256,"
          + " status, body) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final AtomicLong lastStamp = new AtomicLong();
  private final LinkedBlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();
  private final TaskScheduler writer;
  private final ScheduledFuture<?> writing;

  /**
   * @param writer writes what is queued every 200 ms, and on {@link #flush()}
   */
  EvidenceStore(JdbcTemplate jdbc, @Qualifier(RegistryLoading.TIMER) TaskScheduler writer) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.writing = writer.scheduleWithFixedDelay(this::writeQueued, WRITE_EVERY);
  }

  /** Queues a raw answer and returns the id it will be stored under. */
  String store(
      String check,
      String subjectKey,
      String url,
      Instant retrievedAt,
      String sha256,
      int status,
      byte[] body) {
    String id = nextId();
    queue.add(
        new Object[] {
          id,
          check,
          subjectKey,
          url,
          Timestamp.valueOf(LocalDateTime.ofInstant(retrievedAt, ZoneOffset.UTC)),
          sha256,
          status,
          bodyText(body)
        });
    return id;
  }

  /**
   * A version 7 UUID (RFC 9562): the time in milliseconds (the timer's clock, the application's one
   * clock), then a counter within the millisecond (method 3), then random bits. The ids rise in the
   * order the answers came, so each insert lands at the end of the primary key's index instead of
   * at a random place in it, which at thousands of answers a second was most of the writer's work.
   */
  String nextId() {
    long now = writer.getClock().millis() << 12;
    long stamp = lastStamp.updateAndGet(last -> Math.max(now, last + 1));
    long high = (stamp >>> 12) << 16 | 0x7000L | (stamp & 0xFFFL);
    long low = ThreadLocalRandom.current().nextLong() >>> 2 | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }

  private static String bodyText(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    // The column holds a million characters; the SHA-256 still covers the whole body.
    return text.length() > MAX_BODY ? text.substring(0, MAX_BODY) : text;
  }

  /**
   * Writes everything queued so far, and waits until it is written: on the writer's thread, outside
   * any transaction of the caller's.
   */
  void flush() {
    try {
      writer.schedule(this::writeQueued, writer.getClock().instant()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not store registry evidence", e.getCause());
    }
  }

  /** One writer at a time, so that a flush returns only after a write in progress has ended. */
  private synchronized void writeQueued() {
    List<Object[]> batch = new ArrayList<>(BATCH);
    while (queue.drainTo(batch, BATCH) > 0) {
      try {
        insertInOneTransaction(batch);
      } catch (RuntimeException e) {
        log.error("Could not store {} registry answers as evidence", batch.size(), e);
      }
      batch.clear();
    }
  }

  /**
   * One commit a batch: with auto-commit on, the database commits every row of a JDBC batch, and
   * over HTTP (thousands of answers a second) the commits were a noticeable part of the CPU.
   */
  private void insertInOneTransaction(List<Object[]> batch) {
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              boolean autoCommit = connection.getAutoCommit();
              connection.setAutoCommit(false);
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Object[] row : batch) {
                  for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                  }
                  insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
              } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
              } finally {
                connection.setAutoCommit(autoCommit);
              }
              return null;
            });
  }

  @Override
  public void destroy() {
    // on the closing thread: the timer has already been paused by the context's lifecycle stop
    writing.cancel(false);
    writeQueued();
  }
}
