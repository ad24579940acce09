package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.family.ClosedFormFamilies;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.Hypothesis;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum of MS (II.4) / (III.11): the printed lower bound is false on A = [1, -K], y = 1,
 * x* = (1, 0) for K >= 3, e.g. K = 3, alpha = 1/10; decided exactly in rationals.
 *
 * <p>Derivation (independent of the solver): the KKT conditions of the projection give
 * {@code log(x / alpha) in range(A^T)}, so {@code x = alpha (e^l, e^(-K l))} and
 * {@code x_2 x_1^K = alpha^(K+1)}; with {@code x_1 - K x_2 = 1}, {@code t = x_2} solves
 * {@code f(t) = t (1 + K t)^K = alpha^(K+1)}, and f is strictly increasing on [0, inf). Here
 * rho = -K, rho~ = K, rho- = 0, kappa = 1, |S^c| = 1, min_S x* = ||x*||_inf = 1, so eps = alpha,
 * C = 2 (1 + K), and (II.4) reads {@code 1 - C alpha^(K+1) <= t / alpha^(K+1)}. Therefore (II.4)
 * fails iff {@code t < t0 := (1 - C alpha^(K+1)) alpha^(K+1)} iff {@code f(t0) > alpha^(K+1)}: an
 * exact rational inequality. The corrected bound (factor r_m = ||m_S||_1 / ||m_{S^c}||_1 = K =
 * rho~ restored) holds iff {@code f((1 - K C alpha^(K+1)) alpha^(K+1)) <= alpha^(K+1)}.
 */
class RateLowerBoundErratumTest {

  private static final BigRational ALPHA = BigRational.of(1, 10);

  private static BigRational f(BigRational t, int k) {
    return t.multiply(BigRational.ONE.add(BigRational.of(k).multiply(t)).pow(k));
  }

  private static BigRational printedLeftSide(int k, BigRational alpha) {
    return BigRational.ONE.subtract(BigRational.of(2L * (1 + k)).multiply(alpha.pow(k + 1)));
  }

  /** Printed (II.4) fails exactly at A = [1, -3], alpha = 1/10: LHS 0.9992 > RHS 0.99910134... */
  @Test
  @Verifies("MS:eq-II.4")
  @Verifies("MS:thm-II.2b")
  void printedLowerBoundFailsExactlyForKThree() {
    int k = 3;
    BigRational power = ALPHA.pow(k + 1);
    BigRational c = BigRational.of(8);
    // hypothesis C eps^(1 - rho) <= 1
    assertThat(c.multiply(power).compareTo(BigRational.ONE)).isLessThanOrEqualTo(0);
    BigRational left = printedLeftSide(k, ALPHA);
    assertThat(left).isEqualTo(BigRational.of(9992, 10000));
    BigRational t0 = left.multiply(power);
    assertThat(f(t0, k).compareTo(power)).isPositive();
    // bracket t by bisection in rationals: RHS = t / alpha^4 in (lo, hi) / alpha^4
    BigRational lo = BigRational.ZERO;
    BigRational hi = power;
    for (int i = 0; i < 80; i++) {
      BigRational mid = lo.add(hi).divide(BigRational.TWO);
      if (f(mid, k).compareTo(power) <= 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    BigRational rhsLow = lo.divide(power);
    BigRational rhsHigh = hi.divide(power);
    assertThat(rhsHigh.compareTo(left)).isNegative();
    assertThat(rhsLow.compareTo(BigRational.parse("0.9991013475"))).isPositive();
    assertThat(rhsHigh.compareTo(BigRational.parse("0.9991013476"))).isNegative();
    System.out.println("[tacit] MS (II.4) counterexample K=3, alpha=1/10: RHS in ["
        + rhsLow.toBigDecimal(20) + ", " + rhsHigh.toBigDecimal(20) + "], LHS = 0.9992");
    // corrected bound with r_m = rho~ = 3: 1 - 3 C alpha^4 = 0.9976 <= RHS
    BigRational corrected = BigRational.ONE.subtract(BigRational.of(3).multiply(c).multiply(power));
    assertThat(f(corrected.multiply(power), k).compareTo(power)).isLessThanOrEqualTo(0);
  }

  /** The printed form fails for every K >= 3 at alpha = 1/10; the corrected form holds. */
  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 8})
  @Verifies("MS:eq-II.4")
  void printedFailsAndCorrectedHoldsForLargerK(int k) {
    BigRational power = ALPHA.pow(k + 1);
    BigRational c = BigRational.of(2L * (1 + k));
    assertThat(c.multiply(power).compareTo(BigRational.ONE)).isLessThanOrEqualTo(0);
    assertThat(f(printedLeftSide(k, ALPHA).multiply(power), k).compareTo(power)).isPositive();
    BigRational corrected = BigRational.ONE.subtract(BigRational.of(k).multiply(c).multiply(power));
    assertThat(f(corrected.multiply(power), k).compareTo(power)).isLessThanOrEqualTo(0);
  }

