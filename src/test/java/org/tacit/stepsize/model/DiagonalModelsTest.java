package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.SymmetricOperator;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.check.DepthTwoStabilityLemmaChecker;
import org.tacit.stepsize.check.UvStabilityLemmaChecker;

/** Hand-computed 1x1 and 2x2 cases of the models, the loss, its gradient and Hessian. */
class DiagonalModelsTest {

  /**
   * Depth 2, N = d = 1, x = 2, y = 1, theta = (1, 1): beta = 0, r = f - y = -1, L = 1/2,
   * grad f = (2 u+ x, -2 u- x) = (4, -4), grad L = r grad f = (-4, 4); Hessian (18) = grad f grad f^T
   * + r diag(2x, -2x) = [[16, -16], [-16, 16]] + diag(-4, 4) = [[12, -16], [-16, 20]], whose
   * eigenvalues are 16 +- sqrt(272).
   */
  @Test
  @Verifies("NRSS:eq-1")
  @Verifies("NRSS:eq-17")
  @Verifies("NRSS:eq-18")
  void depthTwoOneByOneOffTheSolutionSet() {
    SquaredLoss loss = new SquaredLoss(
        new RegressionData(1, 1, new double[] {2}, new double[] {1}), new DepthDiagonalModel(2));
    double[] theta = {1, 1};
    assertThat(loss.residuals(theta)).containsExactly(-1);
    assertThat(loss.loss(theta)).isEqualTo(0.5);
    assertThat(loss.gradient(theta)).containsExactly(-4, 4);
    assertThat(loss.hessian(theta)).containsExactly(12, -16, -16, 20);
    assertThat(loss.gaussNewton(theta)).containsExactly(16, -16, -16, 16);
    assertThat(loss.residualHessian(theta)).containsExactly(-4, 0, 0, 4);
    assertThat(SymmetricEigen.lambdaMax(loss.hessian(theta), 2))
        .isCloseTo(16 + Math.sqrt(272), within(1e-12));
    ExactSquaredLoss exact = ExactSquaredLoss.of(loss.data(), loss.model());
    BigRational[] exactTheta = ExactSquaredLoss.exact(theta);
    assertThat(exact.loss(exactTheta)).isEqualTo(BigRational.of(1, 2));
    assertThat(exact.hessian(exactTheta)).containsExactly(BigRational.of(12), BigRational.of(-16),
        BigRational.of(-16), BigRational.of(20));
  }

  /**
   * Depth 2, X = [[1, 0], [1, 2]] (rows are samples), u+ = (1, 1), u- = (0, 1): beta = (1, 0),
   * y = (1, 1), a solution. Ehat x = (1, 1), Ehat x^2 = (1, 2). Phi has columns (2, 0, 0, 0) and
   * (2, 4, 0, -4), so (1/N) Phi^T Phi = [[2, 2], [2, 18]] with lambda_max = 10 + sqrt(68); Lemma 4.1
   * reads 1 + 2 = 3 <= lambda_max / 4 = 4.56 <= 1 + 4 = 5.
   */
  @Test
  @Verifies("NRSS:lem-4.1")
  @Verifies("NRSS:eq-4")
  void depthTwoTwoByTwoSolution() {
    RegressionData data = new RegressionData(2, 2, new double[] {1, 0, 1, 2}, new double[] {1, 1});
    SolutionInstance instance = new SolutionInstance(data, new DepthDiagonalModel(2),
        new double[] {1, 1, 0, 1});
    assertThat(instance.hypotheses().failureMessage()).isNull();
    assertThat(instance.loss().phi(instance.theta()))
        .containsExactly(new double[] {2, 2, 0, 4, 0, 0, 0, -4}, within(0.0));
    double lambda = 10 + Math.sqrt(68);
    HessianSpectrum spectrum = HessianSpectrum.of(instance);
    assertThat(spectrum.lambdaMax()).isCloseTo(lambda, within(1e-12));
    assertThat(spectrum.lambdaMaxGram()).isCloseTo(lambda, within(1e-12));
    assertThat(spectrum.rayleighAtUniform()).isEqualTo(12);
    assertThat(spectrum.traceBound()).isEqualTo(20);
    var verdict = new DepthTwoStabilityLemmaChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(3);
    assertThat(verdict.checks().get(1).rhs()).isEqualTo(5);
  }

