package org.tacit.group.model;

import org.tacit.linalg.SymmetricEigen;

/**
 * The group lasso {@code min_w P(w) = ||y - Xw||^2 / (2n) + lambda sum_l ||w_l||_2} (the explicit
 * regulariser LNHW Appendix E.3 compares with, solved there by proximal gradient descent), by
 * accelerated proximal gradient (FISTA with the gradient restart of O'Donoghue and Candes) with
 * step {@code 1/L}, {@code L = lambda_max(X^T X / n)}, and group soft-thresholding
 * {@code prox(z)_l = (1 - t lambda / ||z_l||)_+ z_l}.
 *
 * <p>Certificate ({@link GroupLassoSolution}): every returned estimate carries the duality gap at
 * the dual-scaled residual (as in scikit-learn's coordinate descent): for every dual-feasible
 * {@code rho} ({@code ||X_l^T rho|| / n <= lambda} for all l),
 * {@code P(w) >= (<rho, y> - ||rho||^2 / 2) / n} (proof in proofs-notes/LNHW/
 * figure-12-comparison.md), so the gap bounds the suboptimality {@code P(w) - min P} whatever
 * {@code L} was used. The iteration stops when the relative gap is at most the given tolerance
 * (checked every {@link #CHECK_EVERY} iterations) or after {@code maxIterations}.
 *
 * <p>{@code L} only affects convergence, not the certificate: it is computed by
 * {@link SymmetricEigen#lambdaMax} on {@code X X^T / n} (same non-zero spectrum, n x n) and
 * enlarged by a relative {@code 1e-9}, far above the eigen-solver's relative error (a few
 * {@code 1e-16}), so {@code 1/L} is a valid step. Cost O(n p) per iteration, O(n^3 + n^2 p) for
 * {@code L}.
 *
 * <p>Spec: {@code LNHW:fig-12}.
 */
public final class GroupLasso {

  /** Iterations between two duality-gap evaluations. */
  public static final int CHECK_EVERY = 10;

  private GroupLasso() {}

  /** A safe Lipschitz constant {@code L >= lambda_max(X^T X / n)} of the smooth part. */
  public static double lipschitz(GroupedDesign design) {
    int n = design.samples();
    int p = design.dimension();
    double[] x = design.design();
    double[] outer = new double[n * n];
    for (int a = 0; a < n; a++) {
      for (int b = a; b < n; b++) {
        double sum = 0;
        for (int j = 0; j < p; j++) {
          sum += x[a * p + j] * x[b * p + j];
        }
        outer[a * n + b] = sum / n;
        outer[b * n + a] = sum / n;
      }
    }
    return SymmetricEigen.lambdaMax(outer, n) * (1 + 1e-9);
  }

  /**
   * The group lasso at penalty {@code lambda > 0}, from {@code start} (a warm start, length p).
   *
   * @param lipschitz {@link #lipschitz} of the design
   * @param relativeGapTolerance stop when {@code gap / P(w) <= relativeGapTolerance}
   * @param maxIterations the iteration budget (the certificate says whether it was enough)
   */
  public static GroupLassoSolution solve(GroupedDesign design, double lambda, double lipschitz,
      double[] start, double relativeGapTolerance, int maxIterations) {
    if (!(lambda > 0) || !(lipschitz > 0) || start.length != design.dimension()) {
      throw new IllegalArgumentException("need lambda > 0, L > 0 and a start of length p");
    }
    GroupPartition groups = design.groups();
    int p = design.dimension();
    double step = 1 / lipschitz;
    double[] w = start.clone();
    double[] previous = start.clone();
    double[] z = start.clone();
    double momentum = 1;
    int iteration = 0;
    while (iteration < maxIterations) {
      if (iteration % CHECK_EVERY == 0
          && certify(design, lambda, w, iteration).certified(relativeGapTolerance)) {
        break;
      }
      double[] gradientStep = design.correlations(design.residual(z));
      System.arraycopy(w, 0, previous, 0, p);
      for (int i = 0; i < p; i++) {
        w[i] = z[i] + step * gradientStep[i];
      }
      groupSoftThreshold(w, groups, step * lambda);
      double restartTest = 0;
      for (int i = 0; i < p; i++) {
        restartTest += (z[i] - w[i]) * (w[i] - previous[i]);
      }
      if (restartTest > 0) {
        momentum = 1;
      }
      double next = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
      double beta = (momentum - 1) / next;
      momentum = next;
      for (int i = 0; i < p; i++) {
        z[i] = w[i] + beta * (w[i] - previous[i]);
      }
      iteration++;
    }
    return certify(design, lambda, w, iteration);
  }

  /** In place: {@code w_l <- (1 - threshold / ||w_l||)_+ w_l} for every group. */
  public static void groupSoftThreshold(double[] w, GroupPartition groups, double threshold) {
    for (int l = 0; l < groups.groupCount(); l++) {
      double norm = groupNorm(w, groups, l);
      double factor = norm > threshold ? 1 - threshold / norm : 0;
      for (int m = 0; m < groups.size(l); m++) {
        w[groups.member(l, m)] *= factor;
      }
    }
  }

  /** {@code ||w_l||_2}. */
  public static double groupNorm(double[] w, GroupPartition groups, int l) {
    double sum = 0;
    for (int m = 0; m < groups.size(l); m++) {
      double entry = w[groups.member(l, m)];
      sum += entry * entry;
    }
    return Math.sqrt(sum);
  }

  /** {@code sum_l ||w_l||_2}. */
  public static double groupNormSum(double[] w, GroupPartition groups) {
    double sum = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      sum += groupNorm(w, groups, l);
    }
    return sum;
  }

  /**
   * The certificate of an arbitrary {@code w} at penalty {@code lambda}: primal value, dual value
   * at the dual-scaled residual and per-group KKT residuals. O(n p).
   */
  public static GroupLassoSolution certify(GroupedDesign design, double lambda, double[] w,
      int iterations) {
    GroupPartition groups = design.groups();
    int n = design.samples();
    double[] y = design.responses();
    double[] r = design.residual(w);
    double[] correlation = design.correlations(r);
    double residualSquared = 0;
    double residualDotY = 0;
    for (int row = 0; row < n; row++) {
      residualSquared += r[row] * r[row];
      residualDotY += r[row] * y[row];
    }
    double[] kkt = new double[groups.groupCount()];
    double largestCorrelation = 0;
    for (int l = 0; l < kkt.length; l++) {
      double correlationNorm = groupNorm(correlation, groups, l);
      largestCorrelation = Math.max(largestCorrelation, correlationNorm);
      double norm = groupNorm(w, groups, l);
      if (norm == 0) {
        kkt[l] = Math.max(0, correlationNorm - lambda);
      } else {
        double sum = 0;
        for (int m = 0; m < groups.size(l); m++) {
          int i = groups.member(l, m);
          double difference = correlation[i] - lambda * w[i] / norm;
          sum += difference * difference;
        }
        kkt[l] = Math.sqrt(sum);
      }
    }
    double scale = largestCorrelation > lambda ? lambda / largestCorrelation : 1;
    double primal = residualSquared / (2 * n) + lambda * groupNormSum(w, groups);
    double dual = (scale * residualDotY - scale * scale * residualSquared / 2) / n;
    return new GroupLassoSolution(w, lambda, primal, dual, kkt, iterations);
  }
}
