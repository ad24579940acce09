package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.grokking.model.ProjectedSubgradientDescent;
import org.tacit.grokking.model.ProjectedSubgradientInstance;
import org.tacit.grokking.model.ProximalRunInstance;
import org.tacit.grokking.model.SoftThresholdingDescent;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.spec.Verifies;
import org.tacit.training.ProgressListener;

/**
 * {@code tdr-fig12} and {@code tdr-fig13} at tiny scale (the projection memorizes in one step: training error at
 * rounding level from t = 1; the l1 norm and the test error lower at the end than after the first
 * step; ISTA memorizes and its test error falls), and both double-precision methods against the
 * exact rational runs on a small instance.
 */
class TdrSparseMethodExperimentTest {

  @Test
  @Verifies("TDR:fig-12")
  void oneStepMemorizesAndTheL1NormThenDecreases() {
    TdrFigureThreeExperiment.Trace trace = TdrSparseMethodExperiment.figureTwelve().run(false);
    double[][] rows = trace.rows();
    assertThat(rows[0][1]).isGreaterThan(0.5);
    assertThat(trace.t1()).isEqualTo(1);
    for (int k = 1; k < rows.length; k++) {
      assertThat(rows[k][1]).as("training error at step %s", rows[k][0])
          .isLessThan(TdrTolerances.PROJECTION_RESIDUAL);
    }
    assertThat(rows[rows.length - 1][3]).isLessThan(rows[1][3]);
    assertThat(rows[rows.length - 1][2]).isLessThan(rows[1][2]);
  }

  /**
   * ISTA at tiny scale memorizes (relative training error below the paper's 1e-4 at some step)
   * and ends with a lower test error than after its first step.
   */
  @Test
  @Verifies("TDR:fig-13")
  void istaMemorizesAndTheTestErrorFalls() {
    TdrFigureThreeExperiment.Trace trace = TdrSparseMethodExperiment.figureThirteen().run(false);
    double[][] rows = trace.rows();
    assertThat(trace.t1()).isPositive();
    assertThat(rows[rows.length - 1][2]).isLessThan(rows[1][2]);
  }

  /**
   * ISTA in double against the exact rational soft-thresholding steps (the same formula as
   * {@code IstaRateChecker}): X = [[1, 2, 0], [0, 1, -1]], a* = (1, 0, 0), a^(1) = (1/2, -1, 1/4),
   * alpha = 1/8, beta = 1/2, six steps, to 1e-14.
   */
  @Test
  void istaAgreesWithTheExactSteps() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 2, 0}, {0, 1, -1}});
    SparseRecoveryData data = new SparseRecoveryData(x,
        new BigRational[] {BigRational.ONE, BigRational.ZERO, BigRational.ZERO},
        ExactVectors.zeros(2));
    BigRational alpha = BigRational.of(1, 8);
    BigRational beta = BigRational.of(1, 2);
    BigRational[] current = {BigRational.of(1, 2), BigRational.of(-1), BigRational.of(1, 4)};
    LeastSquaresLoss loss = new LeastSquaresLoss(x.toDoubleRowMajor(), 2, 3,
        ExactVectors.toDouble(data.targets()));
    double[][] seen = new double[7][];
    SoftThresholdingDescent.run(loss, 0.5, 0.125, ExactVectors.toDouble(current), 6,
        (t, a, r) -> seen[(int) t] = a.clone(), ProgressListener.NONE);
    for (int t = 0; t <= 6; t++) {
      double[] expected = ExactVectors.toDouble(current);
      for (int k = 0; k < 3; k++) {
        assertThat(seen[t][k]).as("a^(%d)_%d", t + 1, k).isCloseTo(expected[k],
            org.assertj.core.data.Offset.offset(TdrTolerances.PROJECTION_EXACT_AGREEMENT));
      }
      current = ProximalRunInstance.softThreshold(ExactVectors.subtract(current,
          ExactVectors.scale(alpha, data.lossGradient(current))), alpha.multiply(beta));
    }
  }

  /**
   * X = [[1, 2, 0], [0, 1, -1]], a* = (1, 0, 0), a^(1) = (1/2, -1, 1/4), alpha = 1/2, beta = 1/4,
   * six steps: the double iterates agree with the exact rational ones to 1e-14.
   */
  @Test
  void agreesWithTheExactRun() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 2, 0}, {0, 1, -1}});
    BigRational[] truth = {BigRational.ONE, BigRational.ZERO, BigRational.ZERO};
    BigRational[] start = {BigRational.of(1, 2), BigRational.of(-1), BigRational.of(1, 4)};
    ProjectedSubgradientInstance exact = new ProjectedSubgradientInstance(
        new SparseRecoveryData(x, truth, ExactVectors.zeros(2)), BigRational.of(1, 2),
        BigRational.of(1, 4), start, 6);
    BigRational[][] path = exact.iterates();
    LeastSquaresLoss loss = new LeastSquaresLoss(x.toDoubleRowMajor(), 2, 3,
        ExactVectors.toDouble(exact.data().targets()));
    double[][] seen = new double[7][];
    ProjectedSubgradientDescent.run(loss, new L1Norm(3), 0.25, 0.5,
        ExactVectors.toDouble(start), 6, (t, a, r) -> seen[(int) t] = a.clone(),
        ProgressListener.NONE);
    for (int t = 0; t <= 6; t++) {
      double[] expected = ExactVectors.toDouble(path[t]);
      for (int k = 0; k < 3; k++) {
        assertThat(seen[t][k]).as("a^(%d)_%d", t + 1, k)
            .isCloseTo(expected[k],
                org.assertj.core.data.Offset.offset(TdrTolerances.PROJECTION_EXACT_AGREEMENT));
      }
    }
  }
}
