package org.tacit.l1rate.family;

import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.EntropyDivergenceInstance;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.lp.LinearSystem;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the MS Section I checkers (the definitions and remarks of the
 * introduction), each constructed to meet its checker's hypotheses.
 *
 * <p>Spec: {@code MS:def-I.3}, {@code MS:def-I.5}, {@code MS:rem-I.1}, {@code MS:rem-I.2}.
 */
public final class SectionOneFamilies {

  private SectionOneFamilies() {}

  /**
   * def-I.3 / def-I.5: d in [1, 6]; x0_i = p/q with p in [1, 1000], q in [1, 100]; x_i zero for
   * the first coordinate and a coin flip elsewhere, otherwise in [1/100, 10]; alpha = 10^-k or
   * p/q, k in [0, 12].
   */
  public static InstanceFamily<EntropyDivergenceInstance> entropyPoints() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d <= 6, x >= 0 rational with zeros (x_1 = 0), x0 > 0 rational, alpha in [1e-12, 10]";
      }

      @Override
      public EntropyDivergenceInstance draw(Draws draws) {
        int d = draws.intBetween(1, 6);
        BigRational[] x = new BigRational[d];
        BigRational[] x0 = new BigRational[d];
        for (int i = 0; i < d; i++) {
          x0[i] = BigRational.of(draws.between(1, 1000), draws.between(1, 100));
          x[i] = i == 0 || draws.coin() ? BigRational.ZERO
              : BigRational.of(draws.between(1, 1000), 100);
        }
        BigRational alpha = draws.coin()
            ? BigRational.ONE.divide(BigRational.of(10).pow(draws.intBetween(0, 12)))
            : BigRational.of(draws.between(1, 1000), draws.between(1, 100));
        return new EntropyDivergenceInstance(x, x0, alpha);
      }
    };
  }

  /**
   * rem-I.1: {@code A = [I_N | B]} (full row rank by construction), N in [1, 4], B with 1..4 columns of integers in [-3, 3], y in
   * [-5, 5].
   */
  public static InstanceFamily<LinearSystem> minimumNorm() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "A = [I_N | B], N <= 4, B integer in [-3, 3] with <= 4 columns, y integer in [-5, 5]";
      }

      @Override
      public LinearSystem draw(Draws draws) {
        int rows = draws.intBetween(1, 4);
        int extra = draws.intBetween(1, 4);
        long[][] a = new long[rows][rows + extra];
        long[] y = new long[rows];
        for (int i = 0; i < rows; i++) {
          a[i][i] = 1;
          for (int j = 0; j < extra; j++) {
            a[i][rows + j] = draws.between(-3, 3);
          }
          y[i] = draws.between(-5, 5);
        }
        return LinearSystem.of(a, y);
      }
    };
  }

  /**
   * Built-in instances: N in [1, 4], d in [N + 1, 3N + 2], A Gaussian except its first N columns,
   * which form a strictly diagonally dominant block (diagonal of magnitude in [2, 4], other entries
   * below 1/N), so A has full row rank for every draw, shrunk ones included (the checker verifies
   * it again); a positive solution with coordinates uniform in [0.1, 2], y = A x,
   * alpha = 10^(-k) for k uniform in [0, 3].
   */
  public static InstanceFamily<FlowLimitInstance> flowLimit() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "A = [diagonally dominant N x N | Gaussian] (N <= 4, d <= 3N+2), y = A x with x > 0, alpha in [1e-3, 1]";
      }

      @Override
      public FlowLimitInstance draw(Draws draws) {
        int n = draws.intBetween(1, 4);
        int d = draws.intBetween(n + 1, 3 * n + 2);
        double[][] a = new double[n][d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            a[i][j] = draws.gaussian();
          }
          a[i][i] = draws.uniform(2, 4) * (draws.coin() ? 1 : -1);
          for (int k = 0; k < n; k++) {
            if (k != i) {
              a[i][k] = draws.uniform(-1, 1) / n;
            }
          }
        }
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
          x[j] = draws.uniform(0.1, 2);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            y[i] += a[i][j] * x[j];
          }
        }
        double alpha = Math.pow(10, -draws.uniform(0, 3));
        return new FlowLimitInstance(new PositiveSystem(a, y, x), alpha);
      }
    };
  }
}
