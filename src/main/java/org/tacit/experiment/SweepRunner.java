package org.tacit.experiment;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the points of one shard of a sweep on a thread pool, reporting progress on a writer
 * (stderr on the command line), and collects the rows into a {@link ResultTable}.
 *
 * <p>Shard {@code i} of {@code n} holds the points whose index is {@code i mod n}; the union of
 * all shards is the whole sweep, so {@link ResultTable#merge} can rebuild it.
 */
public final class SweepRunner {

  private SweepRunner() {}

  /**
   * Runs shard {@code shard} of {@code shards} (0-based) with {@code threads >= 1} threads.
   *
   * @throws IllegalArgumentException if the shard numbers are out of range
   */
  public static ResultTable run(Experiment experiment, ExperimentScale scale, int shard,
      int shards, int threads, PrintWriter progress) {
    if (shards < 1 || shard < 0 || shard >= shards) {
      throw new IllegalArgumentException("shard must be i/n with 0 <= i < n, found "
          + shard + "/" + shards);
    }
    List<SweepPoint> all = experiment.points(scale);
    List<SweepPoint> mine = new ArrayList<>();
    for (SweepPoint point : all) {
      if (point.index() % shards == shard) {
        mine.add(point);
      }
    }
    List<String> header = new ArrayList<>();
    header.add("point");
    header.addAll(experiment.columns());
    Map<Integer, List<String>> rows = new HashMap<>();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (SweepPoint point : mine) {
        futures.add(pool.submit(() -> {
          List<String> cells = experiment.run(point);
          int finished = done.incrementAndGet();
          synchronized (progress) {
            progress.printf(Locale.ROOT, "[%s] %d/%d points (%.1f s)%n", experiment.name(),
                finished, mine.size(), (System.nanoTime() - start) / 1e9);
            progress.flush();
          }
          return cells;
        }));
      }
      for (int k = 0; k < mine.size(); k++) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(mine.get(k).index()));
        cells.addAll(futures.get(k).get());
        if (cells.size() != header.size()) {
          throw new IllegalStateException(experiment.name() + " returned " + (cells.size() - 1)
              + " cells for " + (header.size() - 1) + " columns");
        }
        rows.put(mine.get(k).index(), cells);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sweep point failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new ResultTable(experiment.name(), scale, all.size(), header, rows);
  }
}
