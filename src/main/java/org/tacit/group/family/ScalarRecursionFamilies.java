package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the scalar recursions of LNHW Appendices C-D, constructed inside the
 * hypotheses.
 *
 * <p>Spec: {@code LNHW:lem-7}.
 */
public final class ScalarRecursionFamilies {

  private ScalarRecursionFamilies() {}

  /**
   * Lemma 7: {@code u* = a/b} with {@code a in [1, 60]}, {@code b in [1, 20]};
   * {@code u(0) = lambda_0 u*} with {@code lambda_0 = k/m}, {@code 1 <= k < m <= 40} (one time in
   * eight {@code lambda_0 = 1 - 1/m}, close to {@code u*}; one in eight {@code 1/m}, small);
   * {@code gamma = c / (4 (u*)^2)} with {@code c = i/j in (0, 1]}, one time in four exactly 1 (the
   * boundary step size); 1 to 6 steps.
   */
  public static InstanceFamily<MagnitudeRecursionInstance> magnitude() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational u* (num <= 60, den <= 20), u(0) = lambda u* (lambda in (0,1), den <= 40),"
            + " gamma (u*)^2 in (0, 1/4] (1/4 one time in four), 1-6 exact steps";
      }

      @Override
      public MagnitudeRecursionInstance draw(Draws draws) {
        BigRational uStar = BigRational.of(draws.between(1, 60), draws.between(1, 20));
        int m = draws.intBetween(2, 40);
        long shape = draws.between(0, 7);
        long k = shape == 0 ? m - 1 : shape == 1 ? 1 : draws.between(1, m - 1);
        BigRational initial = uStar.multiply(BigRational.of(k, m));
        int j = draws.intBetween(1, 30);
        BigRational c = draws.between(0, 3) == 0 ? BigRational.ONE
            : BigRational.of(draws.between(1, j), j);
        BigRational gamma = c.divide(BigRational.of(4).multiply(uStar.pow(2)));
        return new MagnitudeRecursionInstance(uStar, initial, gamma, draws.intBetween(1, 6));
      }
    };
  }
}
