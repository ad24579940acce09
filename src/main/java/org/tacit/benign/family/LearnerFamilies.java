package org.tacit.benign.family;

import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Small exact instances of the model (1) and gradient descent (2): {@code n} in {@code [2, 4]},
 * {@code d} in {@code [n, 6]}, design entries integers in {@code [-2, 2]}, noise entries
 * {@code k/4}, {@code |k| <= 2}, an {@code s}-sparse target ({@code s} in {@code [1, 2]}) on the
 * first {@code s} coordinates with entries {@code +-1} or {@code +-1/2} (so {@code S+} and
 * {@code S-} both occur), {@code lambda} in {@code {1/4, 1/2, 3/4, 1}}.
 *
 * <p>Spec: {@code ZG:eq-1}, {@code ZG:eq-2}, {@code ZG:eq-3}, {@code ZG:eq-4}, {@code ZG:rem-A.4},
 * {@code ZG:rem-B.2}, {@code ZG:rem-B.5}, {@code ZG:rem-B.6}.
 */
public final class LearnerFamilies {

  /** The step size of the paper-initialized runs. */
  public static final BigRational SMALL_STEP = BigRational.of(1, 512);

  private LearnerFamilies() {}

  /**
   * One exact GD step from an arbitrary state ({@code w, u, v} entries {@code k/4},
   * {@code |k| <= 4}), {@code eta} in {@code {1/16, 1/8}}: meets the hypotheses of (2)
   * ({@code eta > 0}, {@code lambda > 0}) by construction.
   */
  public static InstanceFamily<LearnerInstance> arbitraryState() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "one exact GD step from an arbitrary rational state, n <= 4, d <= 6";
      }

      @Override
      public LearnerInstance draw(Draws draws) {
        LearnerData data = data(draws);
        int d = data.dimension();
        LearnerState start = new LearnerState(quarters(draws, d, 4), quarters(draws, d, 4),
            quarters(draws, d, 4));
        return new LearnerInstance(data, BigRational.of(1, 8L << draws.intBetween(0, 1)), start,
            1);
      }
    };
  }

  /**
   * {@code T} in {@code [1, 3]} exact GD steps from the paper's initialization {@code v = 0},
   * {@code w = u = alpha 1}, {@code alpha} in {@code {1/4, 1/2}}, with {@code eta = 1/512}. Meets
   * {@code eta, lambda > 0} and {@code v^(0) = 0} by construction, and the condition
   * {@code |2 eta lambda g_k^(t)| <= 1} of the product invariant for {@code t <= 2}: first
   * {@code |y_i| <= 2 (1 + 1) + 1/2 = 4.5}. Claim: {@code |g_k^(t)| <= 13} for {@code t <= 2}. At
   * {@code t = 0}, {@code beta = 0} and {@code |g_k| <= 2 max |y_i| <= 9}. If it holds before
   * {@code t}, every factor {@code 1 -+ 2 eta lambda g} lies in {@code [1 - c, 1 + c]},
   * {@code c = 26/512}, so {@code |w_k^2 - u_k^2| <= alpha^2 ((1 + c)^4 - (1 - c)^4) <= 0.102},
   * {@code |v_k| <= 2 eta 13 <= 0.051}, {@code |beta_k| <= 0.153} ({@code lambda <= 1}),
   * {@code |r_i| <= 2 * 6 * 0.153 + 4.5 <= 6.34} and {@code |g_k| <= 2 * 6.34 <= 13}. Hence
   * {@code 2 eta lambda |g_k^(t)| <= 26/512 < 1}.
   */
  public static InstanceFamily<LearnerInstance> paperInitialization() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "1-3 exact GD steps from v = 0, w = u = alpha 1, eta = 1/512, n <= 4, d <= 6";
      }

      @Override
      public LearnerInstance draw(Draws draws) {
        LearnerData data = data(draws);
        BigRational alpha = BigRational.of(draws.intBetween(1, 2), 4);
        return new LearnerInstance(data, SMALL_STEP,
            LearnerState.initial(data.dimension(), alpha), draws.intBetween(1, 3));
      }
    };
  }

  /** Data and {@code lambda} as described in the class comment. */
  static LearnerData data(Draws draws) {
    int n = draws.intBetween(2, 4);
    int d = draws.intBetween(n, 6);
    BigRational[][] x = new BigRational[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        x[i][k] = BigRational.of(draws.intBetween(-2, 2));
      }
    }
    BigRational[] noise = quarters(draws, n, 2);
    BigRational[] betaStar = new BigRational[d];
    int s = draws.intBetween(1, Math.min(2, d));
    for (int k = 0; k < d; k++) {
      if (k < s) {
        BigRational magnitude = BigRational.of(1, draws.intBetween(1, 2));
        betaStar[k] = draws.coin() ? magnitude : magnitude.negate();
      } else {
        betaStar[k] = BigRational.ZERO;
      }
    }
    return new LearnerData(x, noise, betaStar, BigRational.of(draws.intBetween(1, 4), 4));
  }

  private static BigRational[] quarters(Draws draws, int length, int bound) {
    BigRational[] out = new BigRational[length];
    for (int k = 0; k < length; k++) {
      out[k] = BigRational.of(draws.intBetween(-bound, bound), 4);
    }
    return out;
  }
}
