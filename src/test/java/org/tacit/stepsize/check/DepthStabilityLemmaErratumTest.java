package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.ExactSquaredLoss;
import org.tacit.stepsize.model.InterpolatingSolutions;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum NRSS eq. (14): the weights {@code w_1 = D^2 (Ehat x)^{D/(D-1)}},
 * {@code w_2 = D^2 (Ehat x^2)^{D/(2(D-1))}} put {@code D^2} inside the p-norm of (13), so the printed
 * bounds are {@code D^{2p-2} = D^{2-4/D}} times the proved ones (App. A.2, (30)-(33), also (15), (23),
 * (32)); for {@code D >= 3} the printed lower bound exceeds lambda_max whenever the proved bound is
 * tighter than that factor, e.g. always for one sample.
 */
class DepthStabilityLemmaErratumTest {

  /**
   * The exact counterexample: D = 3 (p = 4/3), N = d = 1, x = 1, y = 1, theta = (u+, u-) = (1, 0),
   * beta = 1, a solution. The Hessian is exactly [[9, 0], [0, 0]], so lambda_max = 9. The printed
   * lower bound is ||theta^3 o w_1||_p^p with w_1 = 9 (1, 1)^{3/2} = (9, 9), i.e.
   * |9|^{4/3} = 9^{4/3} = 18.72; exactly, (9^{4/3})^3 = 9^4 = 6561 > 729 = 9^3. The proved lower bound
   * D^2 ||theta^3 o (1, 1)^{3/2}||_p^p = 9 equals lambda_max.
   */
  @Test
  @Verifies("NRSS:eq-14")
  @Verifies("NRSS:eq-13")
  void printedLowerBoundFailsOnTheExactCounterexample() {
    RegressionData data = new RegressionData(1, 1, new double[] {1}, new double[] {1});
    DepthDiagonalModel model = new DepthDiagonalModel(3);
    SolutionInstance instance = new SolutionInstance(data, model, new double[] {1, 0});

    BigRational[] hessian = ExactSquaredLoss.of(data, model).hessian(
        new BigRational[] {BigRational.ONE, BigRational.ZERO});
    assertThat(hessian).containsExactly(BigRational.of(9), BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO);
    BigRational lambdaMax = BigRational.of(9);
    BigRational printedLowerCubed = BigRational.of(9).pow(4);
    assertThat(printedLowerCubed.compareTo(lambdaMax.pow(3))).isPositive();

    Verdict printed = new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    Check lower = printed.checks().get(0);
    assertThat(lower.holds()).isFalse();
    assertThat(lower.lhs()).isCloseTo(Math.pow(9, 4.0 / 3), within(1e-12));
    assertThat(lower.rhs()).isCloseTo(9, within(1e-12));
    assertThat(printed.checks().get(1).holds()).isTrue();

    Verdict proved = new DepthStabilityLemmaChecker().check(instance);
    assertThat(proved.holds()).isTrue();
    assertThat(proved.checks().get(0).lhs()).isCloseTo(9, within(1e-12));
  }

  /**
   * With one sample the proved lower bound is an equality, so the printed one is exactly
   * {@code D^{2-4/D}} times lambda_max: it fails for every D >= 3 (ratios 2.08, 4, 6.90, 10.90 for
   * D = 3..6) and coincides with the proved form for D = 2.
   */
  @Test
  @Verifies("NRSS:eq-14")
  @Verifies("NRSS:eq-13")
  @Verifies("NRSS:lem-6.1")
  void printedBoundsAreTheProvedOnesTimesDToTheTwoPMinusTwo() {
    SeededDraws draws = new SeededDraws(14);
    for (int depth = 2; depth <= 6; depth++) {
      for (int k = 0; k < 20; k++) {
        int d = draws.intBetween(1, 6);
        double[] x = new double[d];
        double[] theta = new double[2 * d];
        for (int i = 0; i < d; i++) {
          x[i] = 2 + draws.gaussian();
          theta[i] = draws.uniform(0.1, 2);
          theta[d + i] = draws.uniform(0.1, 2);
        }
        RegressionData features = new RegressionData(1, d, x, new double[1]);
        SolutionInstance instance = StabilityFamilies.exactSolution(features,
            new DepthDiagonalModel(depth), theta);
        double factor = Math.pow(depth, 2 - 4.0 / depth);
        Verdict printed = new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(instance);
        Verdict proved = new DepthStabilityLemmaChecker().check(instance);
        assertThat(proved.holds()).isTrue();
        double lambda = printed.checks().get(0).rhs();
        assertThat(printed.checks().get(0).lhs() / lambda).isCloseTo(factor, within(1e-9 * factor));
        assertThat(printed.checks().get(1).lhs()).isEqualTo(lambda);
        assertThat(printed.checks().get(1).holds()).isTrue();
        assertThat(printed.holds()).isEqualTo(depth == 2);
      }
    }
  }

  /**
   * On Section-7-like data (Gaussian, mean 5, variance 5), N = 8, d = 10, at the solutions
   * u+ = (beta^+ + alpha^D)^{1/D}, u- = (beta^- + alpha^D)^{1/D}: the printed lower bound fails for
   * every D in 3..5 while the proved form holds (the proved bound is tight to well within D^{2p-2}
   * there, as the mean dominates).
   */
  @Test
  @Verifies("NRSS:eq-14")
  @Verifies("NRSS:lem-6.1")
  void printedLowerBoundFailsOnGaussianDataWithNonzeroMean() {
    SeededDraws draws = new SeededDraws(7);
    int samples = 8;
    int d = 10;
    double[] x = new double[samples * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = 5 + Math.sqrt(5) * draws.gaussian();
    }
    double[] beta = new double[d];
    for (int i = 0; i < 5; i++) {
      beta[i] = 1 / Math.sqrt(5);
    }
    RegressionData features = new RegressionData(samples, d, x, new double[samples]);
    RegressionData data = features.withLabels(features.times(beta));
    for (int depth = 3; depth <= 5; depth++) {
      double[] slack = new double[d];
      java.util.Arrays.fill(slack, Math.pow(0.5, depth));
      SolutionInstance instance = new SolutionInstance(data, new DepthDiagonalModel(depth),
          InterpolatingSolutions.depthWithSlack(beta, depth, slack));
      assertThat(new DepthStabilityLemmaChecker().check(instance).holds()).isTrue();
      Verdict printed = new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(instance);
      assertThat(printed.checks().get(0).holds()).isFalse();
      assertThat(printed.checks().get(1).holds()).isTrue();
    }
  }
}
