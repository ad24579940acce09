package org.tacit.benign.model;

/**
 * A Lasso solution from {@link Lasso} with its certificate.
 *
 * <p>Spec: the Lasso of {@code ZG:fig-2}.
 *
 * @param beta the coefficients (length d)
 * @param lambda the penalty
 * @param certificate the duality gap and KKT residuals of beta
 * @param sweeps the number of full coordinate sweeps run
 */
public record LassoSolution(double[] beta, double lambda, LassoCertificate certificate,
    int sweeps) {

  /** Copies beta. */
  public LassoSolution {
    beta = beta.clone();
  }

  /** A copy of beta. */
  @Override
  public double[] beta() {
    return beta.clone();
  }
}
