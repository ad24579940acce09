package org.tacit.grokking.model;

import org.tacit.linalg.Svd;

/**
 * The convex precheck of the matrix-completion reproductions (inventory E35, P8): Douglas-Rachford
 * splitting for {@code min ||A||_* s.t. A_ij = M_ij for (i, j) in Omega} (Recht, Fazel, Parrilo
 * 2010's nuclear-norm relaxation (P4)), with a duality certificate.
 *
 * <p>Iteration (step {@code gamma = 1}): {@code A_k = S_gamma(Z_k)} ({@link
 * SingularValueThresholding}), {@code B_k = Pi(2 A_k - Z_k)} (observed entries reset to M),
 * {@code Z_{k+1} = Z_k + B_k - A_k}; stops when {@code ||B_k - A_k||_F <= }
 * {@link TdrTolerances#COMPLETION_PRECHECK_FIXED_POINT} {@code ||M_Omega||_F} or after
 * {@code maxIterations}. Output: the feasible {@code B_k}.
 *
 * <p>Certificate: {@code Y = (Z_k - A_k) / gamma} lies in {@code d||A_k||_*} (prox optimality),
 * so {@code Y' = P_Omega(Y) / max(1, ||P_Omega(Y)||_2)} has spectral norm at most 1 and support in
 * {@code Omega}; for every feasible {@code A}, {@code ||A||_* >= <Y', A> = <Y', M_Omega>} (von
 * Neumann / Hoelder for the dual norms). Hence {@link Result#lowerBound()} is a certified lower
 * bound on the optimal value, and {@code ||A*||_* - lowerBound} a certified optimality gap of the
 * ground truth (up to the rounding of one SVD and one inner product). Uniqueness of the minimizer
 * is not certified; "recovered" means the returned feasible point is within
 * {@link TdrTolerances#COMPLETION_PRECHECK_RECOVERY} of {@code A*} (relative Frobenius) AND the
 * gap of {@code A*} is at most that tolerance relative to {@code ||A*||_*}.
 *
 * <p>Cost: two SVDs per iteration (one for the certificate at the end).
 *
 * <p>Spec: {@code TDR:fig-5}, {@code TDR:fig-6}, {@code TDR:rem-3.2.2} (instance selection).
 */
public final class NuclearNormCompletion {

  /**
   * The outcome of a precheck.
   *
   * @param solution the returned feasible matrix (row-major)
   * @param iterations the iterations made
   * @param relativeError {@code ||solution - A*||_F / ||A*||_F}
   * @param lowerBound the certified lower bound {@code <Y', M_Omega>} on the optimal value
   * @param groundTruthGap {@code (||A*||_* - lowerBound) / ||A*||_*}
   */
  public record Result(double[] solution, int iterations, double relativeError,
      double lowerBound, double groundTruthGap) {

    /** Whether the instance counts as recoverable (see the class comment). */
    public boolean recovered() {
      return relativeError <= TdrTolerances.COMPLETION_PRECHECK_RECOVERY
          && groundTruthGap <= TdrTolerances.COMPLETION_PRECHECK_RECOVERY;
    }
  }

  private NuclearNormCompletion() {}

  private static double nuclear(double[] a, int rows, int columns) {
    double sum = 0;
    for (double s : Svd.decompose(a, rows, columns).singularValues()) {
      sum += s;
    }
    return sum;
  }

  /**
   * Runs the precheck for {@code A*} (row-major) observed on {@code mask} (row-major, true =
   * observed).
   */
  public static Result solve(double[] groundTruth, boolean[] mask, int rows, int columns,
      int maxIterations) {
    int n = rows * columns;
    double[] observed = new double[n];
    double observedNorm = 0;
    for (int k = 0; k < n; k++) {
      observed[k] = mask[k] ? groundTruth[k] : 0;
      observedNorm += observed[k] * observed[k];
    }
    observedNorm = Math.sqrt(observedNorm);
    double[] z = observed.clone();
    double[] a = SingularValueThresholding.apply(z, rows, columns, 1);
    double[] b = new double[n];
    int iterations = 0;
    while (iterations < maxIterations) {
      a = SingularValueThresholding.apply(z, rows, columns, 1);
      double residual = 0;
      for (int k = 0; k < n; k++) {
        b[k] = mask[k] ? observed[k] : 2 * a[k] - z[k];
        double d = b[k] - a[k];
        residual += d * d;
        z[k] += d;
      }
      iterations++;
      if (Math.sqrt(residual) <= TdrTolerances.COMPLETION_PRECHECK_FIXED_POINT * observedNorm) {
        break;
      }
    }
    a = SingularValueThresholding.apply(z, rows, columns, 1);
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      y[k] = mask[k] ? z[k] - a[k] : 0;
    }
    double spectral = Svd.decompose(y, rows, columns).singularValues()[0];
    double scale = Math.max(1, spectral);
    double lower = 0;
    double error = 0;
    double truthNorm = 0;
    for (int k = 0; k < n; k++) {
      lower += y[k] / scale * observed[k];
      double d = b[k] - groundTruth[k];
      error += d * d;
      truthNorm += groundTruth[k] * groundTruth[k];
    }
    double truthNuclear = nuclear(groundTruth, rows, columns);
    return new Result(b.clone(), iterations, Math.sqrt(error / truthNorm), lower,
        (truthNuclear - lower) / truthNuclear);
  }
}
