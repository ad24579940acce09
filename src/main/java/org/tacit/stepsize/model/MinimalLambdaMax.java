package org.tacit.stepsize.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.lp.DoubleSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.RowSense;

/**
 * The minimal lambda_max over solutions of the depth-2 model (4), NRSS (9): with
 * {@code w = u_+^2 + u_-^2} and {@code beta = u_+^2 - u_-^2}, lambda_max at a solution is
 * {@code (4/N) lambda_max(X diag(w) X^T) = max_{||p|| = 1} sum_i w_i (4/N) (X^T p)_i^2}, convex and
 * nondecreasing in {@code w >= |beta|}; so (9) is the convex program
 * {@code min_{a, b >= 0, X (a - b) = y} max_p sum_i (a_i + b_i) (4/N) (X^T p)_i^2}, solved by Kelley's
 * cutting planes: each iterate's top eigenvector {@code p} adds the cut
 * {@code t >= sum_i (a_i + b_i) (4/N) (X^T p)_i^2} to an LP ({@link DoubleSimplexSolver}). The LP
 * value is a lower bound on the minimum, lambda_max at the best iterate an upper bound; the first
 * cut uses {@code p = 1/sqrt(N)}, i.e. starts from the lower weighted-l1 LP of Lemma D.2.
 *
 * <p>Contract: stops when {@code upper - lower <= relativeGap * upper} or after
 * {@code maxCuts} cuts. Cost per cut: one LP with {@code 2d + 1} columns and {@code N + cuts}
 * rows, and one {@code N x N} eigenproblem.
 *
 * <p>Spec: {@code NRSS:eq-9}, {@code NRSS:lem-5.1}, {@code NRSS:lem-D.2}.
 *
 * @param minimizer the best {@code beta~} found (an interpolator)
 * @param upper lambda_max at {@code u_+- = sqrt(beta~^+-)}, at least the minimum
 * @param lower the last LP value, at most the minimum
 * @param cuts the number of cuts used
 */
public record MinimalLambdaMax(double[] minimizer, double upper, double lower, int cuts) {

  /** Runs the cutting-plane method on {@code data} (N <= d, interpolators must exist). */
  public static MinimalLambdaMax solve(RegressionData data, double relativeGap, int maxCuts) {
    int samples = data.samples();
    int d = data.dimension();
    List<double[]> cuts = new ArrayList<>();
    double[] uniform = new double[samples];
    java.util.Arrays.fill(uniform, 1 / Math.sqrt(samples));
    cuts.add(cut(data, uniform));
    double[] best = new double[d];
    double bestUpper = Double.POSITIVE_INFINITY;
    double lower = Double.NEGATIVE_INFINITY;
    while (true) {
      double[] solution = solveLp(data, cuts);
      lower = Math.max(lower, solution[2 * d]);
      double[] beta = new double[d];
      double[] weights = new double[d];
      for (int i = 0; i < d; i++) {
        beta[i] = solution[i] - solution[d + i];
        weights[i] = Math.abs(beta[i]);
      }
      double[] gram = gram(data, weights);
      SymmetricEigen.Eigenpair top = SymmetricEigen.largest(gram, samples);
      if (top.value() < bestUpper) {
        bestUpper = top.value();
        best = beta;
      }
      if (bestUpper - lower <= relativeGap * bestUpper || cuts.size() >= maxCuts) {
        return new MinimalLambdaMax(best, bestUpper, lower, cuts.size());
      }
      cuts.add(cut(data, top.vector()));
    }
  }

  /** {@code (4/N) X diag(w) X^T}, N x N. */
  static double[] gram(RegressionData data, double[] weights) {
    int samples = data.samples();
    int d = data.dimension();
    double[] gram = new double[samples * samples];
    for (int n = 0; n < samples; n++) {
      for (int m = n; m < samples; m++) {
        double sum = 0;
        for (int i = 0; i < d; i++) {
          sum += data.feature(n, i) * weights[i] * data.feature(m, i);
        }
        gram[n * samples + m] = 4 * sum / samples;
        gram[m * samples + n] = 4 * sum / samples;
      }
    }
    return gram;
  }

  private static double[] cut(RegressionData data, double[] p) {
    double[] back = data.transposeTimes(p);
    double[] coefficients = new double[back.length];
    for (int i = 0; i < back.length; i++) {
      coefficients[i] = 4 * back[i] * back[i] / data.samples();
    }
    return coefficients;
  }

  private static double[] solveLp(RegressionData data, List<double[]> cuts) {
    int d = data.dimension();
    LinearProgram.Builder builder = LinearProgram.builder().name("min-lambda-max");
    for (int i = 0; i < d; i++) {
      builder.addColumn("a" + i, BigRational.ZERO);
    }
    for (int i = 0; i < d; i++) {
      builder.addColumn("b" + i, BigRational.ZERO);
    }
    int t = builder.addColumn("t", BigRational.ONE, null, null);
    for (int n = 0; n < data.samples(); n++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int i = 0; i < d; i++) {
        BigRational value = BigRational.valueOf(data.feature(n, i));
        row.put(i, value);
        row.put(d + i, value.negate());
      }
      builder.addRow("s" + n, row, RowSense.EQUAL, BigRational.valueOf(data.labels()[n]));
    }
    for (int k = 0; k < cuts.size(); k++) {
      Map<Integer, BigRational> row = new HashMap<>();
      double[] c = cuts.get(k);
      for (int i = 0; i < d; i++) {
        BigRational value = BigRational.valueOf(c[i]);
        row.put(i, value);
        row.put(d + i, value);
      }
      row.put(t, BigRational.ONE.negate());
      builder.addRow("cut" + k, row, RowSense.LESS_OR_EQUAL, BigRational.ZERO);
    }
    LpResult result = new DoubleSimplexSolver().solve(builder.build());
    if (result.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("cutting-plane LP not optimal: "
          + result.status().spelling());
    }
    return result.xValues();
  }
}
