package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.grokking.model.RatioInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of TDR Lemma C.11: {@code 0 < a < b} by construction.
 *
 * <p>Spec: {@code TDR:lem-C.11}.
 */
public final class EpsilonGammaFamilies {

  private EpsilonGammaFamilies() {}

  /**
   * {@code b = m/n} ({@code m in [1, 10^6]}, {@code n in [1, 1000]}) and {@code a = rho b} with
   * {@code rho} one of: {@code i/j} ({@code 1 <= i < j <= 1000}); a rational square
   * {@code (i/j)^2} (so {@code sqrt(a/b)} is exact); {@code 1 - 10^-k} ({@code k in [1, 15]},
   * a near 1, where the witnesses become tiny); {@code 10^-k} ({@code k in [1, 15]}).
   */
  public static InstanceFamily<RatioInstance> ratios() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "b = m/n, a = rho b with rho = i/j, (i/j)^2, 1 - 10^-k or 10^-k";
      }

      @Override
      public RatioInstance draw(Draws draws) {
        BigRational b = BigRational.of(draws.between(1, 1_000_000), draws.between(1, 1000));
        long j = draws.between(2, 1000);
        long i = draws.between(1, j - 1);
        BigRational rho = switch (draws.intBetween(0, 3)) {
          case 0 -> BigRational.of(i, j);
          case 1 -> BigRational.of(i, j).pow(2);
          case 2 -> BigRational.ONE.subtract(BigRational.of(1, 10).pow(draws.intBetween(1, 15)));
          default -> BigRational.of(1, 10).pow(draws.intBetween(1, 15));
        };
        return new RatioInstance(rho.multiply(b), b);
      }
    };
  }
}
