package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.AlternativeMethodFamilies;
import org.tacit.grokking.model.ProjectedSubgradientInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * TDR Appendix D.1's projected subgradient method over its family, a hand-worked run, and the
 * printed limit of remark D.1.2 (inventory E25, first half).
 */
class ProjectedSubgradientProperties {

  private final ProjectedSubgradientChecker checker = new ProjectedSubgradientChecker();

  @Test
  @Verifies("TDR:eq-117")
  @Verifies("TDR:eq-116")
  @Verifies("TDR:rem-3.1.6")
  @Verifies("TDR:rem-D.1.2")
  void theBoundAndItsProofStepsHoldExactly() {
    PropertyHarness.verify("TDR:eq-117",
        new CheckSuite<>(checker, AlternativeMethodFamilies.projectedSubgradient()));
  }

  /**
   * X = [1 1], a* = (1, 0), a^(1) = 0, alpha = beta = 1/2: a^(2) = Pi(0) = (1/2, 1/2), then
   * z = (1/4, 1/4) projects back to (1/2, 1/2): the run is stationary and feasible from t = 2 with
   * gap 0 (every nonnegative feasible point has l1 norm 1). D = ||(1/2, 1/2) - (1, 0)||^2 = 1/2;
   * over [2, 3] (m = 2): bound = (1/2 + (1/16) 2 2)/(2 (1/4) 2) = 3/4; as printed (m = 1):
   * (1/2 + (1/16) 2)/(1/2) = 5/4; the limit alpha beta n/2 = 1/4.
   */
  @Test
  @Verifies("TDR:eq-117")
  @Verifies("TDR:rem-3.1.6")
  void handWorkedRun() {
    ProjectedSubgradientInstance instance = handInstance();
    BigRational[][] path = instance.iterates();
    BigRational half = BigRational.of(1, 2);
    assertThat(path[1]).containsExactly(half, half);
    assertThat(path[3]).containsExactly(half, half);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    assertThat(byLabel(verdict.checks(), "min gap <= [D").rhs()).isEqualTo(0.75);
    assertThat(byLabel(verdict.checks(), "as printed").rhs()).isEqualTo(1.25);
    assertThat(byLabel(verdict.checks(), "alpha beta n / 2 <=").lhs()).isEqualTo(0.25);
  }

  /** The printed limit alpha beta / 2 = 1/8: the bound never drops below alpha beta n / 2 = 1/4. */
  @Test
  @Verifies("TDR:rem-D.1.2")
  void thePrintedLimitIsTooSmallByTheFactorN() {
    Verdict printed = new ProjectedSubgradientChecker(StatementForm.PRINTED).check(handInstance());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks().stream().filter(c -> !c.holds()).map(Check::label))
        .containsExactly("printed limit: bound(t1 + 1e9) <= (alpha beta / 2)(1 + 1/1000)");
  }

  /** A noisy target makes a* infeasible: the hypothesis fails before any check. */
  @Test
  void noiseBreaksFeasibility() {
    ProjectedSubgradientInstance hand = handInstance();
    SparseRecoveryData noisy = new SparseRecoveryData(hand.data().design(),
        hand.data().groundTruth(), new BigRational[] {BigRational.ONE});
    assertThat(checker.check(new ProjectedSubgradientInstance(noisy, hand.alpha(), hand.beta(),
        hand.initial(), 3)).hypothesisFailure()).isEqualTo("xi = 0 (a* feasible)");
  }

  private static ProjectedSubgradientInstance handInstance() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{1, 1}}),
        new BigRational[] {BigRational.ONE, BigRational.ZERO}, new BigRational[] {BigRational.ZERO});
    BigRational half = BigRational.of(1, 2);
    return new ProjectedSubgradientInstance(data, half, half,
        new BigRational[] {BigRational.ZERO, BigRational.ZERO}, 3);
  }

  private static Check byLabel(List<Check> checks, String prefix) {
    return checks.stream().filter(c -> c.label().startsWith(prefix)).findFirst().orElseThrow();
  }
}
