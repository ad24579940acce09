package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ClStabilityConstants;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in constants of TDR Theorem C.28, meeting its hypotheses by construction.
 *
 * <p>Spec: {@code TDR:thm-C.28}.
 */
public final class ClStabilityFamilies {

  private ClStabilityFamilies() {}

  private static BigRational positive(Draws draws) {
    return BigRational.of(draws.between(1, 1000), draws.between(1, 100));
  }

  /**
   * {@code g_low <= g(x) <= g_bar} and {@code 0 < h(x) <= h_bar} as positive rationals times
   * factors {@code >= 1}; {@code chi_h} positive; {@code r = m/n}; {@code epsilon = i/j < 1};
   * {@code chi_g = 4 g(x)(1 + t)/r^2} with {@code t = u/v > 0}, so g is r-CL at x. Both regimes of
   * the admissible range occur ({@code D > A} when t is large and epsilon near 1).
   */
  public static InstanceFamily<ClStabilityConstants> constants() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rationals g_low <= g <= g_bar, 0 < h <= h_bar, chi_g = 4 g (1 + t)/r^2, eps < 1";
      }

      @Override
      public ClStabilityConstants draw(Draws draws) {
        BigRational gLow = positive(draws);
        BigRational g = gLow.multiply(BigRational.ONE.add(BigRational.of(draws.between(0, 100),
            draws.between(1, 100))));
        BigRational gBar = g.multiply(BigRational.ONE.add(BigRational.of(draws.between(0, 100),
            draws.between(1, 100))));
        BigRational h = positive(draws);
        BigRational hBar = h.multiply(BigRational.ONE.add(BigRational.of(draws.between(0, 100),
            draws.between(1, 100))));
        BigRational chiH = positive(draws);
        BigRational r = positive(draws);
        long j = draws.between(2, 100);
        BigRational epsilon = BigRational.of(draws.between(1, j - 1), j);
        BigRational t = BigRational.of(draws.between(1, 10_000), draws.between(1, 10));
        BigRational chiG = BigRational.of(4).multiply(g).multiply(BigRational.ONE.add(t))
            .divide(r.pow(2));
        return new ClStabilityConstants(g, h, gLow, gBar, hBar, chiG, chiH, r, epsilon);
      }
    };
  }
}
