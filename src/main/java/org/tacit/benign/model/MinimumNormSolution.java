package org.tacit.benign.model;

/**
 * The double min-l2 interpolator {@code beta = X^T c} with {@code (X X^T) c = y}, and its
 * certificate.
 *
 * <p>Certificate: {@code normalizedResidual = ||X beta - y||_2 / (||X||_F^2 ||c||_2)} (computed
 * from the returned beta, not from the solve) is at most
 * {@link ZgTolerances#minimumNormResidual(int, int)}; {@code rowSpaceDefect =
 * ||beta - X^T c||_2 / ||beta||_2} (0 for beta = 0) measures how far the returned beta is from the
 * row space vector {@code X^T c}.
 *
 * <p>Spec: {@code ZG:rem-1.1}.
 *
 * @param beta the interpolator (length d)
 * @param coefficients the row-space coefficients c (length n)
 * @param normalizedResidual {@code ||X beta - y|| / (||X||_F^2 ||c||)}
 * @param rowSpaceDefect {@code ||beta - X^T c|| / ||beta||}
 */
public record MinimumNormSolution(double[] beta, double[] coefficients, double normalizedResidual,
    double rowSpaceDefect) {

  /** Copies the arrays. */
  public MinimumNormSolution {
    beta = beta.clone();
    coefficients = coefficients.clone();
  }

  /** A copy of beta. */
  @Override
  public double[] beta() {
    return beta.clone();
  }

  /** A copy of c. */
  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** Whether the residual certificate holds for an {@code n x d} design. */
  public boolean certified(int n, int d) {
    return normalizedResidual <= ZgTolerances.minimumNormResidual(n, d)
        && rowSpaceDefect <= ZgTolerances.minimumNormResidual(n, d);
  }
}
