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
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.spec.Verifies;
import org.tacit.training.ProgressListener;

/**
 * {@code tdr-fig12} at tiny scale (the projection memorizes in one step: training error at
 * rounding level from t = 1; the l1 norm and the test error lower at the end than after the first
 * step), and the double-precision method against the exact run on a small rational instance.
 */
class TdrFigureTwelveExperimentTest {

  @Test
  @Verifies("TDR:fig-12")
  void oneStepMemorizesAndTheL1NormThenDecreases() {
    TdrFigureThreeExperiment.Trace trace = TdrFigureTwelveExperiment.run(false);
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
