package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.check.DepthStabilityLemmaChecker;
import org.tacit.stepsize.check.DepthTwoStabilityLemmaChecker;
import org.tacit.stepsize.check.UvStabilityLemmaChecker;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** Construction of solutions from an interpolating beta, and the checkers' hypothesis checks. */
class InterpolatingSolutionsTest {

  @Test
  @Verifies("NRSS:def-2.1")
  void everyParametrizationRealizesBeta() {
    double[] beta = {2, -3, 0};
    double[] evenTheta = InterpolatingSolutions.depth(beta, 4, new double[] {0.5, 3, 1},
        new boolean[] {true, false, true}, new boolean[] {false, true, true});
    assertThat(new DepthDiagonalModel(4).beta(evenTheta, 3))
        .containsExactly(new double[] {2, -3, 0}, within(1e-12));
    assertThat(evenTheta[0]).isNegative();
    double[] oddTheta = InterpolatingSolutions.depth(beta, 5, new double[] {-7, -1, 2},
        new boolean[3], new boolean[3]);
    assertThat(new DepthDiagonalModel(5).beta(oddTheta, 3))
        .containsExactly(new double[] {2, -3, 0}, within(1e-12));
    assertThat(oddTheta[3]).isNegative();
    double[] cubic = InterpolatingSolutions.depthWithSlack(beta, 3, new double[] {1, 1, 0});
    assertThat(new DepthDiagonalModel(3).beta(cubic, 3))
        .containsExactly(new double[] {2, -3, 0}, within(1e-12));
    double[] uv = InterpolatingSolutions.uv(beta, new double[] {1, 2, 0}, new double[] {-1, 1, 0},
        new double[] {2, -0.5, 1});
    assertThat(new UvDiagonalModel().beta(uv, 3)).containsExactly(new double[] {2, -3, 0},
        within(1e-12));
  }

  @Test
  void rejectsParametersOutsideTheirDomain() {
    double[] beta = {1};
    assertThatThrownBy(() -> InterpolatingSolutions.depth(beta, 2, new double[] {-0.5},
        new boolean[1], new boolean[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.depth(beta, 3, new double[] {1},
        new boolean[] {true}, new boolean[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.depth(beta, 1, new double[] {1},
        new boolean[1], new boolean[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.depth(beta, 2, new double[2],
        new boolean[1], new boolean[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.depthWithSlack(beta, 2, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.uv(beta, new double[1], new double[1],
        new double[] {0})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterpolatingSolutions.uv(beta, new double[2], new double[1],
        new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StabilityFamilies.depth(1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkersNameTheFailedHypothesis() {
    RegressionData data = new RegressionData(1, 1, new double[] {1}, new double[] {1});
    SolutionInstance depthTwo = new SolutionInstance(data, new DepthDiagonalModel(2),
        new double[] {1, 0});
    SolutionInstance depthThree = new SolutionInstance(data, new DepthDiagonalModel(3),
        new double[] {1, 0});
    SolutionInstance uv = new SolutionInstance(data, new UvDiagonalModel(),
        new double[] {1, 1, 0, 0});
    assertThat(new DepthTwoStabilityLemmaChecker().check(depthThree).hypothesisFailure())
        .isEqualTo("depth-2 diagonal model (4)");
    assertThat(new DepthTwoStabilityLemmaChecker().check(uv).hypothesesMet()).isFalse();
    assertThat(new DepthStabilityLemmaChecker().check(uv).hypothesisFailure())
        .isEqualTo("depth-D diagonal model (12)");
    assertThat(new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(uv).hypothesesMet()).isFalse();
    assertThat(new UvStabilityLemmaChecker().check(depthTwo).hypothesisFailure())
        .isEqualTo("UV model (34)");

    SolutionInstance notSolution = new SolutionInstance(data, new DepthDiagonalModel(2),
        new double[] {1, 0.5});
    for (Verdict verdict : new Verdict[] {new DepthTwoStabilityLemmaChecker().check(notSolution),
        new DepthStabilityLemmaChecker().check(notSolution),
        new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(notSolution),
        new UvStabilityLemmaChecker().check(new SolutionInstance(data, new UvDiagonalModel(),
            new double[] {1, 1, 1, 1}))}) {
      assertThat(verdict.hypothesesMet()).isFalse();
      assertThat(verdict.hypothesisFailure()).startsWith("theta is a solution");
    }
    assertThat(new SolutionInstance(data, new DepthDiagonalModel(2), new double[] {1})
        .hypotheses().failureMessage()).startsWith("theta has length");
    assertThat(new SolutionInstance(data, new DepthDiagonalModel(2), new double[] {Double.NaN, 0})
        .hypotheses().failureMessage()).isEqualTo("theta finite");
    assertThat(new SolutionInstance(new RegressionData(1, 1, new double[] {Double.NaN},
        new double[] {1}), new DepthDiagonalModel(2), new double[] {1, 0}).hypotheses().failureMessage())
        .isEqualTo("X finite");
    assertThat(new DepthStabilityLemmaChecker().describe(depthTwo)).isEqualTo("depth 2, N=1, d=1");
    assertThat(new DepthStabilityLemmaChecker(StatementForm.PRINTED).specId()).isEqualTo("NRSS:eq-13");
    assertThat(new UvStabilityLemmaChecker().specId()).isEqualTo("NRSS:lem-C.1");
    assertThat(new DepthTwoStabilityLemmaChecker().specId()).isEqualTo("NRSS:lem-4.1");
    assertThat(new DepthStabilityLemmaChecker().specId()).isEqualTo("NRSS:lem-6.1");
  }

  /** The built-in families meet the hypotheses by construction (seeded draws, as the CLI uses). */
  @Test
  @Verifies("NRSS:def-2.1")
  void familiesConstructSolutions() {
    SeededDraws draws = new SeededDraws(20221);
    for (int k = 0; k < 200; k++) {
      assertThat(StabilityFamilies.depth(2, 7).draw(draws).hypotheses().failureMessage()).isNull();
      assertThat(StabilityFamilies.uv().draw(draws).hypotheses().failureMessage()).isNull();
    }
    assertThat(StabilityFamilies.uv().name()).contains("UV");
    assertThat(StabilityFamilies.depth(2, 3).name()).contains("[2, 3]");
  }
}