  /**
   * Asymptotically the right side is 1 - K^2 alpha^(K+1) and the printed left side
   * 1 - 2 (1 + K) alpha^(K+1): the printed form holds iff K^2 <= 2 (1 + K), i.e. K <= 2. So K = 1, 2
   * are NOT counterexamples (the test of the threshold, exact).
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  @Verifies("MS:eq-II.4")
  void printedHoldsForSmallK(int k) {
    BigRational power = ALPHA.pow(k + 1);
    assertThat(f(printedLeftSide(k, ALPHA).multiply(power), k).compareTo(power))
        .isLessThanOrEqualTo(0);
  }

  /**
   * The checker in PRINTED form on the counterexample: every proof step holds except the printed
   * (III.11) and (II.4); the CORRECTED checker holds. The double decisions agree with the exact
   * ones above (the gap 0.9992 - 0.99910 = 1e-4 is far above the certified error).
   */
  @Test
  @Verifies("MS:eq-III.11")
  @Verifies("MS:eq-II.4")
  void printedCheckerFailsExactlyAtTheDroppedFactor() {
    RateInstance instance = new RateInstance(
        ClosedFormFamilies.singleRow(new long[] {1, -3}, BigRational.ONE), 0.1);
    Verdict printed = new RateLowerBoundChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    List<String> failed = printed.failures().stream().map(Check::label).toList();
    assertThat(failed).hasSize(2);
    assertThat(failed.get(0)).startsWith("(III.11) as printed");
    assertThat(failed.get(1)).startsWith("(II.4) as printed");
    Check ii4 = printed.failures().get(1);
    assertThat(ii4.lhs()).isCloseTo(0.9992, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(ii4.rhs()).isCloseTo(0.99910134754, org.assertj.core.data.Offset.offset(1e-10));
    Verdict corrected = new RateLowerBoundChecker(StatementForm.CORRECTED).check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
  }

  /**
   * C uses kappa^rho- (the statement), not kappa^rho (the proof's restatement): on blocks [2, 1]
   * (y = 1) and [1, -1] (y = 4), x* = (1/2, 0, 4, 0), kappa = 8, rho = rho- = 1/2, rho~ = 1,
   * |S^c| = 2, so log C = log(2 * 2 * 2) + (1/2) log 8.
   */
  @Test
  @Verifies("MS:eq-III.9")
  void constantUsesKappaToTheRhoMinus() {
    RateConstants k = ClosedFormFamilies.blockDiagonal(
        List.of(new long[] {2, 1}, new long[] {1, -1}),
        new BigRational[] {BigRational.ONE, BigRational.of(4)}).constants();
    assertThat(k.kappa()).isEqualTo(BigRational.of(8));
    assertThat(k.rhoMinus()).isEqualTo(BigRational.of(1, 2));
    double expected = Math.log(2 * (1 + 1.0) * 2) + 0.5 * Math.log(8);
    assertThat(k.logLowerBoundConstant()).isCloseTo(expected,
        org.assertj.core.data.Offset.offset(1e-15));
  }

  /**
   * Why kappa^rho- and not kappa^rho (as the proof of (b) restates C): blocks [1, -1] with y = 1
   * and y = 100 give x* = (1, 0, 100, 0), rho = -1, rho- = 0, rho~ = 1, |S^c| = 2, kappa = 100.
   * The projection is blockwise (B_E and the constraints separate), and in the first block
   * {@code t = x_2} solves {@code t (1 + t) = alpha^2} (KKT as in the class comment, K = 1), so
   * {@code ||n||_inf >= t > alpha^2 / 2} for alpha = 1/100 (exact: f(alpha^2/2) < alpha^2). With
   * kappa^rho, (C'/2) eps^(1-rho) = (1 + rho~) |S^c| kappa^-1 alpha^2 = alpha^2 / 25 < t: step
   * (III.9)(i) and the upper bound (II.3) with kappa^rho both fail, while with kappa^rho- = 1 the
   * checkers hold.
   */
  @Test
  @Verifies("MS:eq-III.9")
  @Verifies("MS:eq-II.3")
  void kappaToTheRhoWouldBreakTheUpperBound() {
    BigRational alpha = BigRational.of(1, 100);
    BigRational power = alpha.pow(2);
    BigRational half = power.divide(BigRational.TWO);
    assertThat(f(half, 1).compareTo(power)).isNegative();
    ClosedFormInstance instance = ClosedFormFamilies.blockDiagonal(
        List.of(new long[] {1, -1}, new long[] {1, -1}),
        new BigRational[] {BigRational.ONE, BigRational.of(100)});
    RateConstants k = instance.constants();
    assertThat(k.rho()).isEqualTo(BigRational.MINUS_ONE);
    assertThat(k.rhoMinus()).isEqualTo(BigRational.ZERO);
    assertThat(k.kappa()).isEqualTo(BigRational.of(100));
    BigRational halfCWithKappaToTheRho = BigRational.of(2 * 2).divide(k.kappa());
    // (III.9)(i) with kappa^rho claims ||n||_inf <= (C'/2) alpha^2 = alpha^2 / 25 < alpha^2 / 2
    assertThat(halfCWithKappaToTheRho.multiply(power).compareTo(half)).isNegative();
    Verdict upper = new RateUpperBoundChecker().check(new RateInstance(instance, 0.01));
    assertThat(upper.holds()).as(upper.describe()).isTrue();
    Verdict lower = new RateLowerBoundChecker(StatementForm.CORRECTED)
        .check(new RateInstance(instance, 0.01));
    assertThat(lower.holds()).as(lower.describe()).isTrue();
  }

  @Test
  void checkersRejectInstancesOutsideTheHypotheses() {
    ClosedFormInstance base = ClosedFormFamilies.singleRow(new long[] {1, -3}, BigRational.ONE);
    assertThat(new RateUpperBoundChecker().check(new RateInstance(base, 1.0)).hypothesisFailure())
        .isEqualTo("0 < alpha < min_S x*");
    assertThat(new RateLowerBoundChecker(StatementForm.CORRECTED)
        .check(new RateInstance(base, 0.9)).hypothesisFailure())
        .isEqualTo("alpha > 0 and C eps^(1-rho) <= 1");
    RateConstants k = base.constants();
    RateConstants badWitness = new RateConstants(k.support(), k.xStar(), k.rho(),
        k.rhoTilde(), k.rhoMinus(), k.kappa(), new BigRational[] {BigRational.ONE,
            BigRational.ONE});
    assertThat(new RateUpperBoundChecker().check(new RateInstance(
        new ClosedFormInstance(base.problem(), badWitness), 0.1)).hypothesisFailure())
        .isEqualTo("witness m in ker A");
  }

  /** A = [2, 1, -3], y = 1: each exact hypothesis on the constants is verified and named (RateConstantsHypotheses). */
  @Test
  void constantsHypothesesAreVerified() {
    ClosedFormInstance base = ClosedFormFamilies.singleRow(new long[] {2, 1, -3}, BigRational.ONE);
    RateConstants k = base.constants();
    BigRational half = BigRational.of(1, 2);
    BigRational[] m = k.witness();
    assertThat(m).containsExactly(half.negate(), BigRational.ONE, BigRational.ZERO);
    assertThat(failure(base, new RateConstants(new int[] {1}, k.xStar(), k.rho(),
        k.rhoTilde(), k.rhoMinus(), k.kappa(), m))).isEqualTo(
            "constants describe the instance's x* and S");
    // -m: in ker A, but with a negative off-support entry
    BigRational[] negative = {half, BigRational.MINUS_ONE, BigRational.ZERO};
    assertThat(failure(base, with(k, negative, k.kappa(), k.rho()))).isEqualTo(
        "witness m_Sc >= 0");
    BigRational[] zero = {BigRational.ZERO, BigRational.ZERO, BigRational.ZERO};
    assertThat(failure(base, with(k, zero, k.kappa(), k.rho()))).isEqualTo("witness m_Sc != 0");
    assertThat(failure(base, with(k, m, BigRational.TWO, k.rho()))).isEqualTo(
        "kappa = max_S x* / min_S x*");
    assertThat(failure(base, with(k, m, k.kappa(), BigRational.ONE))).isEqualTo(
        "rho <= rho- <= rho~ and rho < 1");
    RateConstants smallTilde = new RateConstants(k.support(), k.xStar(), k.rho(),
        BigRational.of(1, 4), BigRational.of(1, 4), k.kappa(), new BigRational[] {
            BigRational.of(3, 2), BigRational.ZERO, BigRational.ONE});
    assertThat(failure(base, smallTilde)).isEqualTo("rho <= rho- <= rho~ and rho < 1");
    RateConstants ratioTooBig = new RateConstants(k.support(), k.xStar(),
        BigRational.of(-3, 2), BigRational.ONE, BigRational.ZERO, k.kappa(),
        new BigRational[] {BigRational.of(3, 2), BigRational.ZERO, BigRational.ONE});
    assertThat(failure(base, ratioTooBig)).isEqualTo("witness within rho~ and rho-");
    assertThat(failure(base, k)).isNull();
    assertThat(new RateLowerBoundChecker(StatementForm.PRINTED).check(new RateInstance(
        new ClosedFormInstance(base.problem(), with(k, zero, k.kappa(), k.rho())), 0.01))
        .hypothesisFailure()).isEqualTo("witness m_Sc != 0");
  }

  private static RateConstants with(RateConstants k, BigRational[] witness,
      BigRational kappa, BigRational rho) {
    return new RateConstants(k.support(), k.xStar(), rho, k.rhoTilde(), k.rhoMinus(), kappa,
        witness);
  }

  private static @Nullable String failure(ClosedFormInstance base, RateConstants constants) {
    Hypotheses hypotheses = new Hypotheses();
    RateConstantsHypotheses.verify(new ClosedFormInstance(base.problem(), constants), hypotheses);
    return hypotheses.firstFailure().map(Hypothesis::name).orElse(null);
  }
}
