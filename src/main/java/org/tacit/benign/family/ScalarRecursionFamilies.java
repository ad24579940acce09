package org.tacit.benign.family;

import org.tacit.benign.model.ScalarRecursionInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG Lemma B.9 under the corrected step condition {@code eta mu <= 1/2}; all
 * hypotheses hold by construction.
 *
 * <p>Spec: {@code ZG:lem-B.9}.
 */
public final class ScalarRecursionFamilies {

  private ScalarRecursionFamilies() {}

  /**
   * {@code mu = a/b} with {@code a in [1, 1000]}, {@code b in [1, 100]}; {@code h = eta mu = j/32}
   * with {@code j in [4, 16]} (so {@code h in [1/8, 1/2]}, the edge {@code h = 1/2} one time in
   * four); {@code z_0 = mu r 2^-p} with {@code r in [1/100, 99/100]}, {@code p in [0, 8]};
   * {@code eps = (mu - z_0) s 2^-q} with {@code s in [1/100, 1]}, {@code q in [0, 8]} (one time
   * in eight {@code eps = mu - z_0}, the edge {@code z_0 = mu - eps}); 1 to 20 steps past the
   * explicit bound.
   */
  public static InstanceFamily<ScalarRecursionInstance> corrected() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "mu = a/b (a <= 1000, b <= 100), eta mu in [1/8, 1/2], z_0/mu in [2^-8/100, 1),"
            + " eps in (0, mu - z_0]";
      }

      @Override
      public ScalarRecursionInstance draw(Draws draws) {
        BigRational mu = BigRational.of(draws.between(1, 1000), draws.between(1, 100));
        BigRational h = draws.between(0, 3) == 0 ? BigRational.of(1, 2)
            : BigRational.of(draws.between(4, 16), 32);
        BigRational eta = h.divide(mu);
        BigRational z0 = mu.multiply(BigRational.of(draws.between(1, 99), 100))
            .divide(BigRational.TWO.pow(draws.intBetween(0, 8)));
        BigRational gap = mu.subtract(z0);
        BigRational eps = draws.between(0, 7) == 0 ? gap
            : gap.multiply(BigRational.of(draws.between(1, 100), 100))
                .divide(BigRational.TWO.pow(draws.intBetween(0, 8)));
        return new ScalarRecursionInstance(eta, mu, z0, eps, draws.intBetween(1, 20));
      }
    };
  }
}
