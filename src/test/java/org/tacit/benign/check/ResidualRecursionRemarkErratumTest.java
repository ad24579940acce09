package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum in the proof of Lemma B.1: the first line {@code r^(t+1) = X v^(t+1) + lambda X
 * w^(t+1)o2 - lambda X u^(t+1)o2 - xi} omits {@code - X beta*} (with {@code y = X beta* + xi},
 * {@code r = X beta - y}). The expansion that follows it is right.
 */
class ResidualRecursionRemarkErratumTest {

  /**
   * n = d = 1, X = 1, xi = 0, beta* = 1, lambda = 1, w = u = 1/2, v = 0, eta = 1/8: r^(0) = -1,
   * g = -1, so w^(1) = 5/8, u^(1) = 3/8, v^(1) = 1/8 and beta^(1) = 1/8 + 25/64 - 9/64 = 3/8;
   * r^(1) = 3/8 - 1 = -5/8, while the printed line gives X beta^(1) - xi = 3/8 (off by
   * X beta* = 1).
   */
  @Test
  @Verifies("ZG:rem-B.3")
  void printedFirstLineFailsAndCorrectedHolds() {
    LearnerData data = new LearnerData(new BigRational[][] {{BigRational.ONE}},
        new BigRational[] {BigRational.ZERO}, new BigRational[] {BigRational.ONE},
        BigRational.ONE);
    LearnerInstance instance = new LearnerInstance(data, BigRational.of(1, 8),
        LearnerState.initial(1, BigRational.of(1, 2)), 1);
    LearnerState next = instance.trajectory().get(1);
    assertThat(next.beta(BigRational.ONE)[0]).isEqualTo(BigRational.of(3, 8));
    assertThat(data.residual(next)[0]).isEqualTo(BigRational.of(-5, 8));

    Verdict printed = new ResidualRecursionRemarkChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    Check firstLine = printed.checks().get(0);
    assertThat(firstLine.label()).startsWith("r^(t+1) = X v + lambda X w^2 - lambda X u^2 - xi");
    assertThat(firstLine.holds()).isFalse();
    assertThat(firstLine.lhs()).isEqualTo(1.0);
    assertThat(printed.checks().subList(1, printed.checks().size())).allMatch(Check::holds);

    Verdict corrected = new ResidualRecursionRemarkChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.toString()).isTrue();
  }

  /** With beta* = 0 the printed and corrected first lines coincide, so both hold. */
  @Test
  @Verifies("ZG:rem-B.3")
  void printedFirstLineHoldsWhenTheTargetIsZero() {
    LearnerData data = new LearnerData(new BigRational[][] {{BigRational.ONE}},
        new BigRational[] {BigRational.ONE}, new BigRational[] {BigRational.ZERO},
        BigRational.ONE);
    LearnerInstance instance = new LearnerInstance(data, BigRational.of(1, 8),
        LearnerState.initial(1, BigRational.of(1, 2)), 2);
    assertThat(new ResidualRecursionRemarkChecker(StatementForm.PRINTED).check(instance).holds())
        .isTrue();
  }
}
