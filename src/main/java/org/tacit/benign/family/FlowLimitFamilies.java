package org.tacit.benign.family;

import org.tacit.benign.model.FlowLimitInstance;
import org.tacit.benign.model.MirrorFlowLimit;
import org.tacit.benign.model.MirrorFlowSolution;
import org.tacit.benign.model.MirrorLink;
import org.tacit.linalg.DenseKernels;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances of the gradient-flow oracle check of model (1) ({@code ZG:rem-1.4}): a design
 * {@code X = [T | G]} ({@code T} upper triangular with diagonal entries of modulus 1 to 3, so X has
 * full row rank by construction; every entry of {@code G} and above the diagonal of {@code T} has
 * a random sign and modulus in {@code [0.5, 1.5]}, so no coordinate decouples from the others: a
 * decoupled design, e.g. {@code [diag | 0]}, has GD limits independent of eta and no O(eta) term
 * to measure), an s-sparse unit target, noise {@code 0.1 N(0, 1)},
 * {@code lambda} in {@code [0.5, 2]}, {@code alpha} in {@code [0.05, 0.3]} (both parts of (1)
 * matter at the limit), and the largest step {@code eta = n / (10 ||X||_F^2 max_j phi'(z_j))} at
 * the flow limit, a tenth of the stability bound {@code 2 n / lambda_max(X diag(phi') X^T)} of GD
 * near its limit (the GD Hessian there is {@code X diag(1 + 4 lambda^2 (w^2 + u^2)) X^T / n}, and
 * {@code 1 + 4 lambda^2 (w^2 + u^2) = phi'} on the invariant manifold).
 *
 * <p>Spec: {@code ZG:rem-1.4}.
 */
public final class FlowLimitFamilies {

  private FlowLimitFamilies() {}

  /** The family described above. */
  public static InstanceFamily<FlowLimitInstance> smallGaussian() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "n in [3, 5], d in [2n, 3n], X = [T | G] (off-diagonal |entries| in [0.5, 1.5]), s-sparse unit beta*, sigma = 0.1,"
            + " lambda in [0.5, 2], alpha in [0.05, 0.3], eta a tenth of the stability bound";
      }

      @Override
      public FlowLimitInstance draw(Draws draws) {
        int n = draws.intBetween(3, 5);
        int d = draws.intBetween(2 * n, 3 * n);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            if (j == i) {
              x[i * d + j] = draws.intBetween(1, 3) * (draws.coin() ? 1.0 : -1.0);
            } else if (j > i || j >= n) {
              x[i * d + j] = (draws.coin() ? 1.0 : -1.0) * (0.5 + draws.uniform());
            }
          }
        }
        int s = draws.intBetween(1, 2);
        int[] order = draws.permutation(d);
        double[] betaStar = new double[d];
        for (int k = 0; k < s; k++) {
          betaStar[order[k]] = (draws.coin() ? 1.0 : -1.0) / Math.sqrt(s);
        }
        double[] y = new double[n];
        DenseKernels.times(x, n, d, betaStar, y);
        for (int i = 0; i < n; i++) {
          y[i] += 0.1 * draws.gaussian();
        }
        double lambda = draws.uniform(0.5, 2);
        double alpha = draws.uniform(0.05, 0.3);
        return new FlowLimitInstance(x, n, d, y, lambda, alpha, stableStep(x, n, d, y, lambda,
            alpha));
      }
    };
  }

  /** {@code n / (10 ||X||_F^2 max_j phi'(z_j))} at the flow limit (see the class comment). */
  public static double stableStep(double[] x, int n, int d, double[] y, double lambda,
      double alpha) {
    MirrorLink link = MirrorLink.learner(lambda, alpha);
    MirrorFlowSolution limit = MirrorFlowLimit.solve(x, n, d, y, link);
    double[] z = new double[d];
    DenseKernels.transposeTimes(x, n, d, limit.multiplier(), 1.0, z);
    double largest = 1;
    for (double zj : z) {
      largest = Math.max(largest, link.derivative(zj));
    }
    double frobenius = 0;
    for (double v : x) {
      frobenius += v * v;
    }
    return n / (10 * frobenius * largest);
  }
}