  /**
   * UV, N = d = 1, x = 3, theta = (u+, v+, u-, v-) = (1, 2, 1, 1): beta = 1. With y = 3 (a
   * solution) grad f = (v+ x, u+ x, -v- x, -u- x) = (6, 3, -3, -3), lambda_max = |grad f|^2 = 63 =
   * (1 + 4 + 1 + 1) 3^2, the bound of Lemma C.1 with equality. With y = 0 the residual is r = 3,
   * g = x r = 9, and the Hessian gains +9 at (u+, v+) and -9 at (u-, v-).
   */
  @Test
  @Verifies("NRSS:lem-C.1")
  @Verifies("NRSS:eq-18")
  @Verifies("NRSS:eq-34")
  @Verifies("NRSS:eq-38")
  void uvOneByOne() {
    RegressionData data = new RegressionData(1, 1, new double[] {3}, new double[] {3});
    double[] theta = {1, 2, 1, 1};
    UvDiagonalModel model = new UvDiagonalModel();
    assertThat(model.beta(theta, 1)).containsExactly(1);
    SolutionInstance instance = new SolutionInstance(data, model, theta);
    assertThat(instance.loss().gradient(theta)).containsExactly(new double[] {0, 0, 0, 0}, within(0.0));
    assertThat(HessianSpectrum.of(instance).lambdaMax()).isCloseTo(63, within(1e-12));
    var verdict = new UvStabilityLemmaChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(63);
    SquaredLoss off = new SquaredLoss(data.withLabels(new double[] {0}), model);
    double[] h = off.hessian(theta);
    assertThat(h[1]).isEqualTo(6 * 3 + 9);
    assertThat(h[2 * 4 + 3]).isEqualTo(3 * 3 - 9);
    assertThat(off.gradient(theta)).containsExactly(3 * 6, 3 * 3, -3 * 3, -3 * 3);
  }

  /** Depth 3: beta = u+^3 - u-^3, grad f = (3 u+^2 x, -3 u-^2 x), residual term 6 u g. */
  @Test
  @Verifies("NRSS:eq-12")
  @Verifies("NRSS:eq-28")
  @Verifies("NRSS:eq-27")
  void depthThreeFormulas() {
    DepthDiagonalModel model = new DepthDiagonalModel(3);
    assertThat(model.normExponent()).isEqualTo(4.0 / 3);
    assertThat(model.beta(new double[] {2, -1}, 1)).containsExactly(9);
    assertThat(model.featureCoefficients(new double[] {2, -1}, 1)).containsExactly(12, -3);
    assertThat(model.betaMagnitude(new double[] {2, -1}, 1)).containsExactly(9);
    double[] h = new double[4];
    model.addBetaHessian(new double[] {2, -1}, new double[] {5}, h);
    assertThat(h).containsExactly(60, 0, 0, 30);
    double[] out = new double[2];
    model.addBetaHessianTimes(new double[] {2, -1}, new double[] {5}, new double[] {1, 1}, out);
    assertThat(out).containsExactly(60, 30);
    assertThat(model.name()).isEqualTo("depth 3");
    assertThatThrownBy(() -> new DepthDiagonalModel(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dataShapesAndMoments() {
    RegressionData data = new RegressionData(2, 2, new double[] {1, -2, 3, 4}, new double[] {0, 1});
    assertThat(data.empiricalMean()).containsExactly(2, 1);
    assertThat(data.empiricalSecondMoment()).containsExactly(5, 10);
    assertThat(data.times(new double[] {1, 1})).containsExactly(-1, 7);
    assertThat(data.transposeTimes(new double[] {1, 1})).containsExactly(4, 2);
    assertThat(data).isEqualTo(new RegressionData(2, 2, new double[] {1, -2, 3, 4},
        new double[] {0, 1}));
    assertThat(data).isNotEqualTo(data.withLabels(new double[] {0, 2}));
    assertThat(data.hashCode()).isEqualTo(new RegressionData(2, 2, new double[] {1, -2, 3, 4},
        new double[] {0, 1}).hashCode());
    assertThat(data.toString()).contains("N=2");
    assertThatThrownBy(() -> new RegressionData(0, 1, new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegressionData(1, 2, new double[1], new double[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> data.times(new double[3])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExactSquaredLoss(1, 1, new BigRational[2], new BigRational[1],
        new UvDiagonalModel())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SymmetricOperator.dense(new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SymmetricEigen.largest(new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
