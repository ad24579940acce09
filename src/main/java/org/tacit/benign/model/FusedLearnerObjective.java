package org.tacit.benign.model;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.tacit.training.Objective;

/**
 * The loss {@code L = ||X beta - y||^2 / (2n)} of the learner (1), {@code beta = v + lambda (w o w
 * - u o u)}, and its GD update (2) as one fused pass over a single-precision column-stored
 * {@link FloatDesign}: for each column j, {@code g_j = x_j^T r / n} with the current residual,
 * the update of {@code (w_j, u_j, v_j)}, the new {@code beta_j}, and {@code beta_j x_j} added to
 * the next {@code X beta}. X is read once per step (a GD step through {@link LearnerObjective}
 * reads it twice), and the next {@link #loss} reuses the residual the pass produced.
 *
 * <p>Parallelism with a fixed result: the columns are split into {@code parts} contiguous ranges
 * fixed at construction; each part accumulates its own partial {@code X beta} in a fixed column
 * order, and the residual is {@code (sum_p partial_p, p = 0, 1, ...) - y} in that order. Threads
 * only decide who computes which part, so the iterates are bit-identical for any number of
 * threads (they depend on {@code parts}). Threads come from the common fork-join pool (plus the
 * caller).
 *
 * <p>Same flat layout and formulas as {@link LearnerObjective} ({@code theta = (w, u, v)}, length
 * {@code 3d}; {@code beta_k = v_k + lambda ((w_k - u_k)(w_k + u_k))}; {@code w <- w - (2 eta lambda
 * g) w}, {@code u <- u + (2 eta lambda g) u}, {@code v <- v - eta g}), but the sums run in a
 * different order, so the two differ by rounding: {@link LearnerStepErrorBound} bounds the
 * difference of one step, and the trajectory comparison in the tests uses it.
 *
 * <p>Contract: the {@link Objective} protocol ({@link #gradient} and {@link #descend} right after
 * {@link #loss} at the same theta, else {@link IllegalStateException}); {@link #loss} reuses the
 * residual of the last {@link #descend} (or {@link #loss}) only if theta is bit for bit the
 * iterate it belongs to (O(d) comparison), and otherwise makes a residual pass. One instance per run (scratch state).
 * Products are accumulated in double; all state is double.
 *
 * <p>Cost: {@link #descend} one pass over X (O(n d), 4 bytes of X per entry), {@link #loss} O(d)
 * after a {@link #descend} and O(n d) otherwise; memory {@code 8 (n parts + 6 d)} bytes besides X.
 *
 * <p>Spec: {@code ZG:eq-1}, {@code ZG:eq-2}.
 */
public final class FusedLearnerObjective implements Objective {

  private final FloatDesign x;
  private final double[] y;
  private final int samples;
  private final int dimension;
  private final double lambda;
  private final int threads;
  private final int[] partStart;
  private final double[][] partial;
  private final double[] residual;
  private final double[] residualTheta;
  private final double[] g;
  private boolean residualCurrent;
  private boolean residualThetaValid;

  /**
   * The loss on {@code x} with labels {@code y} (length n) and scale {@code lambda}, with the
   * columns split into {@code parts >= 1} equal ranges and run on {@code threads >= 1} threads.
   */
  public FusedLearnerObjective(FloatDesign x, double[] y, double lambda, int parts, int threads) {
    if (y.length != x.samples() || parts < 1 || threads < 1) {
      throw new IllegalArgumentException("inconsistent shapes or parts/threads < 1");
    }
    this.x = x;
    this.y = y;
    this.samples = x.samples();
    this.dimension = x.dimension();
    this.lambda = lambda;
    int partCount = Math.min(parts, dimension);
    this.threads = Math.min(threads, partCount);
    this.partStart = new int[partCount + 1];
    for (int p = 0; p <= partCount; p++) {
      partStart[p] = (int) ((long) dimension * p / partCount);
    }
    this.partial = new double[partCount][samples];
    this.residual = new double[samples];
    this.residualTheta = new double[3 * dimension];
    this.g = new double[dimension];
  }

  @Override
  public int dimension() {
    return 3 * dimension;
  }

  /** The number of parts the columns are split into (fixes the rounding of every iterate). */
  public int parts() {
    return partial.length;
  }

