package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.stepsize.model.L1BallRademacher;
import org.tacit.stepsize.model.RademacherInstance;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * The Rademacher complexity of the l1 ball in the proof of NRSS Lemma D.6
 * ({@link RademacherBoundRemarkChecker}, computed exactly by enumerating sign vectors) against
 * Massart's bound with log(2d), clipping monotonicity, and the printed log d bound's failure
 * (erratum) at d = 1. Examples per property: {@code -Dtacit.tries}.
 */
class RademacherBoundRemarkProperties {

  @Test
  @Verifies("NRSS:rem-D.8")
  void rademacherComplexityObeysMassartAndClipping() {
    PropertyHarness.verify("NRSS:rem-D.8 Rademacher",
        new CheckSuite<>(new RademacherBoundRemarkChecker(), AppendixDFamilies.rademacher()));
  }

  /**
   * Erratum (rem-D.8): the printed bound {@code ||x||_inf B sqrt(2 log d / N)} is 0 at d = 1, but
   * with N = 1, x = 1, B = 1 the complexity is {@code E|sigma_1| = 1}; Massart's log(2d) gives
   * {@code sqrt(2 log 2) = 1.18 >= 1}.
   */
  @Test
  @Verifies("NRSS:rem-D.8")
  void printedLogDBoundFailsInDimensionOne() {
    BigRational[][] x = {{BigRational.ONE}};
    BigRational complexity = L1BallRademacher.complexity(x, BigRational.ONE);
    assertThat(complexity).isEqualTo(BigRational.ONE);
    assertThat(L1BallRademacher.printedBound(x, BigRational.ONE)).isZero();
    assertThat(L1BallRademacher.massartBound(x, BigRational.ONE)).isGreaterThanOrEqualTo(1.0);
    // x = (1, -2): (1/2) E|sigma_1 - 2 sigma_2| = (1/2)(1 + 3 + 3 + 1)/4 = 1
    BigRational[][] two = {{BigRational.ONE}, {BigRational.of(-2)}};
    assertThat(L1BallRademacher.complexity(two, BigRational.ONE)).isEqualTo(BigRational.ONE);

    RademacherInstance counterexample =
        new RademacherInstance(x, BigRational.ONE, BigRational.ONE, BigRational.ONE);
    Verdict printed = new RademacherBoundRemarkChecker(StatementForm.PRINTED).check(counterexample);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(printed.failures()).singleElement()
        .satisfies(c -> assertThat(c.label()).startsWith("printed: exact complexity"));
    assertThat(new RademacherBoundRemarkChecker().check(counterexample).holds()).isTrue();
  }
}
