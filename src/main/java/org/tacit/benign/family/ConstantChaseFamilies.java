package org.tacit.benign.family;

import org.tacit.benign.check.RateDominanceRemarkChecker;
import org.tacit.benign.check.RipExponentRemarkChecker;
import org.tacit.benign.model.GaussianDesignInstance;
import org.tacit.benign.model.RateDominanceInstance;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.benign.model.SampleRangeInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG's constant chases and concentration claims: the exponent bound in the
 * proof of Proposition A.1 (remark A.2) in its corrected regime, remark 3.3's rate algebra, and
 * Gaussian designs for Lemma A.2, and remark A.1's sample-size range. Each meets its checker's
 * hypotheses by construction.
 *
 * <p>Spec: {@code ZG:rem-A.2}, {@code ZG:prop-A.1}, {@code ZG:rem-3.3}, {@code ZG:lem-A.2},
 * {@code ZG:rem-A.1}.
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

  /**
   * Lemma A.2: Gaussian X with d log-uniform in [100, 1000] and n = floor(3 sqrt d) (the
   * experiments' choice) or, in a third of the draws, n uniform in [10, d/4]; sigma in (0, 2].
   */
  public static InstanceFamily<GaussianDesignInstance> gaussianDesign() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian X, d in [100, 1000], n = floor(3 sqrt d) or in [10, d/4],"
            + " xi ~ N(0, sigma^2 I), sigma in (0, 2]";
      }

      @Override
      public GaussianDesignInstance draw(Draws draws) {
        int d = (int) Math.floor(Math.exp(draws.uniform(Math.log(100), Math.log(1000))));
        int n = draws.intBetween(0, 2) == 0 ? draws.intBetween(10, d / 4)
            : (int) Math.floor(3 * Math.sqrt(d));
        double sigma = 2 * (1 - draws.uniform());
        double[] x = new double[n * d];
        for (int k = 0; k < x.length; k++) {
          x[k] = draws.gaussian();
        }
        double[] xi = new double[n];
        for (int i = 0; i < n; i++) {
          xi[i] = sigma * draws.gaussian();
        }
        return new GaussianDesignInstance(n, d, sigma, x, xi);
      }
    };
  }

  /**
   * Remark A.1: d log-uniform in [1e3, 1e40] (the range is empty below about 1e21..1e30 with unit
   * constants, depending on s), s in [1, 6], c2 and c_delta in [1/4, 4].
   */
  public static InstanceFamily<SampleRangeInstance> sampleRange() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d in [1e3, 1e40], s in [1, 6], c2, c_delta in [1/4, 4]";
      }

      @Override
      public SampleRangeInstance draw(Draws draws) {
        double d = Math.exp(draws.uniform(Math.log(1e3), Math.log(1e40)));
        return new SampleRangeInstance(d, draws.intBetween(1, 6), draws.uniform(0.25, 4),
            draws.uniform(0.25, 4));
      }
    };
  }
}
