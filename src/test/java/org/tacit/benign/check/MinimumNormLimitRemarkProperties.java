package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.MinimumNormFamilies;
import org.tacit.benign.model.MinimumNormGradientDescentInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG remark 1.1 (first claim): GD from 0 on the plain linear model and the min-l2 interpolator. */
class MinimumNormLimitRemarkProperties {

  private final MinimumNormLimitRemarkChecker checker = new MinimumNormLimitRemarkChecker();

  private static final BigRational[] ONES = {BigRational.ONE, BigRational.ONE};

  @Test
  @Verifies("ZG:rem-1.1")
  void holdsOnIntegerDesignsOfFullRowRank() {
    PropertyHarness.verify("ZG:rem-1.1 full row rank",
        new CheckSuite<>(checker, MinimumNormFamilies.fullRowRank()));
  }

  /**
   * Hand case X = [[1, 0, 1], [0, 1, 1]], y = (1, 1): trace(X X^T) = 4, eta = 1/2, so
   * {@code beta_1 = (eta/n) X^T y = (1/4)(1, 1, 2)} and the limit is {@code (1/3, 1/3, 2/3)}
   * (worked by hand); all exact checks hold, with one decrease check per step.
   */
  @Test
  @Verifies("ZG:rem-1.1")
  void handWorkedCase() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0, 1}, {0, 1, 1}});
    MinimumNormGradientDescentInstance instance = MinimumNormFamilies.instance(x, ONES, 1, 4);
    assertThat(instance.eta()).isEqualTo(BigRational.of(1, 2));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).filteredOn(check -> check.label().contains(" - beta_l2||^2 <"))
        .hasSize(4);
    // beta_1 - beta_l2 = (-1/12, -1/12, -1/6): squared norm 1/24 = ||beta_l2||^2 / 16, since
    // beta_l2 lies on the eigenvector of X^T X with eigenvalue 3 and 1 - (eta/n) 3 = 1/4.
    assertThat(verdict.checks()).filteredOn(check -> check.label().startsWith("||beta_1 -"))
        .singleElement().satisfies(check -> {
          assertThat(check.lhs()).isEqualTo(1.0 / 24);
          assertThat(check.rhs()).isEqualTo(2.0 / 3);
        });
    assertThat(verdict.checks()).allMatch(check -> check.exact()
        || check.label().startsWith("double"));
  }

  @Test
  void squareDesignFailsTheDimensionHypothesis() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0}, {0, 1}});
    assertThat(checker.check(MinimumNormFamilies.instance(x, ONES, 1, 2)).hypothesisFailure())
        .isEqualTo("n < d");
  }

  @Test
  void repeatedRowFailsTheRankHypothesis() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 2, 0}, {1, 2, 0}});
    assertThat(checker.check(MinimumNormFamilies.instance(x, ONES, 1, 2)).hypothesisFailure())
        .isEqualTo("X has full row rank");
  }

  /** eta = n / trace(X X^T) is allowed, eta = 2 n / trace(X X^T) is not. */
  @Test
  void tooLargeStepFailsTheStepHypothesis() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0, 1}, {0, 1, 1}});
    MinimumNormGradientDescentInstance boundary = MinimumNormFamilies.instance(x, ONES, 1, 2);
    MinimumNormGradientDescentInstance doubled = new MinimumNormGradientDescentInstance(x, ONES,
        boundary.eta().multiply(BigRational.TWO), 2);
    assertThat(checker.check(boundary).hypothesesMet()).isTrue();
    assertThat(checker.check(doubled).hypothesisFailure())
        .isEqualTo("0 < eta <= n / trace(X X^T)");
  }

  @Test
  void zeroStepsFailTheStepsHypothesis() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0, 1}, {0, 1, 1}});
    assertThat(checker.check(MinimumNormFamilies.instance(x, ONES, 1, 0)).hypothesisFailure())
        .isEqualTo("steps >= 1");
  }
}
