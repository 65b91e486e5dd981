package se.vendorscreening.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * A task scheduler whose time only moves when a test says so: {@link #advance} runs, on the test's
 * thread and in time order, every task that has come due. A task due now runs at once. Tests drive
 * time with it instead of sleeping against the wall clock. A thread that waits for a task ({@link
 * ScheduledFuture#get()}) waits until the test's {@link #advance} has run it.
 */
public final class ManualTaskScheduler implements TaskScheduler {

  private final List<Task> tasks = new ArrayList<>();
  private Instant now;

  public ManualTaskScheduler(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Clock getClock() {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  /** Moves time forward, running each task when its time comes. */
  public void advance(Duration duration) {
    Instant until;
    synchronized (this) {
      until = now.plus(duration);
    }
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(task -> !task.at.isAfter(until))
                .min(Comparator.comparing((Task task) -> task.at).thenComparing(task -> task.order))
                .orElse(null);
        if (next == null) {
          now = until;
          return;
        }
        now = next.at;
        tasks.remove(next);
        if (next.every != null) {
          next.at = next.at.plus(next.every);
          tasks.add(next);
        }
      }
      try {
        next.command.run();
      } finally {
        synchronized (this) {
          next.runs++;
          notifyAll();
        }
      }
    }
  }

  /** The tasks waiting for their time. */
  public synchronized int pending() {
    return tasks.size();
  }

  /** When the tasks waiting for their time are due, earliest first. */
  public synchronized List<Instant> due() {
    return tasks.stream().map(task -> task.at).sorted().toList();
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
    return add(task, startTime, null);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
    return add(task, getClock().instant().plus(delay), delay);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable task, Instant startTime, Duration delay) {
    return add(task, startTime, delay);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
    return add(task, getClock().instant().plus(period), period);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
    return add(task, startTime, period);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
    throw new UnsupportedOperationException("triggers are not used with this scheduler");
  }

  private long added;

  private ScheduledFuture<?> add(Runnable command, Instant at, Duration every) {
    Task task;
    synchronized (this) {
      task = new Task(command, at, every, added++);
      tasks.add(task);
    }
    advance(Duration.ZERO);
    return task;
  }

  private final class Task implements ScheduledFuture<Object> {
    private final Runnable command;
    private final Duration every;
    private final long order;
    private Instant at;
    private volatile int runs;
    private volatile boolean cancelled;

    private Task(Runnable command, Instant at, Duration every, long order) {
      this.command = command;
      this.at = at;
      this.every = every;
      this.order = order;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(getClock().instant(), at));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (ManualTaskScheduler.this) {
        cancelled = tasks.remove(this);
        ManualTaskScheduler.this.notifyAll();
        return cancelled;
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return cancelled || (every == null && runs > 0);
    }

    /** Waits until the test's {@link #advance} has run the task (or it was cancelled). */
    @Override
    public Object get() throws InterruptedException {
      synchronized (ManualTaskScheduler.this) {
        while (!isDone()) {
          ManualTaskScheduler.this.wait();
        }
      }
      if (cancelled) {
        throw new CancellationException();
      }
      return null;
    }

    @Override
    public Object get(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
      long until = System.nanoTime() + unit.toNanos(timeout);
      synchronized (ManualTaskScheduler.this) {
        while (!isDone()) {
          long left = until - System.nanoTime();
          if (left <= 0) {
            throw new TimeoutException("not run yet: advance the scheduler's time");
          }
          TimeUnit.NANOSECONDS.timedWait(ManualTaskScheduler.this, left);
        }
      }
      if (cancelled) {
        throw new CancellationException();
      }
      return null;
    }
  }
}
