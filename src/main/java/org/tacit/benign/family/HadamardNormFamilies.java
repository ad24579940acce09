package org.tacit.benign.family;

import org.tacit.benign.model.HadamardNormInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG Lemma B.10: rational vectors of equal length and an integer exponent
 * {@code k >= 1}, so the hypotheses hold by construction.
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

  private static BigRational entry(Draws draws) {
    return BigRational.of(draws.between(-50, 50), draws.between(1, 20));
  }
}
