package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.ConvergenceTimeInstance;
import org.tacit.group.model.EscapeTimeInstance;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.group.model.MultiplicativeRecursionInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the scalar recursions of LNHW Appendices C-D, constructed inside the
 * hypotheses.
 *
 * <p>Spec: {@code LNHW:lem-5}, {@code LNHW:lem-6}, {@code LNHW:lem-7}, {@code LNHW:lem-14}.
 */
public final class ScalarRecursionFamilies {

  private ScalarRecursionFamilies() {}

  /**
   * Lemma 7: {@code u* = a/b} with {@code a in [1, 60]}, {@code b in [1, 20]};
   * {@code u(0) = lambda_0 u*} with {@code lambda_0 = k/m}, {@code 1 <= k < m <= 40} (one time in
   * eight {@code lambda_0 = 1 - 1/m}, close to {@code u*}; one in eight {@code 1/m}, small);
   * {@code gamma = c / (4 (u*)^2)} with {@code c = i/j in (0, 1]}, one time in four exactly 1 (the
   * boundary step size); 1 to 5 steps.
   */
  public static InstanceFamily<MagnitudeRecursionInstance> magnitude() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational u* (num <= 60, den <= 20), u(0) = lambda u* (lambda in (0,1), den <= 40),"
            + " gamma (u*)^2 in (0, 1/4] (1/4 one time in four), 1-5 exact steps";
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
        return new MagnitudeRecursionInstance(uStar, initial, gamma, draws.intBetween(1, 5));
      }
    };
  }

  /**
   * Lemma 14: {@code alpha = 1/k} ({@code k in [2, 10^6]}) or {@code i/j < 1}; {@code B = i/j in
   * [1/100, 2]}; {@code gamma = c/(4B)} with {@code c = i/200 in [1/100, 1]} ({@code c = 1}, the
   * boundary, one time in four), so {@code T = log(1/alpha)/(2c) <= 700}; a period of 1 to 6
   * perturbations: constant {@code B} (the worst case) one time in three, alternating
   * {@code +-B} one in three, otherwise uniform on the grid {@code B i/20}, {@code |i| <= 20}.
   */
  public static InstanceFamily<MultiplicativeRecursionInstance> multiplicative() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "alpha in (1e-6, 1), B in [1/100, 2], gamma B in [1/400, 1/4], periodic e_t"
            + " (constant B, alternating, or random in [-B, B])";
      }

      @Override
      public MultiplicativeRecursionInstance draw(Draws draws) {
        BigRational alpha;
        if (draws.coin()) {
          alpha = BigRational.of(1, draws.between(2, 1_000_000));
        } else {
          int j = draws.intBetween(2, 100);
          alpha = BigRational.of(draws.between(1, j - 1), j);
        }
        BigRational bound = BigRational.of(draws.between(1, 200), 100);
        BigRational c = draws.between(0, 3) == 0 ? BigRational.ONE
            : BigRational.of(draws.between(2, 200), 200);
        BigRational gamma = c.divide(BigRational.of(4).multiply(bound));
        int length = draws.intBetween(1, 6);
        long shape = draws.between(0, 2);
        BigRational[] period = new BigRational[length];
        for (int i = 0; i < length; i++) {
          period[i] = shape == 0 ? bound : shape == 1 ? (i % 2 == 0 ? bound : bound.negate())
              : bound.multiply(BigRational.of(draws.between(-20, 20), 20));
        }
        return new MultiplicativeRecursionInstance(alpha, bound, gamma, period);
      }
    };
  }

  /**
   * Lemma 5: {@code theta = 1/k} ({@code k in [2, 1000]}) or {@code i/100} ({@code i in [1, 90]});
   * {@code B = i/10^j} with {@code i in [1, 999]}, {@code j in [0, 5]} (so {@code B} spans
   * {@code [1e-5, 999]}).
   */
  public static InstanceFamily<EscapeTimeInstance> escapeTime() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "theta in [1e-3, 0.9], B in [1e-5, 999] (log-spread)";
      }

      @Override
      public EscapeTimeInstance draw(Draws draws) {
        BigRational theta = draws.coin() ? BigRational.of(1, draws.between(2, 1000))
            : BigRational.of(draws.between(1, 90), 100);
        BigRational bound = BigRational.of(draws.between(1, 999),
            BigRational.of(10).pow(draws.intBetween(0, 5)).numerator().longValueExact());
        return new EscapeTimeInstance(theta, bound);
      }
    };
  }

  /**
   * Lemma 6: {@code u* = 10^x}, {@code x in [-1, 1]}; {@code B in (0, 0.099]};
   * {@code tau = 10^y}, {@code y in [-4, log10(0.49)]}; {@code theta = f u* / 2} with
   * {@code f = 10^z}, {@code z in [-3, log10(0.99)]}.
   */
  public static InstanceFamily<ConvergenceTimeInstance> convergenceTime() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "u* in [0.1, 10], B in (0, 0.099], tau in [1e-4, 0.49], theta in [1e-3, 0.99] u*/2"
            + " (log-uniform)";
      }

      @Override
      public ConvergenceTimeInstance draw(Draws draws) {
        double uStar = Math.pow(10, draws.uniform(-1, 1));
        double bound = draws.uniform(0.001, 0.099);
        double tau = Math.pow(10, draws.uniform(-4, Math.log10(0.49)));
        double theta = Math.pow(10, draws.uniform(-3, Math.log10(0.99))) * uStar / 2;
        return new ConvergenceTimeInstance(uStar, bound, tau, theta);
      }
    };
  }
}
