package org.tacit.benign.model;

/**
 * The coordinate-wise mirror map of a reparametrized linear model under gradient flow from the
 * paper's initialization: {@code phi(z) = c z + 2 kappa alpha^2 sinh(4 kappa z)}, its derivative
 * {@code phi'(z) = c + 8 kappa^2 alpha^2 cosh(4 kappa z)} and the convex conjugate potential
 * {@code Phi*(z) = c z^2 / 2 + (alpha^2 / 2)(cosh(4 kappa z) - 1)} with {@code (Phi*)' = phi}.
 * Model (1), {@code beta = v + lambda (w o w - u o u)}: {@code c = 1}, {@code kappa = lambda}
 * (ZG-DER-MIRROR); the baseline {@code beta = w o w - u o u}: {@code c = 0}, {@code kappa = 1}
 * (ZG-DER-MIRROR-L1). The derivation is in {@code proofs-notes/ZG/gradient-flow.md}.
 *
 * <p>Evaluation: {@code alpha} is held as {@code log alpha}, and every hyperbolic term is formed as
 * {@code exp(2 log alpha + |t| - k ln 2)} times a factor built from {@code expm1(-|t|)} or
 * {@code expm1(-2|t|)}, {@code t = 4 kappa z}: no overflow while the value itself is finite
 * (e.g. {@code alpha = 1e-15}, {@code t = 800}), no cancellation near {@code t = 0}, and a
 * relative error of a few {@code u (1 + |t| + |2 log alpha|)} (the rounding of the exponent is
 * magnified by exp). Values beyond the double range are {@code +-Infinity}. O(1) per call.
 *
 * <p>Spec: {@code ZG:rem-1.4} (model (1)), {@code ZG:rem-1.1} (the {@code w^2 - u^2} baseline).
 *
 * @param linear the coefficient {@code c} of the linear part (1 for model (1), 0 for the baseline)
 * @param kappa the scale {@code kappa > 0} of the quadratic part
 * @param logAlpha {@code log alpha} of the initialization {@code w = u = alpha 1}
 */
public record MirrorLink(double linear, double kappa, double logAlpha) {

  private static final double LN2 = Math.log(2);

  /** Checks {@code c >= 0}, {@code kappa > 0} and a finite {@code log alpha}. */
  public MirrorLink {
    if (!(linear >= 0) || !(kappa > 0) || !Double.isFinite(logAlpha) || Double.isInfinite(kappa)
        || Double.isInfinite(linear)) {
      throw new IllegalArgumentException("need c >= 0, kappa > 0 finite and a finite log alpha");
    }
  }

  /** The map of model (1) with scale {@code lambda} and initialization {@code alpha > 0}. */
  public static MirrorLink learner(double lambda, double alpha) {
    return new MirrorLink(1.0, lambda, Math.log(alpha));
  }

  /** The map of the baseline {@code w o w - u o u} with initialization {@code alpha > 0}. */
  public static MirrorLink squaredDifference(double alpha) {
    return new MirrorLink(0.0, 1.0, Math.log(alpha));
  }

  /** {@code phi(z) = c z + 2 kappa alpha^2 sinh(4 kappa z)}. */
  public double phi(double z) {
    double t = 4 * kappa * Math.abs(z);
    double hyperbolic = -Math.exp(2 * logAlpha + t) * Math.expm1(-2 * t) * kappa;
    return linear * z + Math.copySign(hyperbolic, z);
  }

  /** {@code phi'(z) = c + 8 kappa^2 alpha^2 cosh(4 kappa z)} ({@code > 0}). */
  public double derivative(double z) {
    return linear + curvature(z);
  }

  /** The hyperbolic part {@code 8 kappa^2 alpha^2 cosh(4 kappa z)} of {@code phi'}. */
  public double curvature(double z) {
    double t = 4 * kappa * Math.abs(z);
    return 4 * kappa * kappa * Math.exp(2 * logAlpha + t) * (1 + Math.exp(-2 * t));
  }

  /** {@code Phi*(z) = c z^2/2 + (alpha^2/2)(cosh(4 kappa z) - 1) = c z^2/2 + alpha^2 sinh^2(2 kappa z)}. */
  public double conjugate(double z) {
    double t = 4 * kappa * Math.abs(z);
    double e = Math.expm1(-t);
    return 0.5 * linear * z * z + Math.exp(2 * logAlpha + t - 2 * LN2) * e * e;
  }
}
