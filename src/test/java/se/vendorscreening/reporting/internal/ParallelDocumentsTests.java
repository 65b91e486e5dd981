package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The per-party documents written on several threads: collected in the order they were handed out
 * whichever finishes first, never more out at a time than the window, and a document that fails
 * fails the writing with its file's name, with nothing still being written afterwards.
 */
class ParallelDocumentsTests {

  private static ThreadPoolTaskExecutor pool;

  @BeforeAll
  static void startThreads() {
    pool = BoundedThreads.pool("ppd-test-", 4);
    pool.initialize();
  }

  @AfterAll
  static void stopThreads() {
    pool.shutdown();
  }

  @Test
  void collectsTheDocumentsInTheOrderTheyWereHandedOutWhenALaterOneFinishesFirst()
      throws Exception {
    CountDownLatch lastWritten = new CountDownLatch(1);
    List<OutputFile> written;
    try (ParallelDocuments documents = new ParallelDocuments(pool, 3)) {
      documents.add(
          "first.pdf",
          fonts -> {
            // the first document ends only after the third has been written
            try {
              assertThat(lastWritten.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
            return file("first.pdf");
          });
      documents.add("second.pdf", fonts -> file("second.pdf"));
      documents.add(
          "third.pdf",
          fonts -> {
            lastWritten.countDown();
            return file("third.pdf");
          });
      written = documents.finish();
    }
    assertThat(written)
        .extracting(OutputFile::name)
        .containsExactly("first.pdf", "second.pdf", "third.pdf");
  }

  @Test
  void handsOutNoMoreDocumentsAtATimeThanTheWindow() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<String> names = new ArrayList<>();
    List<OutputFile> written;
    try (ParallelDocuments documents = new ParallelDocuments(pool, 2)) {
      for (int i = 0; i < 40; i++) {
        String name = "doc-" + i + ".pdf";
        names.add(name);
        documents.add(
            name,
            fonts -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              fonts.coversAll('a'); // some work with the task's own fonts
              running.decrementAndGet();
              return file(name);
            });
      }
      written = documents.finish();
    }
    assertThat(written).extracting(OutputFile::name).containsExactlyElementsOf(names);
    assertThat(most.get()).isBetween(1, 2);
  }

  @Test
  void aDocumentThatFailsFailsTheWritingWithItsNameAndNothingIsWrittenAfterwards()
      throws Exception {
    AtomicInteger running = new AtomicInteger();
    Set<Integer> started = ConcurrentHashMap.newKeySet();
    int window = 4;
    int brokenAt = 5;
    ParallelDocuments documents = new ParallelDocuments(pool, window);
    assertThatThrownBy(
            () -> {
              try (documents) {
                for (int i = 0; i < 200; i++) {
                  String name = "doc-" + i + ".pdf";
                  int index = i;
                  documents.add(
                      name,
                      fonts -> {
                        running.incrementAndGet();
                        started.add(index);
                        try {
                          if (index == brokenAt) {
                            throw new IllegalStateException("a broken table");
                          }
                          return file(name);
                        } finally {
                          running.decrementAndGet();
                        }
                      });
                }
                documents.finish();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("doc-5.pdf")
        .hasMessageContaining("a broken table");
    // closed: nothing is being written once the failure has reached the caller
    assertThat(running.get()).isZero();
    // the documents before the failed one were all written; behind it at most the window's others
    // had been handed out when the caller waited for it, and none after those was started (which
    // of those few ran depends on the threads, so only the bound is asserted)
    assertThat(started).containsAll(List.of(0, 1, 2, 3, 4, brokenAt));
    assertThat(started).allSatisfy(index -> assertThat(index).isLessThan(brokenAt + window));
  }

  @Test
  void listsTheDocumentsLaneByLaneEachInTheOrderItsDocumentsWereHandedOut() throws Exception {
    List<OutputFile> written;
    try (ParallelDocuments documents = new ParallelDocuments(pool, 2, 3)) {
      // handed out as one pass over the parties meets them, the kinds interleaved
      documents.add(2, "c1.pdf", fonts -> file("c1.pdf"));
      documents.add(0, "x1.pdf", fonts -> file("x1.pdf"));
      documents.add(2, "c2.pdf", fonts -> file("c2.pdf"));
      documents.add(1, "r1.pdf", fonts -> file("r1.pdf"));
      documents.add(2, "c3.pdf", fonts -> file("c3.pdf"));
      documents.add(0, "x2.pdf", fonts -> file("x2.pdf"));
      documents.add(1, "r2.pdf", fonts -> file("r2.pdf"));
      written = documents.finish();
      assertThat(documents.written(0)).isEqualTo(2);
      assertThat(documents.written(1)).isEqualTo(2);
      assertThat(documents.written(2)).isEqualTo(3);
    }
    assertThat(written)
        .extracting(OutputFile::name)
        .containsExactly("x1.pdf", "x2.pdf", "r1.pdf", "r2.pdf", "c1.pdf", "c2.pdf", "c3.pdf");
  }

  private static OutputFile file(String name) {
    return new OutputFile(name, "0".repeat(64), 1);
  }
}
