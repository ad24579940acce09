package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.stepsize.check.DepthStableSolutionTheoremChecker;
import org.tacit.stepsize.check.DepthTwoStableSolutionTheoremChecker;
import org.tacit.stepsize.check.LinearStabilityLemmaChecker;
import org.tacit.stepsize.check.UvStableSolutionTheoremChecker;
import org.tacit.stepsize.family.ConvergedRunFamily;
import org.tacit.training.TrainingResult;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** lambda_max with the Lemma bounds at any parameters; checkers' hypothesis paths. */
class HessianBoundsTest {

  private static RegressionData data(SeededDraws draws, int samples, int d) {
    double[] x = new double[samples * d];
    double[] y = new double[samples];
    for (int k = 0; k < x.length; k++) {
      x[k] = 2 + draws.gaussian();
    }
    for (int n = 0; n < samples; n++) {
      y[n] = draws.gaussian();
    }
    return new RegressionData(samples, d, x, y);
  }

  /** The residual-term norm against the dense eigenvalues of the residual term (18). */
  @Test
  void residualTermNormIsTheSpectralNormOfTheResidualHessian() {
    SeededDraws draws = new SeededDraws(2);
    for (DiagonalNetworkModel model : List.of(new DepthDiagonalModel(2),
        new DepthDiagonalModel(3), new UvDiagonalModel())) {
      RegressionData data = data(draws, 4, 6);
      SquaredLoss loss = new SquaredLoss(data, model);
      double[] theta = Initialization.randomNormal(model, 6, 0.7, draws);
      HessianBounds bounds = HessianBounds.at(loss, theta);
      double[] eigenvalues = SymmetricEigen.eigenvalues(loss.residualHessian(theta),
          loss.parameterCount());
      double norm = Math.max(-eigenvalues[0], eigenvalues[eigenvalues.length - 1]);
      assertThat(bounds.residualTermNorm()).isCloseTo(norm, within(1e-12 * (1 + norm)));
      double gaussNewton = SymmetricEigen.lambdaMax(loss.gaussNewton(theta), loss.parameterCount());
      // lower <= lambda_max(G) <= upper, and |lambda_max(H) - lambda_max(G)| <= ||R||
      assertThat(bounds.lowerBound()).isLessThanOrEqualTo(gaussNewton * (1 + 1e-12));
      assertThat(gaussNewton).isLessThanOrEqualTo(bounds.upperBound() * (1 + 1e-12));
      assertThat(Math.abs(bounds.lambdaMax() - gaussNewton))
          .isLessThanOrEqualTo(bounds.residualTermNorm() * (1 + 1e-12) + 1e-12 * gaussNewton);
      assertThat(bounds.method()).isEqualTo("dense");
    }
    assertThatThrownBy(() -> HessianBounds.at(new SquaredLoss(data(draws, 2, 3),
        new DepthDiagonalModel(2)), new double[5])).isInstanceOf(IllegalArgumentException.class);
  }

  /** Above the dense limit Lanczos runs; compared with the dense eigensolver on the same Hessian. */
  @Test
  void lanczosPathAgreesWithDense() {
    SeededDraws draws = new SeededDraws(4);
    RegressionData data = data(draws, 5, 201);
    UvDiagonalModel model = new UvDiagonalModel();
    SquaredLoss loss = new SquaredLoss(data, model);
    double[] theta = Initialization.randomNormal(model, 201, 0.3, draws);
    HessianBounds bounds = HessianBounds.at(loss, theta);
    assertThat(bounds.method()).isEqualTo("lanczos");
    double dense = SymmetricEigen.lambdaMax(loss.hessian(theta), loss.parameterCount());
    assertThat(bounds.lambdaMax()).isCloseTo(dense, within(1e-9 * dense));
  }

  /** Each checker names the failed hypothesis: wrong model, run not converged. */
  @Test
  void checkersReportFailedHypotheses() {
    SeededDraws draws = new SeededDraws(6);
    RegressionData data = data(draws, 2, 3);
    TrainingResult notConverged = new TrainingResult(false, TrainingResult.BUDGET, 10, 1.0,
        new double[6], 0.1);
    TrainingResult converged = new TrainingResult(true, TrainingResult.CONVERGED, 10, 0.0,
        new double[12], 0.1);
    ConvergedRun depthRun = new ConvergedRun(data, new DepthDiagonalModel(2), 0.1, 1, notConverged,
        1);
    ConvergedRun uvRun = new ConvergedRun(data, new UvDiagonalModel(), 0.1, 1, converged, 1);
    ConvergedRun depthThree = new ConvergedRun(data, new DepthDiagonalModel(3), 0.1, 1,
        notConverged, 1);
    Verdict wrongModel = new DepthTwoStableSolutionTheoremChecker().check(uvRun);
    assertThat(wrongModel.hypothesesMet()).isFalse();
    assertThat(wrongModel.hypothesisFailure()).contains("depth-2");
    assertThat(new DepthTwoStableSolutionTheoremChecker().check(depthThree).hypothesisFailure())
        .contains("depth-2");
    assertThat(new DepthTwoStableSolutionTheoremChecker().check(depthRun).hypothesisFailure())
        .contains("GD converged");
    assertThat(new DepthStableSolutionTheoremChecker().check(uvRun).hypothesisFailure())
        .contains("depth-D");
    assertThat(new DepthStableSolutionTheoremChecker().check(depthRun).hypothesisFailure())
        .contains("GD converged");
    assertThat(new UvStableSolutionTheoremChecker().check(depthRun).hypothesisFailure()).contains("UV");
    assertThat(new LinearStabilityLemmaChecker().check(depthRun).hypothesisFailure())
        .contains("GD converged");
    ConvergedRun wrongLength = new ConvergedRun(data, new UvDiagonalModel(), 0.1, 1,
        new TrainingResult(true, TrainingResult.CONVERGED, 1, 0, new double[3], 0.1), 1);
    assertThat(new UvStableSolutionTheoremChecker().check(wrongLength).hypothesisFailure())
        .contains("length");
    ConvergedRun infinite = new ConvergedRun(data, new UvDiagonalModel(), 0.1, 1,
        new TrainingResult(true, TrainingResult.CONVERGED, 1, 0,
            new double[] {Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.1), 1);
    assertThat(infinite.hypotheses().failureMessage()).contains("finite");
    ConvergedRun badStep = new ConvergedRun(data, new UvDiagonalModel(), 0, 1, converged, 1);
    assertThat(badStep.hypotheses().failureMessage()).contains("eta");
    for (var checker : List.of(new DepthTwoStableSolutionTheoremChecker(),
        new DepthStableSolutionTheoremChecker(), new UvStableSolutionTheoremChecker(), new LinearStabilityLemmaChecker())) {
      assertThat(checker.describe(uvRun)).contains("UV");
      assertThat(checker.specId()).startsWith("NRSS:");
    }
    assertThatThrownBy(() -> ConvergedRunFamily.depth(1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
