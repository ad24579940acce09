package org.tacit.bregman;

/**
 * A certified bound on the distance between a computed entropy projection {@code x^} and the
 * exact one {@code x*}, from the dual strong-convexity argument (see {@link EntropyProjection}).
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
 * @param certified whether the argument applies ({@code q < 1})
 * @param scaledResidual R: upper bound on the 2-norm of the scaled dual gradient at the
 *     dual-parametrised point
 * @param hessianLowerBound mu: lower bound on the smallest eigenvalue of the scaled dual Hessian
 * @param columnNormBound a: upper bound on the largest scaled column norm
 * @param contraction q = a R / mu (must be below 1)
 * @param dualDistanceBound t: bound on the distance of the dual optimum in scaled coordinates
 * @param logErrorBound per coordinate bound on |log x^_i - log x*_i| (length d)
 * @param maxLogErrorBound the largest entry of logErrorBound
 * @param l1DistanceBound bound on ||x^ - x*||_1
 */
public record ProjectionCertificate(
    boolean certified,
    double scaledResidual,
    double hessianLowerBound,
    double columnNormBound,
    double contraction,
    double dualDistanceBound,
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
