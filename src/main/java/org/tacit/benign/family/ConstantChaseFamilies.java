package org.tacit.benign.family;

import org.tacit.benign.check.RateDominanceRemarkChecker;
import org.tacit.benign.check.RipExponentRemarkChecker;
import org.tacit.benign.model.RateDominanceInstance;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG's constant chases: the exponent bound in the proof of Proposition A.1
 * (remark A.2) in its corrected regime, and remark 3.3's rate algebra. Each meets its checker's
 * hypotheses by construction.
 *
 * <p>Spec: {@code ZG:rem-A.2}, {@code ZG:prop-A.1}, {@code ZG:rem-3.3}.
 */
public final class ConstantChaseFamilies {

  private ConstantChaseFamilies() {}

  /**
   * Remark A.2, corrected regime: {@code c2 in [28.3, 150]}, {@code k in [1, 10]}, d log-uniform in
   * {@code [1e7, 1e9]} (so {@code c2^2 k log(d/k) < d}), n log-uniform between
   * {@code c2^2 k log(d/k)} and d, delta uniform in {@code [c2 sqrt((k/n) log(d/k)), 1)}.
   */
  public static InstanceFamily<RipExponentInstance> ripExponent() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "c2 in [28.3, 150], k in [1, 10], d in [1e7, 1e9], c2^2 k log(d/k) < n <= d,"
            + " delta in [c2 sqrt((k/n) log(d/k)), 1)";
      }

      @Override
      public RipExponentInstance draw(Draws draws) {
        double c2 = draws.uniform(RipExponentRemarkChecker.SMALLEST_C2, 150);
        int k = draws.intBetween(1, 10);
        long d = (long) Math.floor(Math.exp(draws.uniform(Math.log(1e7), Math.log(1e9))));
        double floor = c2 * c2 * k * Math.log((double) d / k);
        long smallest = (long) Math.ceil(floor) + 1;
        long n = Math.min(d, (long) Math.floor(Math.exp(draws.uniform(Math.log(smallest),
            Math.log(d)))));
        n = Math.max(n, smallest);
        RipExponentInstance base = new RipExponentInstance(k, n, d, c2, 0.5);
        double least = base.smallestDelta();
        double delta = Math.min(least + draws.uniform() * (1 - least), Math.nextDown(1.0));
        return new RipExponentInstance(k, n, d, c2, Math.max(delta, least));
      }
    };
  }

  /**
   * Remark 3.3: a third of the draws are the experiments' {@code d = m^2}, {@code n = 3m} with
   * {@code m in [2, 10^4]}; the others d log-uniform in {@code [2, 1e8]}, n log-uniform in
   * {@code [1, d]}; s in [1, 20], sigma in (0, 10]. An n whose square lies within 1e-9 of
   * {@code d log d} is moved up by one.
   */
  public static InstanceFamily<RateDominanceInstance> rateDominance() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d = m^2, n = 3m (m <= 1e4) or d in [2, 1e8], n in [1, d]; s in [1, 20],"
            + " sigma in (0, 10]";
      }

      @Override
      public RateDominanceInstance draw(Draws draws) {
        long d;
        long n;
        if (draws.intBetween(0, 2) == 0) {
          long m = (long) Math.floor(Math.exp(draws.uniform(Math.log(2), Math.log(1e4))));
          d = m * m;
          n = 3 * m;
        } else {
          d = Math.max(2, (long) Math.floor(Math.exp(draws.uniform(Math.log(2), Math.log(1e8)))));
          n = Math.max(1, Math.min(d, (long) Math.floor(Math.exp(draws.uniform(0,
              Math.log(d))))));
        }
        double criterion = d * Math.log(d);
        if (Math.abs((double) n * n - criterion)
            <= RateDominanceRemarkChecker.BOUNDARY_GAP * criterion) {
          n++;
        }
        int s = draws.intBetween(1, 20);
        double sigma = 10 * (1 - draws.uniform());
        return new RateDominanceInstance(d, n, s, sigma);
      }
    };
  }
}
