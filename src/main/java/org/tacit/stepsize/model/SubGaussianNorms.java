package org.tacit.stepsize.model;

import java.util.function.DoubleUnaryOperator;

/**
 * Orlicz norms of symmetric random variables with a density, by quadrature and bisection, for the
 * cited facts of NRSS Appendix D: {@code ||X||_psi2 = inf {t > 0 : E exp(X^2/t^2) <= 2}}
 * (Vershynin Def. 2.5.6) and {@code ||Y||_psi1 = inf {t > 0 : E exp(|Y|/t) <= 2}}.
 *
 * <p>Contract: {@code density} is an even probability density supported in
 * {@code [-support, support]}; expectations {@code E g(X) = 2 int_0^support g(x) density(x) dx} by
 * composite Simpson with {@link #PANELS} panels (error O(h^4), below 1e-12 relative for the smooth
 * integrands used here), norms by bisection to relative width {@link StepSizeTolerances#ORLICZ_BISECTION}. Not for
 * densities with singularities. Cost: O(PANELS) per expectation, about 60 expectations per norm.
 *
 * <p>Spec: {@code NRSS:def-V2.5.6}, {@code NRSS:lem-V2.7.6}, {@code NRSS:prop-D.1}.
 */
public final class SubGaussianNorms {

  /** Simpson panels on [0, support]. */
  public static final int PANELS = 200_000;

  private SubGaussianNorms() {}

  /** {@code E g(X)} for the even density on {@code [-support, support]}. */
  public static double expectation(DoubleUnaryOperator density, double support,
      DoubleUnaryOperator g) {
    double h = support / PANELS;
    double sum = g.applyAsDouble(0) * density.applyAsDouble(0)
        + g.applyAsDouble(support) * density.applyAsDouble(support);
    for (int k = 1; k < PANELS; k++) {
      double x = k * h;
      sum += (k % 2 == 1 ? 4 : 2) * g.applyAsDouble(x) * density.applyAsDouble(x);
    }
    return 2 * sum * h / 3;
  }

  /** {@code ||X||_psi2}; {@code upper} must satisfy {@code E exp(X^2/upper^2) <= 2}. */
  public static double psiTwo(DoubleUnaryOperator density, double support, double upper) {
    return smallest(t -> expectation(density, support, x -> Math.exp(x * x / (t * t))), upper);
  }

  /** {@code ||X^2||_psi1}; {@code upper} must satisfy {@code E exp(X^2/upper) <= 2}. */
  public static double psiOneOfSquare(DoubleUnaryOperator density, double support,
      double upper) {
    return smallest(t -> expectation(density, support, x -> Math.exp(x * x / t)), upper);
  }

  /** The smallest t in (0, upper] with moment(t) <= 2 (moment decreasing in t), by bisection. */
  private static double smallest(DoubleUnaryOperator moment, double upper) {
    if (!(moment.applyAsDouble(upper) <= 2)) {
      throw new IllegalArgumentException("upper end " + upper + " has moment above 2");
    }
    double lo = 0;
    double hi = upper;
    while (hi - lo > StepSizeTolerances.ORLICZ_BISECTION * hi) {
      double mid = (lo + hi) / 2;
      double value = mid == 0 ? Double.POSITIVE_INFINITY : moment.applyAsDouble(mid);
      if (value <= 2) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
