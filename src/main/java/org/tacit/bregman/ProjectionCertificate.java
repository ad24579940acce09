package org.tacit.bregman;

/**
 * A certified bound on the distance between a computed entropy projection {@code x^} and the
 * exact one {@code x*}, from a fixed-point argument for the dual in the max-log-change norm (see
 * {@link EntropyProjection}).
 *
 * <p>Contract: when {@code certified} is true, for every support coordinate i
 * {@code |log x^_i - log x*_i| <= logErrorBound[i]}, hence
 * {@code |x^_i - x*_i| <= expm1(logErrorBound[i]) x^_i} and in particular {@code x*_i > 0}; the
 * l1 distance is at most {@code l1DistanceBound}. These hold under the standard floating-point
 * model (each operation exact up to a factor {@code 1 + u}, {@code Math.exp}/{@code Math.log}
 * within 1 ulp); every rounding is accounted for with Higham's gamma constants. When
 * {@code certified} is false the bounds are +infinity. Indices refer to the original columns;
 * coordinates outside the support have bound 0 (fixed to 0 by the caller's mask).
 *
 * <p>Spec: solver guarantee behind the MS checks ({@code MS:lem-III.2}, {@code MS:lem-III.3ii}).
 *
 * @param certified whether the fixed-point argument applies (contraction at most 1)
 * @param scaledResidual the 2-norm of the bound on the scaled dual gradient {@code D^-1 r}
 * @param hessianLowerBound mu: lower bound on the smallest eigenvalue of the scaled Hessian
 * @param newtonLogStep rho0: bound on the largest change of log x_i in one exact Newton step
 * @param projectionNorm pi: bound on the row sums of |P|, {@code P = A'^T H^-1 A' diag(x)}
 * @param contraction the self-map ratio {@code (rho0 + pi psi(tau)) / tau} (at most 1 if certified)
 * @param logBallRadius tau: radius, in the max-log-change norm, of the ball holding the optimum
 * @param logErrorBound per coordinate bound on |log x^_i - log x*_i| (length d)
 * @param maxLogErrorBound the largest entry of logErrorBound
 * @param l1DistanceBound bound on ||x^ - x*||_1
 */
public record ProjectionCertificate(
    boolean certified,
    double scaledResidual,
    double hessianLowerBound,
    double newtonLogStep,
    double projectionNorm,
    double contraction,
    double logBallRadius,
    double[] logErrorBound,
    double maxLogErrorBound,
    double l1DistanceBound) {

  /** Compact canonical constructor: copies the array. */
  public ProjectionCertificate {
    logErrorBound = logErrorBound.clone();
  }

  /** Per coordinate bounds (a copy). */
  @Override
  public double[] logErrorBound() {
    return logErrorBound.clone();
  }

  /** Certified bound on the relative error {@code |x^_i - x*_i| / x^_i} of every coordinate. */
  public double relativeErrorBound() {
    return Math.expm1(maxLogErrorBound);
  }
}
