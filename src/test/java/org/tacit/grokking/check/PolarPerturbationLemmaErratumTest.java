package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.grokking.check.ScalarSignDynamicsLemmaErratumTest.labelled;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.PolarPerturbationInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E6 of TDR Lemma C.45: A = diag(100, 0), A* = diag(0, 1), so sigma_min(A) = 100 >
 * 1 = sigma_max(A*) and rank A = 1. Exactly: H(A) = diag(1, 0), A - A* = diag(100, -1) has polar
 * factor diag(1, -1), so ||H(A - A*) - H(A)||_F = 1, while the bound is 2 sqrt(2)/(100 - 1) =
 * 0.02857 (squares: 1 > 8/9801). The diagonal SVDs are exact in double, so the checker's sides are
 * these values.
 */
class PolarPerturbationLemmaErratumTest {

  private static final PolarPerturbationInstance COUNTEREXAMPLE = new PolarPerturbationInstance(
      2, 2, new double[] {100, 0, 0, 0}, new double[] {0, 0, 0, 1});

  @Test
  @Verifies("TDR:lem-C.45")
  void boundFailsForRankDeficientA() {
    assertThat(BigRational.ONE.compareTo(BigRational.of(8, 9801))).isPositive();
    Verdict printed = new PolarPerturbationLemmaChecker(StatementForm.PRINTED)
        .check(COUNTEREXAMPLE);
    assertThat(printed.hypothesesMet()).isTrue();
    Check bound = labelled(printed, PolarPerturbationLemmaChecker.BOUND);
    assertThat(bound.holds()).isFalse();
    assertThat(bound.lhs()).isEqualTo(1.0);
    assertThat(bound.rhs()).isEqualTo(2 * Math.sqrt(2.0) / 99);
    assertThat(new PolarPerturbationLemmaChecker().check(COUNTEREXAMPLE).hypothesisFailure())
        .startsWith("rank A = min(n1, n2)");
  }
}
