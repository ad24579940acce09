package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The cutting-plane solver of (9) on a hand case and against the Lemma D.2 bracket. */
class MinimalLambdaMaxTest {

  /**
   * One sample x = (1, 2), y = 2: at a solution lambda_max = 4 sum_i |beta_i| x_i^2 (N = 1), and
   * over x_1 beta_1 + 2 beta_2 = 2 this is smallest at beta = (2, 0): 4 * 2 * 1 = 8 (the other
   * vertex (0, 1) gives 16).
   */
  @Test
  @Verifies("NRSS:eq-9")
  void handCase() {
    RegressionData data = new RegressionData(1, 2, new double[] {1, 2}, new double[] {2});
    MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, 1e-12, 20);
    assertThat(minimal.upper()).isCloseTo(8, within(1e-12));
    assertThat(minimal.lower()).isCloseTo(8, within(1e-12));
    assertThat(minimal.minimizer()).containsExactly(new double[] {2, 0}, within(1e-12));
  }

  @Test
  @Verifies("NRSS:lem-D.2")
  void liesInsideTheBracketOnRandomData() {
    SeededDraws draws = new SeededDraws(8);
    for (int trial = 0; trial < 5; trial++) {
      RegressionData data = new SectionSevenData(12, 6, 2, 2.0, 1.0, 0.01).draw(draws).data();
      MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, 1e-8, 200);
      StableStepBracket bracket = StableStepBracket.of(data);
      assertThat(minimal.lower()).isLessThanOrEqualTo(minimal.upper() * (1 + 1e-12));
      assertThat(bracket.lowerLambda()).isLessThanOrEqualTo(minimal.lower() * (1 + 1e-9));
      assertThat(minimal.upper()).isLessThanOrEqualTo(bracket.upperLambda() * (1 + 1e-9));
      assertThat(minimal.cuts()).isGreaterThanOrEqualTo(1);
      double[] residual = data.times(minimal.minimizer());
      for (int n = 0; n < residual.length; n++) {
        assertThat(residual[n]).isCloseTo(data.labels()[n], within(1e-9));
      }
    }
  }
}
