package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The deterministic steps of NRSS Lemma D.6's proof ({@link AppendixDGeneralization}), exactly:
 * the loss-range chain rem-D.6 on constructed instances; the Rademacher complexity of the l1 ball
 * (computed exactly by enumerating sign vectors) against Massart's bound with log(2d), clipping
 * monotonicity, and the printed log d bound's failure (erratum) at d = 1. Examples per property:
 * {@code -Dtacit.tries}.
 */
class AppendixDGeneralizationProperties {

  private static BigRational rational(Draws draws, int range) {
    return BigRational.of(draws.between(-range, range), draws.between(1, 6));
  }

  /** Rational instances built to meet rem-D.6's hypotheses (w, w* scaled into the l1 ball; x in the box). */
  static InstanceFamily<AppendixDGeneralization.LossRangeInstance> lossRangeInstances() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rem-D.6: d in [1, 6], B, R in (0, 5], mu in [0, 5], s2 in [0, 40], rationals";
      }

      @Override
      public AppendixDGeneralization.LossRangeInstance draw(Draws draws) {
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
        return new AppendixDGeneralization.LossRangeInstance(b, r, mu, s2, w, wStar, x);
      }
    };
  }

  private static BigRational[] inBall(Draws draws, int d, BigRational b) {
    BigRational[] v = new BigRational[d];
    BigRational norm = BigRational.ZERO;
    for (int i = 0; i < d; i++) {
      v[i] = rational(draws, 9);
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

  @Test
  @Verifies("NRSS:rem-D.6")
  void lossRangeChainHoldsExactly() {
    PropertyHarness.forAll("NRSS:rem-D.6 loss range", lossRangeInstances(),
        AppendixDGeneralization::checkLossRange, PropertyHarness.tries());
  }

  @Test
  @Verifies("NRSS:rem-D.8")
  void rademacherComplexityObeysMassartAndClipping() {
    InstanceFamily<BigRational[][]> samples = new InstanceFamily<>() {
      @Override
      public String name() {
        return "N in [1, 8] samples in d in [1, 5], rational entries in [-9, 9]";
      }

      @Override
      public BigRational[][] draw(Draws draws) {
        int n = draws.intBetween(1, 8);
        int d = draws.intBetween(1, 5);
        BigRational[][] x = new BigRational[n][d];
        for (BigRational[] row : x) {
          for (int i = 0; i < d; i++) {
            row[i] = rational(draws, 9);
          }
        }
        return x;
      }
    };
    PropertyHarness.forAll("NRSS:rem-D.8 Rademacher", samples, x -> {
      BigRational b = BigRational.of(3, 2);
      BigRational complexity = AppendixDGeneralization.rademacherComplexity(x, b);
      BigRational clipped = AppendixDGeneralization.clippedRademacherComplexity(x, b,
          BigRational.ONE, BigRational.of(4));
      double massart = AppendixDGeneralization.massartBound(x, b);
      return Verdict.of("NRSS:rem-D.8", "N=" + x.length + " d=" + x[0].length, List.of(
          Check.lessOrEqual("NRSS:rem-D.8", "exact complexity <= Massart bound with log(2d)"
              + " (1e-12: the bound's sqrt/log in double)", complexity.doubleValue(), massart,
              1e-12),
          Check.lessOrEqual("NRSS:rem-D.8", "clipped complexity <= complexity", clipped,
              complexity)));
    }, PropertyHarness.tries());
  }

  /**
   * Erratum (rem-D.8): the printed bound {@code ||x||_inf B sqrt(2 log d / N)} is 0 at d = 1, but
   * with N = 1, x = 1, B = 1 the complexity is {@code E|sigma_1| = 1}; Massart's log(2d) gives
   * {@code sqrt(2 log 2) = 1.18 >= 1}.
   */
  @Test
  @Verifies("NRSS:rem-D.8")
  void printedLogDBoundFailsInDimensionOne() {
    BigRational[][] x = {{BigRational.ONE}};
    BigRational complexity = AppendixDGeneralization.rademacherComplexity(x, BigRational.ONE);
    assertThat(complexity).isEqualTo(BigRational.ONE);
    assertThat(AppendixDGeneralization.printedBound(x, BigRational.ONE)).isZero();
    assertThat(AppendixDGeneralization.massartBound(x, BigRational.ONE))
        .isGreaterThanOrEqualTo(1.0);
    // x = (1, -2): (1/2) E|sigma_1 - 2 sigma_2| = (1/2)(1 + 3 + 3 + 1)/4 = 1
    BigRational[][] two = {{BigRational.ONE}, {BigRational.of(-2)}};
    assertThat(AppendixDGeneralization.rademacherComplexity(two, BigRational.ONE))
        .isEqualTo(BigRational.ONE);
  }
}