  /** {@code L(theta) = ||X beta - y||^2 / (2n)}, keeping the residuals. */
  @Override
  public double loss(double[] theta) {
    if (!(residualThetaValid && Arrays.equals(theta, residualTheta))) {
      run(theta, 0.0, false);
      System.arraycopy(theta, 0, residualTheta, 0, theta.length);
      residualThetaValid = true;
    }
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      sum += residual[i] * residual[i];
    }
    residualCurrent = true;
    return sum / (2.0 * samples);
  }

  /**
   * {@code (g o 2 lambda w, -g o 2 lambda u, g)} with {@code g = X^T r / n} from the residuals of
   * the last {@link #loss}; a separate pass over X (GD uses {@link #descend}).
   */
  @Override
  public void gradient(double[] theta, double[] out) {
    requireResidual();
    for (int k = 0; k < dimension; k++) {
      float[] column = x.column(k);
      double s = 0;
      for (int i = 0; i < samples; i++) {
        s += column[i] * residual[i];
      }
      double gk = s * (1.0 / samples);
      out[k] = 2 * lambda * gk * theta[k];
      out[dimension + k] = -2 * lambda * gk * theta[dimension + k];
      out[2 * dimension + k] = gk;
    }
  }

  /** The update (2) in place and the residual of the new iterate, in one pass over X. */
  @Override
  public void descend(double[] theta, double step) {
    requireResidual();
    run(theta, step, true);
    System.arraycopy(theta, 0, residualTheta, 0, theta.length);
    residualThetaValid = true;
    residualCurrent = false;
  }

  /** The correlations {@code g = X^T r / n} used by the last {@link #descend} (a copy). */
  public double[] lastCorrelations() {
    return g.clone();
  }

  private void requireResidual() {
    if (!residualCurrent) {
      throw new IllegalStateException("gradient or descend without a loss at this theta");
    }
  }

  /** Runs every part (updating theta if {@code update}), then reduces the residual. */
  private void run(double[] theta, double step, boolean update) {
    if (threads == 1) {
      for (int p = 0; p < partial.length; p++) {
        part(p, theta, step, update);
      }
    } else {
      RecursiveAction[] tasks = new RecursiveAction[threads];
      for (int t = 0; t < threads; t++) {
        int first = t;
        tasks[t] = new RecursiveAction() {
          @Override
          protected void compute() {
            for (int p = first; p < partial.length; p += threads) {
              part(p, theta, step, update);
            }
          }
        };
      }
      ForkJoinTask.invokeAll(tasks);
    }
    for (int i = 0; i < samples; i++) {
      double s = partial[0][i];
      for (int p = 1; p < partial.length; p++) {
        s += partial[p][i];
      }
      residual[i] = s - y[i];
    }
  }

  /**
   * Part p: for its columns in groups of four, the correlations with the current residual and the
   * update (if {@code update}), then the new beta's contribution to the part's partial sum.
   */
  private void part(int p, double[] theta, double step, boolean update) {
    double[] acc = partial[p];
    Arrays.fill(acc, 0.0);
    double scale = 1.0 / samples;
    double twoEtaLambda = step * 2 * lambda;
    int j = partStart[p];
    int end = partStart[p + 1];
    for (; j + 3 < end; j += 4) {
      float[] c0 = x.column(j);
      float[] c1 = x.column(j + 1);
      float[] c2 = x.column(j + 2);
      float[] c3 = x.column(j + 3);
      if (update) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < samples; i++) {
          double ri = residual[i];
          s0 += c0[i] * ri;
          s1 += c1[i] * ri;
          s2 += c2[i] * ri;
          s3 += c3[i] * ri;
        }
        g[j] = s0 * scale;
        g[j + 1] = s1 * scale;
        g[j + 2] = s2 * scale;
        g[j + 3] = s3 * scale;
        for (int k = j; k < j + 4; k++) {
          updateCoordinate(theta, k, step, twoEtaLambda);
        }
      }
      double b0 = beta(theta, j);
      double b1 = beta(theta, j + 1);
      double b2 = beta(theta, j + 2);
      double b3 = beta(theta, j + 3);
      for (int i = 0; i < samples; i++) {
        acc[i] += ((c0[i] * b0 + c1[i] * b1) + c2[i] * b2) + c3[i] * b3;
      }
    }
    for (; j < end; j++) {
      float[] c = x.column(j);
      if (update) {
        double s = 0;
        for (int i = 0; i < samples; i++) {
          s += c[i] * residual[i];
        }
        g[j] = s * scale;
        updateCoordinate(theta, j, step, twoEtaLambda);
      }
      double b = beta(theta, j);
      for (int i = 0; i < samples; i++) {
        acc[i] += c[i] * b;
      }
    }
  }

  private void updateCoordinate(double[] theta, int k, double step, double twoEtaLambda) {
    double scaled = twoEtaLambda * g[k];
    theta[k] -= scaled * theta[k];
    theta[dimension + k] += scaled * theta[dimension + k];
    theta[2 * dimension + k] -= step * g[k];
  }

  private double beta(double[] theta, int k) {
    double w = theta[k];
    double u = theta[dimension + k];
    return theta[2 * dimension + k] + lambda * ((w - u) * (w + u));
  }
}
