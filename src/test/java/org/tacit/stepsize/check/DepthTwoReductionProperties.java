package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * The depth-2 case of the depth-D results (NRSS rem-A.1, rem-A.2) and the exponent of rem-6.1:
 * at D = 2, p = 2(D-1)/D = 1, so D^2 ||theta^D o (m; m)^{D/(D-1)}||_p^p = 4 sum (u_+^2 + u_-^2) m^2,
 * the stability measure of (8), and the printed and proved forms of (13)-(14) coincide
 * (D^{2p} = D^2). Checked on random depth-2 solutions of StabilityFamilies: the generic depth-D
 * bounds equal the depth-2 formulas to 1e-13 relative (a few roundings of sums of positive
 * terms), and the printed Lemma 6.1 holds wherever the proved one does.
 */
class DepthTwoReductionProperties {

  @Test
  @Verifies("NRSS:rem-A.1")
  @Verifies("NRSS:rem-A.2")
  void depthDQuantitiesReduceToDepthTwo() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("NRSS depth-2 reduction"));
    for (int k = 0; k < PropertyHarness.tries(); k++) {
      SolutionInstance instance = StabilityFamilies.depth(2, 2).draw(draws);
      RegressionData data = instance.data();
      int d = data.dimension();
      double[] theta = instance.theta();
      double[] m = data.empiricalMean();
      double[] q = data.empiricalSecondMoment();
      double lower = 0;
      double upper = 0;
      for (int i = 0; i < d; i++) {
        double w = theta[i] * theta[i] + theta[d + i] * theta[d + i];
        lower += w * 4 * m[i] * m[i];
        upper += w * 4 * q[i];
      }
      HessianBounds bounds = HessianBounds.at(instance.loss(), theta);
      assertThat(bounds.lowerBound()).isCloseTo(lower, within(1e-13 * Math.max(lower, 1e-300)));
      assertThat(bounds.upperBound()).isCloseTo(upper, within(1e-13 * upper));
      Verdict proved = new DepthStabilityLemmaChecker().check(instance);
      Verdict printed = new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(instance);
      assertThat(printed.holds()).as(printed.describe()).isEqualTo(proved.holds()).isTrue();
    }
  }

  /** p(D) = 2(D-1)/D: 1 at D = 2 (l1), 4/3 at D = 3, increasing to 2 (l2) as D grows. */
  @Test
  @Verifies("NRSS:rem-6.1")
  void exponentMovesFromL1TowardsL2() {
    double previous = 0;
    for (int depth = 2; depth <= 64; depth++) {
      double p = new DepthDiagonalModel(depth).normExponent();
      assertThat(p).isEqualTo(2.0 * (depth - 1) / depth);
      assertThat(p).isGreaterThan(previous).isLessThan(2);
      previous = p;
    }
    assertThat(new DepthDiagonalModel(2).normExponent()).isEqualTo(1.0);
    assertThat(2 - new DepthDiagonalModel(1000).normExponent()).isCloseTo(2.0 / 1000, within(1e-15));
  }
}
