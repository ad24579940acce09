package org.tacit.benign.model;

/**
 * A primal-dual certificate of basis pursuit {@code min ||b||_1 s.t. X b = y} in double: a
 * candidate beta, a dual point mu scaled so that {@code ||X^T mu||_inf <= 1} (as computed), and
 * the quantities that bound the optimum {@code OPT}. Weak duality: every interpolator b has
 * {@code ||b||_1 >= mu^T X b = y^T mu}, so {@code OPT >= dualValue}; and beta is within
 * {@code primalResidual = ||X beta - y||_2} of feasibility, so {@code OPT <= ||beta||_1 +
 * sqrt(d) primalResidual / sigma_min(X)} (add the least-norm correction). With the residual at
 * rounding level, {@code gap = ||beta||_1 - y^T mu} bounds the suboptimality of beta.
 *
 * <p>Spec: the min-l1 baseline of {@code ZG:rem-1.1} and {@code ZG:rem-1.3} ({@code ZG:fig-2}).
 *
 * @param beta the primal candidate (length d)
 * @param mu the dual point (length n)
 * @param primalResidual {@code ||X beta - y||_2}
 * @param dualNorm {@code ||X^T mu||_inf} after scaling (at most 1 as computed)
 * @param l1Norm {@code ||beta||_1}
 * @param dualValue {@code y^T mu}
 * @param iterations ADMM iterations made
 * @param polished whether the certificate comes from the support solve that follows ADMM
 */
public record BasisPursuitCertificate(double[] beta, double[] mu, double primalResidual,
    double dualNorm, double l1Norm, double dualValue, int iterations, boolean polished) {

  /** Copies the arrays. */
  public BasisPursuitCertificate {
    beta = beta.clone();
    mu = mu.clone();
  }

  /** A copy of beta. */
  @Override
  public double[] beta() {
    return beta.clone();
  }

  /** A copy of mu. */
  @Override
  public double[] mu() {
    return mu.clone();
  }

  /** The duality gap {@code ||beta||_1 - y^T mu} (non-negative up to rounding). */
  public double gap() {
    return l1Norm - dualValue;
  }

  /** The gap relative to {@code ||beta||_1}. */
  public double relativeGap() {
    return gap() / Math.max(l1Norm, Double.MIN_NORMAL);
  }
}
