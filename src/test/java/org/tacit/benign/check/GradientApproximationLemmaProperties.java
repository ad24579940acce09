package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.StageFamilies;
import org.tacit.benign.model.GradientApproximation;
import org.tacit.benign.model.GradientApproximationInstance;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * ZG Lemma 5.2 and the term bounds of its proof (Remark A.5) on GD iterates of small Gaussian
 * designs with the RIP constant by enumeration.
 */
class GradientApproximationLemmaProperties {

  private final GradientApproximationLemmaChecker checker = new GradientApproximationLemmaChecker();

  @Test
  @Verifies("ZG:lem-5.2")
  @Verifies("ZG:rem-A.5")
  void decompositionAndTermBoundsHoldAlongGradientDescent() {
    PropertyHarness.verify("ZG:lem-5.2 gaussian d <= 12", checker,
        StageFamilies.gradientApproximation(), 12);
  }

  /**
   * At the initial state ({@code w = u = alpha 1}, {@code v = 0}, {@code b_0 = 0}) the residual of
   * Lemma 5.2 is known in closed form without the five-term formula: {@code g = X^T r/n} with
   * {@code r = -X beta* - xi} (the quadratic part cancels), {@code E_S = lambda alpha^2 sign -
   * beta*} on S, so {@code Delta_r = g - E_S}; computed here by plain loops over X.
   */
  @Test
  @Verifies("ZG:rem-A.5")
  void residualAtInitializationMatchesTheDirectFormula() {
    StageInstance stage = StageFamilies.instance(9, new SeededDraws(3), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0);
    int n = stage.samples();
    int d = stage.dimension();
    double[] theta = new double[3 * d];
    for (int k = 0; k < 2 * d; k++) {
      theta[k] = stage.alpha();
    }
    GradientApproximation terms = GradientApproximation.of(stage, theta, 0.0);
    double alphaSquared = stage.alpha() * stage.alpha();
    for (int j = 0; j < d; j++) {
      double g = 0;
      for (int i = 0; i < n; i++) {
        double r = -stage.noise()[i];
        for (int k = 0; k < d; k++) {
          r -= stage.x()[i * d + k] * stage.betaStar()[k];
        }
        g += stage.x()[i * d + j] * r / n;
      }
      double b = stage.betaStar()[j];
      double signal = b == 0 ? 0 : Math.signum(b) * stage.lambda() * alphaSquared - b;
      double expected = g - signal;
      assertThat(terms.deltaR()[j]).isCloseTo(expected,
          org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(expected))));
    }
  }

  @Test
  void aClaimedDeltaBelowTheRipConstantFailsItsHypothesis() {
    GradientApproximationInstance valid =
        StageFamilies.gradientApproximation().draw(new SeededDraws(4));
    Verdict verdict = checker.check(new GradientApproximationInstance(valid.stage(),
        valid.delta() * (1 - 1e-3), valid.steps()));
    assertThat(verdict.failedHypothesis().orElseThrow().name()).isEqualTo("X / sqrt(n) is (s+1, delta)-RIP");
  }

  @Test
  void aDimensionAboveTheEnumerationLimitFailsItsHypothesis() {
    StageInstance stage = StageFamilies.instance(13, new SeededDraws(4), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0);
    Verdict verdict = checker.check(new GradientApproximationInstance(stage, 10.0,
        new long[] {0}));
    assertThat(verdict.failedHypothesis().orElseThrow().name()).isEqualTo("1 <= s < d <= 12");
  }

  @Test
  void theRoundingAllowanceIsTiny() {
    assertThat(ZgTolerances.gradientApproximationIdentity(10, 12)).isLessThan(1e-14);
  }
}
