package org.tacit.stepsize.model;

import java.util.HashMap;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.lp.DoubleSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.RowSense;

/**
 * The baseline interpolators of NRSS Section 7 and Appendix D: the minimal l2 norm interpolator
 * {@code argmin ||beta||_2 s.t. X beta = y} and the minimal weighted l1 interpolators
 * {@code argmin sum_i w_i |beta_i| s.t. X beta = y} ({@code w = 1}: the l1 baseline; {@code w = 4
 * (Ehat x)^2} and {@code w = 4 Ehat(x^2)}: the two weightings of Lemma 4.1 that bracket the minimal
 * lambda_max over solutions, Lemma D.2).
 *
 * <p>Methods: l2 by Householder QR of {@code X^T} ({@code X^T = Q R}, {@code beta = Q R^{-T} y};
 * backward stable, O(N^2 d)); weighted l1 as the LP {@code min w^T (b_+ + b_-)} s.t.
 * {@code X (b_+ - b_-) = y}, {@code b_+-} {@code >= 0}, by {@link DoubleSimplexSolver}, with
 * {@code beta = b_+ - b_-}.
 *
 * <p>Spec: {@code NRSS:fig-1} (baselines), {@code NRSS:rem-D.2}, {@code NRSS:lem-D.2}.
 */
public final class Interpolators {

  private Interpolators() {}

  /**
   * The minimum l2 norm solution of {@code X beta = y}.
   *
   * @throws IllegalArgumentException if {@code X} does not have full row rank {@code N <= d}
   */
  public static double[] minimumL2(RegressionData data) {
    int samples = data.samples();
    int d = data.dimension();
    if (samples > d) {
      throw new IllegalArgumentException("need N <= d for an interpolator, got N=" + samples
          + ", d=" + d);
    }
    double[] columns = data.features().clone();
    double[] diagonal = new double[samples];
    for (int k = 0; k < samples; k++) {
      int base = k * d;
      double norm = 0;
      for (int i = k; i < d; i++) {
        norm += columns[base + i] * columns[base + i];
      }
      norm = Math.sqrt(norm);
      double alpha = columns[base + k] > 0 ? -norm : norm;
      diagonal[k] = alpha;
      columns[base + k] -= alpha;
      double vNorm = 0;
      for (int i = k; i < d; i++) {
        vNorm += columns[base + i] * columns[base + i];
      }
      if (vNorm > 0) {
        for (int j = k + 1; j < samples; j++) {
          int other = j * d;
          double dot = 0;
          for (int i = k; i < d; i++) {
            dot += columns[base + i] * columns[other + i];
          }
          double factor = 2 * dot / vNorm;
          for (int i = k; i < d; i++) {
            columns[other + i] -= factor * columns[base + i];
          }
        }
      }
    }
    double largest = 0;
    for (double r : diagonal) {
      largest = Math.max(largest, Math.abs(r));
    }
    double[] z = new double[d];
    double[] y = data.labels();
    for (int k = 0; k < samples; k++) {
      if (!(Math.abs(diagonal[k]) > StepSizeTolerances.INTERPOLATOR_RANK * largest)) {
        throw new IllegalArgumentException("X does not have full row rank (R_" + k + k + " = "
            + diagonal[k] + ")");
      }
      double sum = y[k];
      for (int j = 0; j < k; j++) {
        sum -= columns[k * d + j] * z[j];
      }
      z[k] = sum / diagonal[k];
    }
    for (int k = samples - 1; k >= 0; k--) {
      int base = k * d;
      double vNorm = 0;
      double dot = 0;
      for (int i = k; i < d; i++) {
        double v = columns[base + i];
        vNorm += v * v;
        dot += v * z[i];
      }
      if (vNorm > 0) {
        double factor = 2 * dot / vNorm;
        for (int i = k; i < d; i++) {
          z[i] -= factor * columns[base + i];
        }
      }
    }
    return z;
  }

  /** The minimum l1 norm solution of {@code X beta = y} (an optimal vertex of the LP). */
  public static double[] minimumL1(RegressionData data) {
    double[] ones = new double[data.dimension()];
    java.util.Arrays.fill(ones, 1.0);
    return minimumWeightedL1(data, ones);
  }

  /**
   * A minimizer of {@code sum_i w_i |beta_i|} over {@code X beta = y}, {@code w >= 0}.
   *
   * @throws IllegalArgumentException on a negative or non-finite weight
   * @throws IllegalStateException if the LP is not solved to optimality (no interpolator, or the
   *     double simplex fails)
   */
  public static double[] minimumWeightedL1(RegressionData data, double[] weights) {
    int d = data.dimension();
    RegressionData.requireLength(weights, d, "weights");
    LinearProgram.Builder builder = LinearProgram.builder().name("weighted-l1");
    for (int i = 0; i < d; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weights must be finite and >= 0, got " + weights[i]);
      }
      builder.addColumn("p" + i, BigRational.valueOf(weights[i]));
    }
    for (int i = 0; i < d; i++) {
      builder.addColumn("m" + i, BigRational.valueOf(weights[i]));
    }
    for (int n = 0; n < data.samples(); n++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int i = 0; i < d; i++) {
        double x = data.feature(n, i);
        if (x != 0) {
          BigRational value = BigRational.valueOf(x);
          row.put(i, value);
          row.put(d + i, value.negate());
        }
      }
      builder.addRow("s" + n, row, RowSense.EQUAL, BigRational.valueOf(data.labels()[n]));
    }
    LpResult result = new DoubleSimplexSolver().solve(builder.build());
    if (result.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("weighted-l1 LP not optimal: " + result.status().spelling());
    }
    double[] x = result.xValues();
    double[] beta = new double[d];
    for (int i = 0; i < d; i++) {
      beta[i] = x[i] - x[d + i];
    }
    return beta;
  }

  /** {@code sum_i w_i |beta_i|}. */
  public static double weightedL1(double[] beta, double[] weights) {
    double sum = 0;
    for (int i = 0; i < beta.length; i++) {
      sum += weights[i] * Math.abs(beta[i]);
    }
    return sum;
  }
}
