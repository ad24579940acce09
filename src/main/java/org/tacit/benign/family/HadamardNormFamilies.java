package org.tacit.benign.family;

import org.tacit.benign.model.HadamardNormInstance;
import org.tacit.benign.model.HadamardRealPowerNormInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG Lemma B.10: rational vectors of equal length and an integer exponent
 * {@code k >= 1}, or real vectors and a real exponent {@code k >= 1}, so the hypotheses hold by
 * construction.
 *
 * <p>Spec: {@code ZG:lem-B.10}.
 */
public final class HadamardNormFamilies {

  private HadamardNormFamilies() {}

  /**
   * Signed rationals (numerators in {@code [-50, 50]}, denominators in {@code [1, 20]}),
   * {@code d in [1, 8]}, {@code k in [1, 8]}; one draw in four makes {@code beta} of constant
   * modulus (equality in the first bound) and one in four makes {@code alpha} 1-sparse (equality in
   * the second).
   */
  public static InstanceFamily<HadamardNormInstance> rational() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational alpha, beta (num in [-50, 50], den <= 20), d in [1, 8], k in [1, 8]";
      }

      @Override
      public HadamardNormInstance draw(Draws draws) {
        int d = draws.intBetween(1, 8);
        long shape = draws.between(0, 3);
        BigRational[] alpha = new BigRational[d];
        BigRational[] beta = new BigRational[d];
        BigRational modulus = entry(draws);
        int spike = draws.intBetween(0, d - 1);
        for (int i = 0; i < d; i++) {
          alpha[i] = shape == 1 && i != spike ? BigRational.ZERO : entry(draws);
          beta[i] = shape == 0 ? (draws.coin() ? modulus : modulus.negate()) : entry(draws);
        }
        return new HadamardNormInstance(alpha, beta, draws.intBetween(1, 8));
      }
    };
  }

  /**
   * Real exponents: alpha with {@code d in [1, 16]} Gaussian entries times {@code 10^U(-3, 3)}
   * (one time in four 1-sparse, the equality case), {@code k} uniform on {@code [1, 10)}.
   */
  public static InstanceFamily<HadamardRealPowerNormInstance> realPower() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian alpha * 10^U(-3, 3), d in [1, 16], real k in [1, 10)";
      }

      @Override
      public HadamardRealPowerNormInstance draw(Draws draws) {
        int d = draws.intBetween(1, 16);
        double scale = Math.pow(10, draws.uniform(-3, 3));
        boolean oneSparse = draws.between(0, 3) == 0;
        int spike = draws.intBetween(0, d - 1);
        double[] alpha = new double[d];
        for (int i = 0; i < d; i++) {
          alpha[i] = oneSparse && i != spike ? 0 : scale * draws.gaussian();
        }
        return new HadamardRealPowerNormInstance(alpha, draws.uniform(1, 10));
      }
    };
  }

  private static BigRational entry(Draws draws) {
    return BigRational.of(draws.between(-50, 50), draws.between(1, 20));
  }
}
