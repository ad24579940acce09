package org.tacit.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;

/**
 * The shared machinery of the LNHW trajectory reproductions ({@code lnhw-fig2} ... {@code
 * lnhw-fig6}): one sweep point per (run, recorded step), each run computed once and memoised
 * (deterministic, so the order and threading of the points do not matter), and the per-step
 * summaries of a run of Algorithm 1 or 2 ({@link Trace}).
 *
 * @param <T> what one memoised run produces
 * <p>Spec: {@code LNHW:fig-2} to {@code LNHW:fig-6}.
 */
abstract class LnhwFigureTrajectoryExperiment<T> implements Experiment {

  private final ConcurrentHashMap<String, CompletableFuture<T>> traces =
      new ConcurrentHashMap<>();

  /** The result of the run named {@code key}, computed by {@code compute} on first use. */
  protected final T trace(String key, Supplier<T> compute) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    @Nullable CompletableFuture<T> existing = traces.putIfAbsent(key, mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      mine.complete(compute.get());
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  /**
   * Per-step summaries of a run recorded at every step, for a simulation whose support is the
   * first {@code supportGroups} groups.
   *
   * @param steps the recorded steps 0..T
   * @param error {@code ||w(t) - w*||^2}
   * @param loss the loss in the run's convention
   * @param supportU {@code u_l(t)} for the support groups ({@code [t][l]})
   * @param maxOffU {@code max_{l not in S} u_l(t)}
   * @param maxOffW {@code max_{i not in S} |w_i(t)|}
   * @param supportW the support entries {@code w_i(t)}
   * @param supportV the support directions' entries {@code v_i(t)}
   * @param cosine {@code <v_l(t), v_l*>} for the support groups
   * @param jump {@code max_i |w_i(t) - w_i(t-1)|} (0 at t = 0)
   * @param twoStepJump {@code max_i |w_i(t) - w_i(t-2)|} (0 for t < 2)
   * @param switchStep the switching step of Algorithm 2 (-1: none)
   * @param reason the run's stopping reason
   */
  record Trace(long[] steps, double[] error, double[] loss, double[][] supportU,
      double[] maxOffU, double[] maxOffW, double[][] supportW, double[][] supportV,
      double[][] cosine, double[] jump, double[] twoStepJump, long switchStep, String reason) {

    /** The number of recorded steps. */
    int length() {
      return steps.length;
    }

    /** The step of the smallest error. */
    int bestStep() {
      int best = 0;
      for (int k = 1; k < error.length; k++) {
        if (error[k] < error[best]) {
          best = k;
        }
      }
      return best;
    }
  }

  /** Summarises {@code run} (recorded at every step) of {@code simulation}. */
  static Trace summarise(AlgorithmRun run, AlgorithmSimulation simulation, int supportGroups) {
    GroupPartition groups = simulation.design().groups();
    double[] wStar = simulation.wStar();
    int count = run.checkpoints().size();
    int supportEntries = 0;
    for (int l = 0; l < supportGroups; l++) {
      supportEntries += groups.size(l);
    }
    long[] steps = new long[count];
    double[] error = new double[count];
    double[] loss = new double[count];
    double[][] supportU = new double[count][supportGroups];
    double[] maxOffU = new double[count];
    double[] maxOffW = new double[count];
    double[][] supportW = new double[count][supportEntries];
    double[][] supportV = new double[count][supportEntries];
    double[][] cosine = new double[count][supportGroups];
    double[] jump = new double[count];
    double[] twoStep = new double[count];
    double[][] w = new double[count][];
    for (int k = 0; k < count; k++) {
      steps[k] = run.checkpoints().get(k).step();
      loss[k] = run.checkpoints().get(k).loss();
      double[] u = run.u(k);
      double[] v = run.v(k);
      w[k] = run.w(k);
      error[k] = AlgorithmRun.squaredDistance(w[k], wStar);
      for (int l = 0; l < groups.groupCount(); l++) {
        if (l < supportGroups) {
          supportU[k][l] = u[l];
          double dot = 0;
          double norm = 0;
          for (int m = 0; m < groups.size(l); m++) {
            int i = groups.member(l, m);
            dot += v[i] * wStar[i];
            norm += wStar[i] * wStar[i];
          }
          cosine[k][l] = dot / Math.sqrt(norm);
        } else {
          maxOffU[k] = Math.max(maxOffU[k], u[l]);
          for (int m = 0; m < groups.size(l); m++) {
            maxOffW[k] = Math.max(maxOffW[k], Math.abs(w[k][groups.member(l, m)]));
          }
        }
      }
      for (int i = 0; i < supportEntries; i++) {
        supportW[k][i] = w[k][i];
        supportV[k][i] = v[i];
      }
      if (k >= 1) {
        jump[k] = maxDifference(w[k], w[k - 1]);
      }
      if (k >= 2) {
        twoStep[k] = maxDifference(w[k], w[k - 2]);
      }
    }
    return new Trace(steps, error, loss, supportU, maxOffU, maxOffW, supportW, supportV, cosine,
        jump, twoStep, run.switchStep(), run.result().reason());
  }

  private static double maxDifference(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  /** The steps 0, every, 2 every, ..., up to {@code last} (and {@code last}). */
  static List<Long> grid(long last, long every) {
    List<Long> steps = new ArrayList<>();
    for (long t = 0; t < last; t += every) {
      steps.add(t);
    }
    steps.add(last);
    return steps;
  }

  /** The first step at which {@code u_l(t)^2 >= target / 2}, or -1. */
  static long reachTime(Trace trace, int group, double target) {
    for (int k = 0; k < trace.length(); k++) {
      double u = trace.supportU()[k][group];
      if (u * u >= target / 2) {
        return trace.steps()[k];
      }
    }
    return -1;
  }

  static String num(double value) {
    return Double.toString(value);
  }

  /** Series (x, y) from the rows whose text column {@code key} equals {@code value}. */
  static double[][] series(ResultTable table, String key, String value, String x, String y,
      boolean positiveOnly) {
    int keyColumn = table.header().indexOf(key);
    double[] xs = table.column(x);
    double[] ys = table.column(y);
    List<List<String>> rows = new ArrayList<>(table.rows().values());
    List<double[]> points = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(keyColumn).equals(value) && xs[r] > 0 && Double.isFinite(ys[r])
          && (!positiveOnly || ys[r] > 0)) {
        points.add(new double[] {xs[r], ys[r]});
      }
    }
    points.sort((a, b) -> Double.compare(a[0], b[0]));
    double[][] out = new double[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      out[0][i] = points.get(i)[0];
      out[1][i] = points.get(i)[1];
    }
    return out;
  }

  /** The distinct values of a text column, in row order. */
  static List<String> distinct(ResultTable table, String key) {
    int keyColumn = table.header().indexOf(key);
    List<String> values = new ArrayList<>();
    for (List<String> row : table.rows().values()) {
      if (!values.contains(row.get(keyColumn))) {
        values.add(row.get(keyColumn));
      }
    }
    return values;
  }

  /** A map that keeps only non-empty series (a plot needs at least one point per line). */
  static Map<String, double[][]> nonEmpty(Map<String, double[][]> series) {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (Map.Entry<String, double[][]> entry : series.entrySet()) {
      if (entry.getValue()[0].length > 0) {
        out.put(entry.getKey(), entry.getValue());
      }
    }
    return out;
  }

  static String label(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
