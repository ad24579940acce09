package org.tacit.bregman;

/**
 * The ingredients of the fixed-point certificate that {@link DualNewton#certify} computes at the
 * final dual iterate of one reduced system (derivation in {@link EntropyProjection}); they become
 * the public {@link ProjectionCertificate}.
 *
 * <p>Contract: when {@link #certified()}, {@code |log x*_i - logX_i| <= logErrorBound[i]} for
 * every local coordinate i of the reduced system (its columns, in order). When the argument fails
 * the failing quantities and every entry of {@code logErrorBound} are +infinity: with
 * {@code mu <= 0}, everything from {@code newtonLogStep} on; with no contracting ball,
 * {@code contraction} and {@code logBallRadius}. A system without rows ({@code m = 0}) is
 * certified with {@code hessianLowerBound = +infinity} and the other ingredients 0.
 *
 * @param scaledResidual R: the 2-norm of the bound on the scaled dual gradient {@code D^-1 r}
 * @param hessianLowerBound mu: lower bound on the smallest eigenvalue of the scaled Hessian
 * @param newtonLogStep rho0: bound on the largest change of log x_i in one exact Newton step
 * @param projectionNorm pi: bound on the row sums of |P|, {@code P = A'^T H^-1 A' diag(x)}
 * @param contraction the self-map ratio {@code (rho0 + pi psi(tau)) / tau}; certified iff at most 1
 * @param logBallRadius tau: radius, in the max-log-change norm, of the ball holding the optimum
 * @param logErrorBound per local coordinate bound on {@code |log x*_i - logX_i|} (length k)
 */
record DualCertificate(
    double scaledResidual,
    double hessianLowerBound,
    double newtonLogStep,
    double projectionNorm,
    double contraction,
    double logBallRadius,
    double[] logErrorBound) {

  /** Compact canonical constructor: copies the array. */
  DualCertificate {
    logErrorBound = logErrorBound.clone();
  }

  /** Per local coordinate bounds (a copy). */
  @Override
  public double[] logErrorBound() {
    return logErrorBound.clone();
  }

  /** Whether the fixed-point argument applies: {@code contraction <= 1}. */
  boolean certified() {
    return contraction <= 1;
  }
}
