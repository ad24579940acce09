package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.MinimumNormRiskFamilies;
import org.tacit.benign.model.MinimumNormRisk;
import org.tacit.benign.model.MinimumNormRiskInstance;
import org.tacit.linalg.Vectors;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * ZG remark 1.2: the min-l2 interpolator's error is at least {@code ||(I - P) beta*||^2}, whose
 * expectation is {@code (1 - n/d) ||beta*||^2} for isotropic Gaussian X.
 */
class MinimumNormRiskRemarkProperties {

  private final MinimumNormRiskRemarkChecker checker = new MinimumNormRiskRemarkChecker();

  @Test
  @Verifies("ZG:rem-1.2")
  void decompositionAndLowerBoundHold() {
    PropertyHarness.verify("ZG:rem-1.2 sparse target",
        new CheckSuite<>(checker, MinimumNormRiskFamilies.sparseTarget()));
  }

  /**
   * Monte Carlo over 400 isotropic Gaussian designs (n = 10, d = 40, beta* = (1, -1, 1)/sqrt 3,
   * sigma = 0.1): the mean of {@code ||(I - P) beta*||^2} is within 4 standard errors of
   * {@code (1 - n/d) ||beta*||^2 = 0.75} (E P = (n/d) I by rotation invariance), the mean of
   * {@code ||X^T K^{-1} xi||^2} within 4 standard errors of {@code sigma^2 n / (d - n - 1)}
   * (E K^{-1} = I / (d - n - 1) for the Wishart K), and the mean error is at least
   * {@code ||beta*||^2 / 2}: the claimed {@code Omega(||beta*||^2)}, here with constant 1/2.
   */
  @Test
  @Verifies("ZG:rem-1.2")
  void expectationMatchesTheRotationInvariantFormula() {
    Draws draws = new SeededDraws(51);
    int n = 10;
    int d = 40;
    int trials = 400;
    double sigma = 0.1;
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -1 / Math.sqrt(3);
    betaStar[2] = 1 / Math.sqrt(3);
    double[] bias = new double[trials];
    double[] variance = new double[trials];
    double[] error = new double[trials];
    for (int t = 0; t < trials; t++) {
      double[] x = new double[n * d];
      for (int k = 0; k < x.length; k++) {
        x[k] = draws.gaussian();
      }
      double[] noise = new double[n];
      for (int i = 0; i < n; i++) {
        noise[i] = sigma * draws.gaussian();
      }
      MinimumNormRiskInstance instance = new MinimumNormRiskInstance(x, n, d, betaStar, noise);
      assertThat(checker.check(instance).holds()).isTrue();
      MinimumNormRisk risk = MinimumNormRisk.of(instance);
      double[] projection = risk.projection();
      double[] interpolator = risk.interpolator();
      double[] off = new double[d];
      double[] err = new double[d];
      for (int j = 0; j < d; j++) {
        off[j] = betaStar[j] - projection[j];
        err[j] = interpolator[j] - betaStar[j];
      }
      bias[t] = Vectors.dot(off, off);
      variance[t] = Vectors.dot(risk.noiseFit(), risk.noiseFit());
      error[t] = Vectors.dot(err, err);
    }
    assertThat(Math.abs(mean(bias) - (1 - (double) n / d))).isLessThanOrEqualTo(
        4 * standardError(bias));
    double noiseTerm = sigma * sigma * n / (d - n - 1);
    assertThat(Math.abs(mean(variance) - noiseTerm)).isLessThanOrEqualTo(
        4 * standardError(variance));
    assertThat(mean(error)).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void zeroTargetFailsItsHypothesis() {
    MinimumNormRiskInstance drawn = MinimumNormRiskFamilies.sparseTarget().draw(new SeededDraws(5));
    MinimumNormRiskInstance broken = new MinimumNormRiskInstance(drawn.x(), drawn.samples(),
        drawn.dimension(), new double[drawn.dimension()], drawn.noise());
    assertThat(checker.check(broken).hypothesisFailure()).isEqualTo("beta* != 0");
  }

  @Test
  void repeatedRowFailsTheRankHypothesis() {
    double[] x = {1, 2, 3, 4, 1, 2, 3, 4};
    MinimumNormRiskInstance broken = new MinimumNormRiskInstance(x, 2, 4,
        new double[] {1, 0, 0, 0}, new double[] {0.1, 0.1});
    assertThat(checker.check(broken).hypothesisFailure()).isEqualTo("X has full row rank");
  }

  @Test
  void squareDesignFailsTheDimensionHypothesis() {
    MinimumNormRiskInstance broken = new MinimumNormRiskInstance(new double[] {1, 0, 0, 1}, 2, 2,
        new double[] {1, 0}, new double[] {0.1, 0.1});
    assertThat(checker.check(broken).hypothesisFailure()).isEqualTo("n < d");
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e;
    }
    return s / v.length;
  }

  private static double standardError(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double e : v) {
      s += (e - m) * (e - m);
    }
    return Math.sqrt(s / (v.length - 1) / v.length);
  }
}
