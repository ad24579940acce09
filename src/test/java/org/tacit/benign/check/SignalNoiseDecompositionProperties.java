package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.benign.model.LearnerVectors;
import org.tacit.benign.model.SignalNoiseDecomposition;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;

/** ZG decompositions (3), (4) and the decomposition of Lemma 5.2's proof, exactly. */
class SignalNoiseDecompositionProperties {

  @Test
  @Verifies("ZG:eq-3")
  @Verifies("ZG:eq-4")
  @Verifies("ZG:rem-A.4")
  void decompositionsHoldWithTheirRecursionsAlongExactRuns() {
    PropertyHarness.verify("ZG:eq-3",
        new CheckSuite<>(new SignalNoiseDecompositionChecker(),
            LearnerFamilies.paperInitialization()));
  }

  /**
   * The decomposition of Lemma 5.2's proof is an identity in {@code b}: Delta_r contains
   * {@code b (X^T xi)_e} and Gamma contains {@code -b (X^T xi)_e}, so it holds for any b and a, at
   * any state (here arbitrary states and b = 7/3, a = -2).
   */
  @Test
  @Verifies("ZG:rem-A.4")
  void gradientDecompositionHoldsForAnyCoefficientAtAnyState() {
    SeededDraws draws = new SeededDraws(5);
    for (int trial = 0; trial < 50; trial++) {
      LearnerInstance instance = LearnerFamilies.arbitraryState().draw(draws);
      SignalNoiseDecomposition decomposition = new SignalNoiseDecomposition(instance.data(),
          instance.start(), BigRational.of(7, 3), BigRational.of(-2));
      assertThat(LearnerVectors.add(decomposition.signalError(), decomposition.deltaR()))
          .containsExactly(instance.data().correlation(instance.start()));
    }
  }

  /**
   * By hand: n = 1, d = 2, X = (1, 1), xi = 1, beta* = (1, 0), S = {0}, v = (1, 2): X^T X v / n =
   * (3, 3), (d/n) v_S = (2, 0), X^T xi = (1, 1); with b = 1/2, Gamma = (3, 3) - (2, 0) - (0, 1/2)
   * = (1, 5/2); with a = 1/4, Delta_v = v - v_S - a X^T xi = (-1/4, 7/4).
   */
  @Test
  @Verifies("ZG:eq-3")
  @Verifies("ZG:eq-4")
  void handWorkedRemainders() {
    BigRational one = BigRational.ONE;
    LearnerData data = new LearnerData(new BigRational[][] {{one, one}}, new BigRational[] {one},
        new BigRational[] {one, BigRational.ZERO}, one);
    LearnerState state = new LearnerState(new BigRational[] {one, one},
        new BigRational[] {one, one}, new BigRational[] {one, BigRational.TWO});
    SignalNoiseDecomposition decomposition = new SignalNoiseDecomposition(data, state,
        BigRational.of(1, 2), BigRational.of(1, 4));
    assertThat(decomposition.gamma()).containsExactly(one, BigRational.of(5, 2));
    assertThat(decomposition.deltaV()).containsExactly(BigRational.of(-1, 4), BigRational.of(7, 4));
  }

  @Test
  void nonzeroInitialVFailsTheNamedHypothesis() {
    LearnerInstance valid = LearnerFamilies.paperInitialization().draw(new SeededDraws(2));
    BigRational[] v = valid.start().v().clone();
    v[0] = BigRational.ONE;
    LearnerInstance broken = new LearnerInstance(valid.data(), valid.eta(),
        new LearnerState(valid.start().w(), valid.start().u(), v), valid.steps());
    assertThat(new SignalNoiseDecompositionChecker().check(broken).hypothesisFailure())
        .startsWith("v^(0) = 0");
  }
}
