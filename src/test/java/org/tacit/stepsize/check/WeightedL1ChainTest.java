package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.LinearSystem;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.ExactSquaredLoss;
import org.tacit.stepsize.model.WeightedL1Chain;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * The l1 links of NRSS (48), exactly ({@link WeightedL1Chain}, {@link WeightedL1ChainChecker}): the printed step
 * {@code ||beta^ o Ehat(x^2)||_1 <= ||beta* o Ehat(x^2)||_1} refuted on a hand-checkable integer
 * instance (erratum), the dropped factor 4 refuted on the same instance with the exact Hessian,
 * and the corrected links on random instances. Examples per property: {@code -Dtacit.tries}.
 */
class WeightedL1ChainTest {

  /**
   * X = [[2, 0, -1, 1], [0, 3, 3, 3]] (two samples), y = (1, 3): m = (1, 3/2, 1, 2),
   * q = (2, 9/2, 5, 5). beta* = (0, 0, 0, 1) (l1 norm 1, unique); beta^ = (1, 0, 1, 0) minimizes
   * sum m_i^2 |beta_i| (2 < 4 for beta*), uniquely. Printed step: ||beta^ o q||_1 = 7 <= 5 =
   * ||beta* o q||_1 is false.
   */
  @Test
  @Verifies("NRSS:eq-48")
  void printedStepOfChainFortyEightFails() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{2, 0, -1, 1}, {0, 3, 3, 3}});
    BigRational[] y = {BigRational.ONE, BigRational.of(3)};
    WeightedL1Chain.Result r = WeightedL1Chain.evaluate(x, y);
    assertThat(r.unique()).isTrue();
    assertThat(r.minimumL1()).containsExactly(BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO, BigRational.ONE);
    assertThat(r.weightedByMeanSquare()).containsExactly(BigRational.ONE, BigRational.ZERO,
        BigRational.ONE, BigRational.ZERO);
    assertThat(r.printedLeft()).isEqualTo(BigRational.of(7));
    assertThat(r.printedRight()).isEqualTo(BigRational.of(5));
    assertThat(r.printedStepHolds()).isFalse();
    LinearSystem counterexample = new LinearSystem(x, y);
    Verdict printed = new WeightedL1ChainChecker(StatementForm.PRINTED).check(counterexample);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.failures()).singleElement().satisfies(c -> {
      assertThat(c.label()).startsWith("printed: ||beta^ o q||_1 <= ||beta* o q||_1");
      assertThat(c.lhs()).isEqualTo(7);
      assertThat(c.rhs()).isEqualTo(5);
    });
    assertThat(new WeightedL1ChainChecker().check(counterexample).holds()).isTrue();
  }

  /**
   * The factor 4 dropped in (48): lambda(u^) <= ||beta(u^) o Ehat(x^2)||_1 fails on the same data.
   * At u^_+ = (1, 0, 1, 0), u^_- = 0 (an exact interpolating solution), the exact Hessian of the
   * loss (1/2N) sum (y - f)^2 has H_11 = 8, so lambda_max >= 8 > 7 = ||beta^ o q||_1.
   */
  @Test
  @Verifies("NRSS:eq-48")
  void droppedFactorFourFailsOnTheSameData() {
    BigRational[] features = new BigRational[8];
    long[] values = {2, 0, -1, 1, 0, 3, 3, 3};
    for (int k = 0; k < 8; k++) {
      features[k] = BigRational.of(values[k]);
    }
    ExactSquaredLoss loss = new ExactSquaredLoss(2, 4, features,
        new BigRational[] {BigRational.ONE, BigRational.of(3)}, new DepthDiagonalModel(2));
    BigRational[] theta = new BigRational[8];
    java.util.Arrays.fill(theta, BigRational.ZERO);
    theta[0] = BigRational.ONE;
    theta[2] = BigRational.ONE;
    assertThat(loss.loss(theta)).isEqualTo(BigRational.ZERO);
    BigRational[] hessian = loss.hessian(theta);
    assertThat(hessian[0]).isEqualTo(BigRational.of(8));
    assertThat(hessian[0]).isGreaterThan(BigRational.of(7));
  }

  /** Positive integer samples (so every m_i > 0), labels y = X beta0: the corrected links hold. */
  @Test
  @Verifies("NRSS:eq-48")
  @Verifies("NRSS:lem-D.3")
  void correctedLinksHold() {
    int[] printedFailures = {0};
    int[] count = {0};
    WeightedL1ChainChecker corrected = new WeightedL1ChainChecker();
    WeightedL1ChainChecker printed = new WeightedL1ChainChecker(StatementForm.PRINTED);
    PropertyHarness.forAll("NRSS:eq-48 corrected links", AppendixDFamilies.weightedChain(),
        system -> {
          count[0]++;
          Verdict asPrinted = printed.check(system);
          printedFailures[0] += asPrinted.hypothesesMet() && !asPrinted.holds() ? 1 : 0;
          return corrected.check(system);
        }, PropertyHarness.tries());
    System.out.printf("[tacit] NRSS:eq-48 printed step ||beta^ o q||_1 <= ||beta* o q||_1 fails"
        + " (unique minimizers) in %d of %d random instances%n", printedFailures[0], count[0]);
  }
}
