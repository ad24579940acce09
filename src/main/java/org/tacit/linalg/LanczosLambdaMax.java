package org.tacit.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The largest eigenvalue of a symmetric operator by the Lanczos method with full
 * reorthogonalization, for Hessians too large to form densely (each step is one matrix-free
 * product, e.g. O(N d) for the Hessian of a squared loss on N samples in d dimensions).
 *
 * <p>Contract: starts from a fixed pseudo-random unit vector (seed 0x5eed), runs at most
 * {@code maxIterations} steps (and at most the dimension), and stops when the residual bound
 * {@code |beta_m s_m|} of the top Ritz pair is at most {@code relativeTolerance * |theta_max|}, or
 * when the Krylov space becomes invariant. The residual bound is a rigorous bound on the distance
 * of the Ritz value to some eigenvalue of the operator (Kahan-Parlett); the top Ritz value is never
 * above lambda_max. Cost: O(m (cost of a product + m n)) time, O(m n) memory.
 *
 * <p>Spec: {@code NRSS:eq-21} (lambda_max, computed).
 */
public final class LanczosLambdaMax {

  /**
   * The outcome of a run.
   *
   * @param lambdaMax the top Ritz value
   * @param iterations the number of Lanczos steps taken
   * @param residualBound the final residual bound {@code |beta_m s_m|}
   * @param converged whether the tolerance was met (or the Krylov space became invariant)
   */
  public record Result(double lambdaMax, int iterations, double residualBound, boolean converged) {}

  private LanczosLambdaMax() {}

  /** Runs Lanczos on {@code operator}; {@code maxIterations >= 1}, {@code relativeTolerance > 0}. */
  public static Result compute(SymmetricOperator operator, int maxIterations,
      double relativeTolerance) {
    int n = operator.dimension();
    int limit = Math.min(n, maxIterations);
    SplittableRandom random = new SplittableRandom(0x5eedL);
    double[] q = new double[n];
    for (int k = 0; k < n; k++) {
      q[k] = random.nextDouble() - 0.5;
    }
    scale(q, 1.0 / Vectors.norm(q));
    List<double[]> basis = new ArrayList<>();
    double[] alphas = new double[limit];
    double[] betas = new double[limit];
    double[] w = new double[n];
    double ritz = Double.NaN;
    double bound = Double.POSITIVE_INFINITY;
    for (int m = 0; m < limit; m++) {
      basis.add(q);
      operator.apply(q, w);
      double alpha = Vectors.dot(w, q);
      alphas[m] = alpha;
      for (int pass = 0; pass < 2; pass++) {
        for (double[] previous : basis) {
          double projection = Vectors.dot(w, previous);
          for (int k = 0; k < n; k++) {
            w[k] -= projection * previous[k];
          }
        }
      }
      double beta = Vectors.norm(w);
      betas[m] = beta;
      double[] main = java.util.Arrays.copyOf(alphas, m + 1);
      double[] secondary = java.util.Arrays.copyOf(betas, m);
      EigenDecomposition tridiagonal = new EigenDecomposition(main, secondary);
      double[] values = tridiagonal.getRealEigenvalues();
      int best = 0;
      for (int k = 1; k < values.length; k++) {
        if (values[k] > values[best]) {
          best = k;
        }
      }
      ritz = values[best];
      double lastComponent = tridiagonal.getEigenvector(best).getEntry(m);
      bound = Math.abs(beta * lastComponent);
      boolean invariant = beta <= LinalgTolerances.LANCZOS_BREAKDOWN * Math.max(Math.abs(alpha), Math.abs(ritz));
      if (invariant || bound <= relativeTolerance * Math.abs(ritz)) {
        return new Result(ritz, m + 1, bound, true);
      }
      q = w.clone();
      scale(q, 1.0 / beta);
    }
    return new Result(ritz, limit, bound, limit == n);
  }

  private static void scale(double[] a, double factor) {
    for (int k = 0; k < a.length; k++) {
      a[k] *= factor;
    }
  }
}
