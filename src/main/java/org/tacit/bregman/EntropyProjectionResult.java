package org.tacit.bregman;

/**
 * The computed entropy projection {@code x_inf(alpha)} and how good it is.
 *
 * <p>Contract: arrays have length d (the original column count); outside the support mask
 * {@code x = 0} and {@code logX = -infinity}. {@code logX} is the primary output: for tiny alpha
 * coordinates of x may underflow to 0 (or lose precision as subnormals) while {@code logX} keeps
 * full relative accuracy. Arrays are copied on construction and access.
 *
 * <p>Spec: MS {@code rem-I.2} (x_inf(alpha) as the Bregman projection of alpha 1).
 *
 * @param alpha the scale alpha
 * @param x the projection, {@code exp(logX)}
 * @param logX natural logarithms of the projection's coordinates
 * @param residualNorm {@code ||A x - y||_2} in the original system, evaluated in double
 * @param maxRelativeRowResidual the largest row residual of the reduced system relative to the
 *     row's magnitude {@code sum_i |A'_ji| x_i + |y'_j|}
 * @param newtonDecrement the Newton decrement {@code sqrt(r^T H^-1 r)} of the dual at the final
 *     iterate when Newton converged (finite; 0 without constraints), else at the last iterate
 *     where a step was computed (NaN if none was)
 * @param iterations Newton iterations over all phases
 * @param phases re-pivoting phases used
 * @param certificate the certified distance bound
 */
public record EntropyProjectionResult(
    double alpha,
    double[] x,
    double[] logX,
    double residualNorm,
    double maxRelativeRowResidual,
    double newtonDecrement,
    int iterations,
    int phases,
    ProjectionCertificate certificate) {

  /** Compact canonical constructor: copies the arrays. */
  public EntropyProjectionResult {
    x = x.clone();
    logX = logX.clone();
  }

  /** The projection (a copy). */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** Logarithms of the coordinates (a copy). */
  @Override
  public double[] logX() {
    return logX.clone();
  }
}
