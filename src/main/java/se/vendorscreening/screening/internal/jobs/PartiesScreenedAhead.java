package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;
import se.vendorscreening.intake.PartyPositions;
import se.vendorscreening.intake.RegisteredParty;

/**
 * The parties step's reader: reads the parties and has them checked on the party executor ahead of
 * the chunk being written (their results' rows, {@code T}), so that the parties of the next chunk
 * are checked while the chunk's results are written and committed (the writer no longer waits for
 * the checks of a chunk, nor the checks for the writer). It returns the checked parties' rows in
 * the order of the parties.
 *
 * <p>Restart: the position saved with a chunk is after the last party returned, which is the last
 * one the chunk writes ({@link PartyPositions}), not after the last one read ahead; a restart
 * checks the parties read ahead again. A party whose check failed fails the read, and so its chunk
 * and the step, as a failing processor did.
 *
 * <p>One instance serves every execution of its step (the step is a singleton; its reader and
 * processor are step-scoped proxies): what an execution reads ahead is kept by step execution,
 * since Spring Batch opens, reads, updates and closes a step's reader on the step's own thread with
 * its step context registered.
 */
final class PartiesScreenedAhead<T> implements ItemStreamReader<T> {

  private final ItemStreamReader<RegisteredParty> parties;
  private final ItemProcessor<RegisteredParty, T> checks;
  private final AsyncTaskExecutor partyExecutor;
  private final int ahead;
  private final Map<Long, Execution<T>> executions = new ConcurrentHashMap<>();

  /**
   * @param parties the step's parties (a reader that can hold its saved position back: {@link
   *     PartyPositions}, or a step-scoped proxy of one)
   * @param checks checks a party and makes its rows (a step-scoped proxy is resolved on the step's
   *     thread, since the party threads have no step context)
   * @param ahead how many parties are being checked at most beyond the last one returned
   */
  PartiesScreenedAhead(
      ItemStreamReader<RegisteredParty> parties,
      ItemProcessor<RegisteredParty, T> checks,
      AsyncTaskExecutor partyExecutor,
      int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("ahead must be at least 1: " + ahead);
    }
    this.parties = parties;
    this.checks = checks;
    this.partyExecutor = partyExecutor;
    this.ahead = ahead;
  }

  private record Pending<R>(RegisteredParty party, Future<R> rows) {}

  /** What one step execution has read ahead, and the last party it returned. */
  private static final class Execution<R> {
    final PartyPositions positions;
    final ItemProcessor<RegisteredParty, R> checks;
    final Deque<Pending<R>> pending = new ArrayDeque<>();
    RegisteredParty lastReturned;
    boolean exhausted;

    Execution(PartyPositions positions, ItemProcessor<RegisteredParty, R> checks) {
      this.positions = positions;
      this.checks = checks;
    }
  }

  @Override
  public void open(ExecutionContext context) {
    Object reader = target(parties);
    if (!(reader instanceof PartyPositions positions)) {
      throw new IllegalStateException(
          "The parties are checked ahead only from a reader that can hold its saved position back,"
              + " not from "
              + reader.getClass().getName());
    }
    @SuppressWarnings("unchecked")
    ItemProcessor<RegisteredParty, T> resolved = (ItemProcessor<RegisteredParty, T>) target(checks);
    parties.open(context);
    executions.put(stepExecutionId(), new Execution<>(positions, resolved));
  }

  @Override
  public T read() throws Exception {
    Execution<T> execution = execution();
    while (!execution.exhausted && execution.pending.size() < ahead) {
      RegisteredParty party = parties.read();
      if (party == null) {
        execution.exhausted = true;
      } else {
        ItemProcessor<RegisteredParty, T> check = execution.checks;
        execution.pending.add(
            new Pending<>(party, partyExecutor.submit(() -> check.process(party))));
      }
    }
    Pending<T> next = execution.pending.poll();
    if (next == null) {
      return null;
    }
    T rows = rowsOf(next);
    execution.lastReturned = next.party();
    return rows;
  }

  @Override
  public void update(ExecutionContext context) {
    Execution<T> execution = executions.get(stepExecutionId());
    if (execution != null && execution.lastReturned != null) {
      execution.positions.savePositionAfter(execution.lastReturned);
    }
    parties.update(context);
  }

  @Override
  public void close() {
    Execution<T> execution = executions.remove(stepExecutionId());
    if (execution != null) {
      // never interrupted: an interrupt inside H2's file I/O closes the database's file channel;
      // a party still being checked finishes (or fails, its step being over) and is dropped
      execution.pending.forEach(pending -> pending.rows().cancel(false));
      execution.pending.clear();
    }
    parties.close();
  }

  private Execution execution() {
    Execution<T> execution = executions.get(stepExecutionId());
    if (execution == null) {
      throw new IllegalStateException("The parties were read before the step opened its reader");
    }
    return execution;
  }

  private static <R> R rowsOf(Pending<R> pending) throws Exception {
    R rows;
    try {
      rows = pending.rows().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    if (rows == null) {
      // a missing result would end the step as if the parties had run out
      throw new IllegalStateException(
          "No result for party "
              + pending.party().key()
              + " of "
              + pending.party().procurementId());
    }
    return rows;
  }

  private static long stepExecutionId() {
    StepContext context = StepSynchronizationManager.getContext();
    if (context == null) {
      throw new IllegalStateException("The parties' reader is used outside its step");
    }
    return context.getStepExecution().getId();
  }

  /** The object behind a step-scoped proxy, resolved in the step's context; else the object. */
  private static Object target(Object bean) {
    return bean instanceof ScopedObject scoped ? scoped.getTargetObject() : bean;
  }
}
