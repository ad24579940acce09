package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * NRSS Remark 3.1 through the derived optimality condition ({@link HypentropyBias}): GD with small
 * steps from {@code alpha 1} ends where {@code arcsinh(beta / (2 alpha^2))} lies in the row space of
 * X, up to O(eta) (the residual shrinks as eta halves); as alpha decreases the limit approaches the
 * minimum-l1 interpolator, as alpha grows the minimum-l2 one.
 */
class HypentropyBiasTest {

  private static final SectionSevenData SMALL = new SectionSevenData(12, 6, 2, 1.0, 1.0, 0.0);

  /**
   * The GD limit from {@code alpha 1}, run until the loss is below 1e-22 (residuals of order
   * 1e-11, far below the differences measured here).
   */
  private static double[] limit(RegressionData data, double alpha, double eta) {
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, model),
        Initialization.uniform(model, 12, alpha),
        new TrainingSettings(WarmupSchedule.constant(eta), 1e-22, 20_000_000));
    assertThat(run.converged()).as(run.reason()).isTrue();
    return model.beta(run.theta(), 12);
  }

  @Test
  @Verifies("NRSS:rem-3.1")
  void gradientDescentLimitMeetsTheHypentropyCondition() {
    RegressionData data = SMALL.sample(3).data();
    for (double alpha : new double[] {0.1, 0.5, 2}) {
      double coarse = HypentropyBias.stationarityResidual(data, limit(data, alpha, 2e-3), alpha);
      double fine = HypentropyBias.stationarityResidual(data, limit(data, alpha, 1e-3), alpha);
      System.out.printf("[tacit] NRSS:rem-3.1 alpha=%g: row-space residual %.3e (eta 2e-3),"
          + " %.3e (eta 1e-3)%n", alpha, coarse, fine);
      // first order in eta: halving eta halves the residual, up to the O(eta^2) term
      assertThat(fine).isLessThan(0.6 * coarse);
      assertThat(fine).isLessThan(1e-3);
      // the condition discriminates: of the minimum-l1 and minimum-l2 interpolators, at least one
      // misses it by a factor 100 at every alpha (near the kernel regime the l2 one nearly meets it)
      assertThat(Math.max(
          HypentropyBias.stationarityResidual(data, Interpolators.minimumL1(data), alpha),
          HypentropyBias.stationarityResidual(data, Interpolators.minimumL2(data), alpha)))
          .isGreaterThan(100 * fine);
    }
  }

  @Test
  @Verifies("NRSS:rem-3.1")
  void limitMovesFromLOneToLTwoAsAlphaGrows() {
    RegressionData data = SMALL.sample(3).data();
    double[] l1 = Interpolators.minimumL1(data);
    double[] l2 = Interpolators.minimumL2(data);
    double previousToL1 = -1;
    double previousToL2 = Double.POSITIVE_INFINITY;
    for (double alpha : new double[] {0.01, 0.1, 1, 2}) {
      double[] beta = limit(data, alpha, 1e-3 / Math.max(1, alpha * alpha));
      double toL1 = distance(beta, l1) / distance(l1, new double[12]);
      double toL2 = distance(beta, l2) / distance(l2, new double[12]);
      System.out.printf("[tacit] NRSS:rem-3.1 alpha=%g: ||beta - beta_l1||/||beta_l1|| = %.3e,"
          + " ||beta - beta_l2||/||beta_l2|| = %.3e%n", alpha, toL1, toL2);
      assertThat(toL1).isGreaterThan(previousToL1);
      assertThat(toL2).isLessThan(previousToL2);
      previousToL1 = toL1;
      previousToL2 = toL2;
    }
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }
}
