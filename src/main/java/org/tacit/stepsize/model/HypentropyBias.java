package org.tacit.stepsize.model;

import org.apache.commons.math3.util.FastMath;

/**
 * The implicit bias of gradient flow on the depth-2 model {@code beta = u_+^2 - u_-^2} from the
 * uniform initialization {@code u_+(0) = u_-(0) = alpha 1} (NRSS Remark 3.1, from prior work),
 * made checkable.
 *
 * <p>Derivation (recorded in {@code proofs-notes/NRSS/rem-3.1.md}): with
 * {@code g = X^T r / N} the flow is {@code u_+' = -2 u_+ o g}, {@code u_-' = 2 u_- o g}, so
 * {@code u_+ o u_- = alpha^2 1} is conserved and {@code beta(t) = -2 alpha^2 sinh(2 G(t))},
 * {@code G(t) = int_0^t g}. Hence {@code z := arcsinh(beta / (2 alpha^2)) = -2 G} lies in the row
 * space of X at every time; at an interpolating limit this is the optimality condition of
 * {@code min sum_i [beta_i arcsinh(beta_i / (2 alpha^2)) - sqrt(beta_i^2 + 4 alpha^4)]} subject to
 * {@code X beta = y} (the hypentropy potential, strictly convex), so the limit is its unique
 * minimizer: l1-like as {@code alpha -> 0}, l2-like as {@code alpha -> infinity}.
 *
 * <p>{@link #stationarityResidual} measures how far {@code z} is from the row space (relative); GD
 * with step eta follows the flow up to O(eta), so its residual shrinks with eta. Cost: one least
 * squares solve ({@link Interpolators#minimumL2}) of size N x d.
 *
 * <p>Spec: {@code NRSS:rem-3.1}.
 */
public final class HypentropyBias {

  private HypentropyBias() {}

  /**
   * {@code ||z - P z|| / ||z||} for {@code z = arcsinh(beta / (2 alpha^2))} and P the orthogonal
   * projection onto the row space of X ({@code P z = X^T (X X^T)^+ X z}); 0 when {@code z = 0}.
   */
  public static double stationarityResidual(RegressionData data, double[] beta, double alpha) {
    int d = data.dimension();
    double[] z = new double[d];
    double scale = 2 * alpha * alpha;
    for (int i = 0; i < d; i++) {
      z[i] = FastMath.asinh(beta[i] / scale);
    }
    double[] projected = Interpolators.minimumL2(data.withLabels(data.times(z)));
    double residual = 0;
    double norm = 0;
    for (int i = 0; i < d; i++) {
      residual += (z[i] - projected[i]) * (z[i] - projected[i]);
      norm += z[i] * z[i];
    }
    return norm == 0 ? 0 : Math.sqrt(residual / norm);
  }
}
