package org.tacit.group.family;

import org.tacit.group.model.IterationWindow;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Admissible parameter sets of LNHW Theorem 3, by construction: {@code (u*_min)^2} log-uniform on
 * {@code [1e-3, 1e3]}, {@code (u*_max)^2/(u*_min)^2} log-uniform on {@code [1, 1e3]}, {@code L}
 * in {@code [1, 1000]}, {@code s} in {@code [1, L]}, {@code eps} and {@code ||X^T xi/n||_inf}
 * log-uniform on {@code [1e-6, min(10, (u*_max)^2/80)]} (so {@code zeta <= (u*_max)^2}, the case
 * of the window argument; the cap is at least {@code 1.25e-5}), {@code alpha = kappa} times Theorem 3's bound and
 * {@code gamma = kappa'/(20 (u*_max)^2)} with {@code kappa} log-uniform on {@code [1e-6, 1)} and
 * {@code kappa'} uniform on {@code [0.01, 1]}.
 *
 * <p>Spec: {@code LNHW:thm-3}, {@code LNHW:rem-D.1.2}.
 */
public final class IterationWindowFamilies {

  private IterationWindowFamilies() {}

  /** The family described above. */
  public static InstanceFamily<IterationWindow> admissible() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "admissible Theorem 3 parameters: (u*_min)^2 in [1e-3, 1e3], ratio <= 1e3,"
            + " L <= 1000, eps, noise in [1e-6, (u*_max)^2/80], alpha = kappa alpha_max,"
            + " gamma = kappa' gamma_max";
      }

      @Override
      public IterationWindow draw(Draws draws) {
        double uMin = logUniform(draws, 1e-3, 1e3);
        double uMax = uMin * logUniform(draws, 1, 1e3);
        int groupCount = draws.intBetween(1, 1000);
        int support = draws.intBetween(1, groupCount);
        double cap = Math.min(10, uMax / 80);
        double epsilon = logUniform(draws, 1e-6, cap);
        double noise = logUniform(draws, 1e-6, cap);
        IterationWindow draft = new IterationWindow(uMin, uMax, groupCount, support, epsilon,
            noise, 0, 0);
        double alpha = draft.alphaBound() * logUniform(draws, 1e-6, 1) * (1 - 1e-9);
        double gamma = draft.gammaBound() * draws.uniform(0.01, 1);
        return new IterationWindow(uMin, uMax, groupCount, support, epsilon, noise, alpha, gamma);
      }
    };
  }

  private static double logUniform(Draws draws, double lo, double hi) {
    return Math.exp(draws.uniform(Math.log(lo), Math.log(hi)));
  }
}
