package se.vendorscreening.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of validated rows in the chunk's transaction: accepted rows to the register,
 * rejected rows and the fields ignored in accepted ones with their reasons; then reports progress.
 */
class RowOutcomeWriter<T> implements ItemWriter<RowOutcome<T>> {

  private final String importId;
  private final ListLocation location;
  private final BiConsumer<String, List<T>> acceptedWriter;
  private final RegisterWriter register;
  private final ImportProgress progress;

  RowOutcomeWriter(
      String importId,
      ListLocation location,
      BiConsumer<String, List<T>> acceptedWriter,
      RegisterWriter register,
      ImportProgress progress) {
    this.importId = importId;
    this.location = location;
    this.acceptedWriter = acceptedWriter;
    this.register = register;
    this.progress = progress;
  }

  @Override
  public void write(Chunk<? extends RowOutcome<T>> chunk) {
    List<T> accepted = new ArrayList<>();
    List<RowOutcome<?>> rejected = new ArrayList<>();
    for (RowOutcome<T> outcome : chunk) {
      if (outcome instanceof RowOutcome.Accepted<T> ok) {
        accepted.add(ok.row());
        if (!ok.ignoredFields().isEmpty()) {
          rejected.add(ok);
        }
      } else {
        rejected.add((RowOutcome.Rejected<T>) outcome);
      }
    }
    acceptedWriter.accept(importId, accepted);
    register.writeRejections(importId, location, rejected);
    progress.rowsWritten(chunk.size());
  }
}
