package org.tacit.benign.model;

/**
 * A hybrid interpolator {@code beta_h = beta_L + X^T c} (Lasso, then min-l2 interpolation of its
 * residual) with its certificates.
 *
 * <p>Spec: {@code ZG:fig-2} (hybrid interpolation of Muthukumar et al. 2020, Appendix E).
 *
 * @param beta the interpolator {@code beta_h}
 * @param lasso the Lasso step and its certificate
 * @param residualFit the min-l2 interpolator of {@code y - X beta_L} and its certificate
 * @param normalizedResidual {@code ||X beta_h - y|| / (||X||_F^2 ||c|| + ||X||_F ||beta_h|| +
 *     ||y||)}, certified by {@link ZgTolerances#hybridResidual(int, int)}
 */
public record HybridSolution(double[] beta, LassoSolution lasso, MinimumNormSolution residualFit,
    double normalizedResidual) {

  /** Copies beta. */
  public HybridSolution {
    beta = beta.clone();
  }

  /** A copy of beta. */
  @Override
  public double[] beta() {
    return beta.clone();
  }

  /** Whether {@code X beta_h = y} holds to {@link ZgTolerances#hybridResidual(int, int)}. */
  public boolean interpolates(int n, int d) {
    return normalizedResidual <= ZgTolerances.hybridResidual(n, d);
  }
}
