package org.tacit.stepsize.family;

import org.tacit.exact.BigRational;
import org.tacit.lp.LinearSystem;
import org.tacit.stepsize.model.ConcentrationTrial;
import org.tacit.stepsize.model.GaussianConcentration;
import org.tacit.stepsize.model.GaussianSetting;
import org.tacit.stepsize.model.LossRangeInstance;
import org.tacit.stepsize.model.MomentBoundsInstance;
import org.tacit.stepsize.model.RademacherInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the NRSS Appendix D checkers, each constructed to meet its checker's
 * hypotheses (no rejection).
 *
 * <p>Spec: {@code NRSS:rem-D.3}, {@code NRSS:rem-D.7}, {@code NRSS:rem-D.6}, {@code NRSS:rem-D.8},
 * {@code NRSS:eq-48}, {@code NRSS:lem-D.4}.
 */
public final class AppendixDFamilies {

  /** Simulated data sets per concentration instance. */
  public static final int CONCENTRATION_DATA_SETS = 100;

  private AppendixDFamilies() {}

  /** rem-D.3 / rem-D.7: d in [1, 8]; rationals p/q with |p| <= 50, q <= 10; beta k-sparse. */
  public static InstanceFamily<MomentBoundsInstance> momentBounds() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d <= 8, rational w, xbar, k-sparse beta, mu, sigma^2 > 0";
      }

      @Override
      public MomentBoundsInstance draw(Draws draws) {
        int d = draws.intBetween(1, 8);
        int k = draws.intBetween(1, d);
        BigRational[] w = new BigRational[d];
        BigRational[] xbar = new BigRational[d];
        BigRational[] beta = new BigRational[d];
        for (int i = 0; i < d; i++) {
          w[i] = rational(draws, 50, 10);
          xbar[i] = rational(draws, 50, 10);
          beta[i] = i < k ? rational(draws, 50, 10) : BigRational.ZERO;
        }
        return new MomentBoundsInstance(w, xbar, beta, k, rational(draws, 50, 10),
            BigRational.of(draws.between(1, 50), draws.between(1, 10)));
      }
    };
  }

  /**
   * rem-D.6: d in [1, 6], B, R in (0, 5], mu in [0, 5], s2 in [0, 40]; w, w* scaled into the l1
   * ball of radius B; x in the box {@code ||x - mu 1||_inf <= R}.
   */
  public static InstanceFamily<LossRangeInstance> lossRange() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rem-D.6: d in [1, 6], B, R in (0, 5], mu in [0, 5], s2 in [0, 40], rationals";
      }

      @Override
      public LossRangeInstance draw(Draws draws) {
        int d = draws.intBetween(1, 6);
        BigRational b = BigRational.of(draws.between(1, 30), 6);
        BigRational r = BigRational.of(draws.between(1, 30), 6);
        BigRational mu = BigRational.of(draws.between(0, 30), 6);
        BigRational s2 = BigRational.of(draws.between(0, 240), 6);
        BigRational[] w = inBall(draws, d, b);
        BigRational[] wStar = inBall(draws, d, b);
        BigRational[] x = new BigRational[d];
        for (int i = 0; i < d; i++) {
          x[i] = mu.add(r.multiply(BigRational.of(draws.between(-6, 6), 6)));
        }
        return new LossRangeInstance(b, r, mu, s2, w, wStar, x);
      }
    };
  }

  /**
   * rem-D.8: N in [1, 8] samples in d in [1, 5], rational entries in [-9, 9] (denominators
   * <= 6), B = 3/2, the box of centre 1 and radius 4.
   */
  public static InstanceFamily<RademacherInstance> rademacher() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "N in [1, 8] samples in d in [1, 5], rational entries in [-9, 9], B = 3/2,"
            + " box mu = 1, R = 4";
      }

      @Override
      public RademacherInstance draw(Draws draws) {
        int n = draws.intBetween(1, 8);
        int d = draws.intBetween(1, 5);
        BigRational[][] x = new BigRational[n][d];
        for (BigRational[] row : x) {
          for (int i = 0; i < d; i++) {
            row[i] = rational(draws, 9, 6);
          }
        }
        return new RademacherInstance(x, BigRational.of(3, 2), BigRational.ONE,
            BigRational.of(4));
      }
    };
  }

  /**
   * (48): N in [1, 3] samples, d in [N + 1, N + 3], positive integer entries in [1, 5] (so every
   * column mean is non-zero), labels {@code y = X beta0} for an integer beta0 in [-3, 3]^d (so
   * {@code X beta = y} has a solution).
   */
  public static InstanceFamily<LinearSystem> weightedChain() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "N in [1, 3] samples, d in [N + 1, N + 3], entries in [1, 5], y = X beta0";
      }

      @Override
      public LinearSystem draw(Draws draws) {
        int n = draws.intBetween(1, 3);
        int d = draws.intBetween(n + 1, n + 3);
        long[][] x = new long[n][d];
        long[] beta0 = new long[d];
        for (int i = 0; i < d; i++) {
          beta0[i] = draws.between(-3, 3);
        }
        long[] y = new long[n];
        for (int k = 0; k < n; k++) {
          for (int i = 0; i < d; i++) {
            x[k][i] = draws.between(1, 5);
            y[k] += x[k][i] * beta0[i];
          }
        }
        return LinearSystem.of(x, y);
      }
    };
  }

  /**
   * Lemmas D.4/D.5: Gaussian settings with s in [0.5, 2], d in [2, 30], N in [20, 100], delta in
   * [0.05, 0.3] and mu in [max(t, 1), max(t, 1) + 4] (so {@code mu >= t}), each with
   * {@link #CONCENTRATION_DATA_SETS} simulated data sets and a drawn seed.
   */
  public static InstanceFamily<ConcentrationTrial> gaussianConcentration() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian N(mu, s^2) entries, mu in [1, 5], s in [0.5, 2], d in [2, 30],"
            + " N in [20, 100], delta in [0.05, 0.3], mu >= t, " + CONCENTRATION_DATA_SETS
            + " data sets";
      }

      @Override
      public ConcentrationTrial draw(Draws draws) {
        return new ConcentrationTrial(gaussianSetting(draws), CONCENTRATION_DATA_SETS,
            draws.between(1, Integer.MAX_VALUE));
      }
    };
  }

  /** A Gaussian setting as in {@link #gaussianConcentration()}. */
  public static GaussianSetting gaussianSetting(Draws draws) {
    double s = draws.uniform(0.5, 2);
    int d = draws.intBetween(2, 30);
    int n = draws.intBetween(20, 100);
    double delta = draws.uniform(0.05, 0.3);
    double t = s * Math.sqrt(8.0 / 3.0) * Math.sqrt(Math.log(d / delta)
        / (GaussianConcentration.GAUSSIAN_HOEFFDING_CONSTANT * n));
    double mu = Math.max(t, 1) + draws.uniform(0, 4);
    return new GaussianSetting(mu, s, d, n, delta);
  }

  private static BigRational rational(Draws draws, int range, int denominators) {
    return BigRational.of(draws.between(-range, range), draws.between(1, denominators));
  }

  private static BigRational[] inBall(Draws draws, int d, BigRational b) {
    BigRational[] v = new BigRational[d];
    BigRational norm = BigRational.ZERO;
    for (int i = 0; i < d; i++) {
      v[i] = rational(draws, 9, 6);
      norm = norm.add(v[i].abs());
    }
    if (norm.isZero()) {
      return v;
    }
    BigRational scale = b.divide(norm).multiply(BigRational.of(draws.between(1, 6), 6));
    for (int i = 0; i < d; i++) {
      v[i] = v[i].multiply(scale);
    }
    return v;
  }
}
