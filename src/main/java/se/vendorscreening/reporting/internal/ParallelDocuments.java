package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.task.TaskExecutor;
import se.vendorscreening.screening.OutputFile;

/**
 * Writes a run's per-party documents (certificates, hearing letters) on the reporting's threads,
 * one task a document, while the caller reads the next parties: at most {@link #window()} documents
 * are handed out and not yet collected, so memory stays flat whatever the size of the run. The
 * documents are collected in the order they were handed out, which is the order of the manifest;
 * each names its own file, so the files are the same whichever thread writes them and when.
 *
 * <p>A document that fails fails the writing: {@link #add} or {@link #finish()} throws its failure
 * (with the file's name) and {@link #close()} stops the documents still waiting or being written,
 * and waits for them, before the caller's run fails.
 *
 * <p>Documents of several kinds can be handed out together, each kind in a lane of its own (the
 * hearing letters of excluded parties, of reviewed ones, the certificates, as one pass over the
 * results meets them): {@link #finish()} returns them lane by lane, each lane in the order its
 * documents were handed out, so that the manifest lists each kind together as it did when each was
 * written in a pass of its own.
 *
 * <p>Each task draws with fonts of its own ({@link PdfFonts} is not thread-safe): the fonts are
 * kept in a pool, taken by a task and given back when its document is written, so there are never
 * more of them than documents written at the same time.
 */
final class ParallelDocuments implements AutoCloseable {

  private final TaskExecutor executor;
  private final int window;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final List<List<OutputFile>> written;
  private final ConcurrentLinkedQueue<PdfFonts> workingFonts = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<PdfFonts> wholeFonts = new ConcurrentLinkedQueue<>();
  private final LongAdder[] cpuNanos;

  private record Pending(int lane, BackgroundTask<OutputFile> task) {}

  /**
   * Documents of one kind.
   *
   * @param executor the reporting's threads
   * @param window documents handed out and not yet collected, at most
   */
  ParallelDocuments(TaskExecutor executor, int window) {
    this(executor, window, 1);
  }

  /**
   * Documents of {@code lanes} kinds, handed out in one window.
   *
   * @param executor the reporting's threads
   * @param window documents handed out and not yet collected, at most, of all kinds together
   * @param lanes the kinds of document, numbered from 0 in the order {@link #finish()} lists them
   */
  ParallelDocuments(TaskExecutor executor, int window, int lanes) {
    this.executor = executor;
    this.window = Math.max(1, window);
    this.written = new ArrayList<>(lanes);
    this.cpuNanos = new LongAdder[lanes];
    for (int lane = 0; lane < lanes; lane++) {
      written.add(new ArrayList<>());
      cpuNanos[lane] = new LongAdder();
    }
  }

  /** Two documents a core: the cores kept busy while the oldest is still being written. */
  static int defaultWindow() {
    return 2 * Runtime.getRuntime().availableProcessors();
  }

  int window() {
    return window;
  }

  /** One document, drawn with the fonts a task is given. */
  @FunctionalInterface
  interface Document {
    /**
     * Writes the document with these fonts; returns null when a text has a letter the working cut
     * of the fonts lacks (it is then written again with the whole fonts).
     */
    OutputFile write(PdfFonts fonts) throws IOException;
  }

  /** One PDF drawn with the fonts a task is given. */
  @FunctionalInterface
  interface Drawing {
    /**
     * Draws the document with these fonts; returns its bytes, or null when a text has a letter the
     * working cut of the fonts lacks.
     */
    PdfFileBytes draw(PdfFonts fonts) throws IOException;
  }

  /**
   * Hands out, in {@code lane}, a document to be drawn and written to {@code file}, readable by its
   * owner only (see {@link #add(int, String, Document)}).
   *
   * @param name the file's name in the run folder, for the manifest
   */
  void addFile(int lane, Path file, String name, Drawing drawing) throws IOException {
    add(
        lane,
        file.getFileName().toString(),
        fonts -> {
          PdfFileBytes pdf = drawing.draw(fonts);
          return pdf == null ? null : OwnerOnlyFiles.write(file, name, pdf.bytes(), pdf.length());
        });
  }

  /**
   * Hands a document out to be written; first collects the oldest documents while {@link #window()}
   * are out, and throws if one of them failed.
   *
   * @param name the document's file name, for the failure's message
   */
  void add(String name, Document document) throws IOException {
    add(0, name, document);
  }

  /**
   * As {@link #add(String, Document)}, a document of the kind {@code lane}.
   *
   * @param lane the document's kind, from 0
   */
  void add(int lane, String name, Document document) throws IOException {
    while (pending.size() >= window) {
      collectOldest();
    }
    pending.addLast(
        new Pending(lane, BackgroundTask.start(executor, name, () -> write(lane, name, document))));
  }

  private void collectOldest() throws IOException {
    Pending oldest = pending.getFirst();
    OutputFile file = oldest.task().await();
    pending.removeFirst();
    written.get(oldest.lane()).add(file);
  }

  /**
   * Waits for every document handed out; returns them all, lane by lane, each lane's in the order
   * they were handed out.
   */
  List<OutputFile> finish() throws IOException {
    while (!pending.isEmpty()) {
      collectOldest();
    }
    List<OutputFile> all = new ArrayList<>();
    written.forEach(all::addAll);
    return all;
  }

  /** The CPU time of the threads while they wrote the documents collected so far and the others. */
  long cpuNanos() {
    long sum = 0;
    for (LongAdder lane : cpuNanos) {
      sum += lane.sum();
    }
    return sum;
  }

  /** As {@link #cpuNanos()}, for the documents of one lane. */
  long cpuNanos(int lane) {
    return cpuNanos[lane].sum();
  }

  /** The documents of one lane collected so far. */
  int written(int lane) {
    return written.get(lane).size();
  }

  private OutputFile write(int lane, String name, Document document) throws IOException {
    long cpuStarted = threadCpuNanos();
    try {
      OutputFile file = withFonts(workingFonts, false, document);
      if (file == null) {
        // a letter of the party's texts is not in the working cut: the whole fonts draw it
        file = withFonts(wholeFonts, true, document);
      }
      if (file == null) {
        throw new IllegalStateException("The whole fonts did not draw the document");
      }
      return file;
    } catch (IOException | RuntimeException e) {
      throw new IOException("Cannot write " + name + ": " + e.getMessage(), e);
    } finally {
      cpuNanos[lane].add(threadCpuNanos() - cpuStarted);
    }
  }

  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static OutputFile withFonts(
      ConcurrentLinkedQueue<PdfFonts> pool, boolean whole, Document document) throws IOException {
    PdfFonts fonts = pool.poll();
    if (fonts == null) {
      fonts = whole ? PdfFonts.whole() : PdfFonts.working();
    }
    OutputFile file = document.write(fonts);
    pool.add(fonts); // only fonts a document was written with whole are used again
    return file;
  }

  /**
   * Stops the documents not collected yet (those waiting do not start, those being written are
   * interrupted) and waits until none is being written.
   */
  @Override
  public void close() {
    for (Pending document : pending) {
      document.task().close();
    }
    pending.clear();
  }
}
