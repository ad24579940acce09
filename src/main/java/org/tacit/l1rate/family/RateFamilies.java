package org.tacit.l1rate.family;

import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances of Theorem II.2: a closed-form instance and a scale alpha meeting the hypothesis of
 * part (a) or part (b) by construction.
 *
 * <p>Spec: instance families for {@code MS:thm-II.2a} and {@code MS:thm-II.2b}.
 */
public final class RateFamilies {

  /** Smallest alpha a lower-bound instance may have (the solver accepts alpha >= 1e-300). */
  public static final double SMALLEST_ALPHA = 1e-250;

  /** Redraws of a base instance before giving up (the checker then rejects the instance). */
  public static final int MAX_REDRAWS = 100;

  private RateFamilies() {}

  /**
   * Part (a): {@code alpha = eps min_S x*} with {@code eps = 10^-u}, u uniform on
   * {@code (0, decades]} (so alpha < min_S x* strictly).
   */
  public static InstanceFamily<RateInstance> upperBound(InstanceFamily<ClosedFormInstance> base,
      double decades) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return base.name() + "; alpha = 10^-u min_S x*, u in (0, " + decades + "]";
      }

      @Override
      public RateInstance draw(Draws draws) {
        ClosedFormInstance instance = base.draw(draws);
        double u = decades * (1 - draws.uniform());
        double lambda = instance.constants().minOnSupport().doubleValue();
        return new RateInstance(instance, Math.pow(10, -u) * lambda);
      }
    };
  }

  /**
   * Part (b): {@code eps = (1 - HYPOTHESIS_INSET) C^(-1/(1-rho)) 10^-u}, u uniform on
   * {@code [0, decades]}, {@code alpha = eps min_S x*}; u = 0 is the boundary of the hypothesis
   * {@code C eps^(1-rho) <= 1} (up to the inset). A base instance whose largest admissible alpha
   * lies below {@link #SMALLEST_ALPHA} (extreme constants, e.g. C ~ 1e130 with 1 - rho ~ 0.4) is
   * redrawn: no alpha in the solver's range meets the hypothesis there. This is rare (about one
   * draw in a hundred in the general known-minimizer family, never in the closed forms).
   */
  public static InstanceFamily<RateInstance> lowerBound(InstanceFamily<ClosedFormInstance> base,
      double decades) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return base.name() + "; eps = C^(-1/(1-rho)) 10^-u, u in [0, " + decades + "]";
      }

      @Override
      public RateInstance draw(Draws draws) {
        for (int attempt = 0; ; attempt++) {
          ClosedFormInstance instance = base.draw(draws);
          RateConstants k = instance.constants();
          double u = decades * draws.uniform();
          double rho = k.rho().doubleValue();
          double logEps = Math.log1p(-L1RateTolerances.HYPOTHESIS_INSET)
              - k.logLowerBoundConstant() / (1 - rho) - u * Math.log(10);
          double alpha = Math.exp(logEps) * k.minOnSupport().doubleValue();
          if (alpha >= SMALLEST_ALPHA || attempt >= MAX_REDRAWS) {
            return new RateInstance(instance, alpha);
          }
        }
      }
    };
  }
}
