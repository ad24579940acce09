package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.check.NullSpaceConeLemmaChecker;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.spec.Verifies;
import org.tacit.verify.Verdict;

/** Hand-computed MS null-space constants and Assumption II.1 decisions. */
class NullSpaceConstantsTest {

  private static BigRational r(long p, long q) {
    return BigRational.of(p, q);
  }

  private static NullSpaceConstants exact(LinearSystem system) {
    return NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
  }

  /**
   * x1 - x2 = 1: x* = (1, 0), S = {0}, ker A = span(1, 1), so N = {t (1, 1)}: rho = -1, rho~ = 1,
   * rho^- = 0, kappa = 1 (issue #3).
   */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:lem-III.1ii")
  void differenceEquationHasRhoMinusOne() {
    NullSpaceConstants c = exact(LinearSystem.of(new long[][] {{1, -1}}, new long[] {1}));
    assertThat(c.support()).containsExactly(0);
    assertThat(c.xStar()).containsExactly(BigRational.ONE, BigRational.ZERO);
    assertThat(c.rho()).isEqualTo(BigRational.MINUS_ONE);
    assertThat(c.rhoTilde()).isEqualTo(BigRational.ONE);
    assertThat(c.rhoMinus()).isEqualTo(BigRational.ZERO);
    assertThat(c.kappa()).isEqualTo(BigRational.ONE);
    assertThat(c.rhoWitness()).containsExactly(BigRational.ONE, BigRational.ONE);
  }

  /** Inventory: A = [1, -3], y = 1: n = (3, 1), rho = -3, rho~ = 3, rho^- = 0. */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void inventoryOneByTwo() {
    NullSpaceConstants c = exact(LinearSystem.of(new long[][] {{1, -3}}, new long[] {1}));
    assertThat(c.rho()).isEqualTo(BigRational.of(-3));
    assertThat(c.rhoTilde()).isEqualTo(BigRational.of(3));
    assertThat(c.rhoMinus()).isEqualTo(BigRational.ZERO);
  }

  /**
   * Inventory MS-DER-EX2: A = [[1,-1,0],[0,1,-1]], y = (-1, 2), x* = (1, 2, 0), ker A = span(1,1,1):
   * rho = -2, rho~ = 2, rho^- = 0, kappa = 2.
   */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  void inventoryExampleTwo() {
    NullSpaceConstants c = exact(LinearSystem.of(new long[][] {{1, -1, 0}, {0, 1, -1}},
        new long[] {-1, 2}));
    assertThat(c.xStar()).containsExactly(BigRational.ONE, BigRational.TWO, BigRational.ZERO);
    assertThat(c.rho()).isEqualTo(BigRational.of(-2));
    assertThat(c.rhoTilde()).isEqualTo(BigRational.TWO);
    assertThat(c.rhoMinus()).isEqualTo(BigRational.ZERO);
    assertThat(c.kappa()).isEqualTo(BigRational.TWO);
  }

  /**
   * A nondegenerate vertex with positive rho: A = [[1,0,2,-1],[0,1,-3/2,1]], x* = (1,3,0,0),
   * A_S = I so b_j = a_j; Q is the simplex with vertices (-b_j, e_j). Closed forms (inventory
   * MS-DER-NONDEG): rho = max(1/2, 0) = 1/2, rho~ = max(7/2, 2) = 7/2, rho^- = max(2, 1) = 2,
   * kappa = 3. Certificate mu = (1, 1): a_2^T mu = 1/2 < 1, a_3^T mu = 0 < 1, so x* is unique.
   */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:lem-III.1ii")
  void nondegenerateClosedForms() {
    LinearSystem system = new LinearSystem(RationalMatrix.of(new BigRational[][] {
        {BigRational.ONE, BigRational.ZERO, BigRational.TWO, BigRational.MINUS_ONE},
        {BigRational.ZERO, BigRational.ONE, r(-3, 2), BigRational.ONE}}),
        new BigRational[] {BigRational.ONE, BigRational.of(3)});
    for (LpPrecision precision : LpPrecision.values()) {
      NullSpaceConstants c = NullSpaceConstantsSolver.compute(system, precision);
      assertThat(c.support()).containsExactly(0, 1);
      assertThat(c.rho().doubleValue()).isEqualTo(0.5);
      assertThat(c.rhoTilde().doubleValue()).isEqualTo(3.5);
      assertThat(c.rhoMinus().doubleValue()).isEqualTo(2.0);
      assertThat(c.kappa().doubleValue()).isEqualTo(3.0);
    }
    NullSpaceConstants c = exact(system);
    assertThat(c.rho()).isEqualTo(r(1, 2));
    assertThat(c.rhoTilde()).isEqualTo(r(7, 2));
    assertThat(c.rhoMinusWitness()).containsExactly(r(-2, 1), r(3, 2), BigRational.ONE,
        BigRational.ZERO);
    assertThat(RhoDual.value(system.a(), c.support(), LpPrecision.EXACT)).isEqualTo(r(1, 2));
    Verdict verdict = new NullSpaceConeLemmaChecker().check(system);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
  }

  @Test
  @Verifies("MS:asm-II.1")
  void eachPartOfAssumptionTwoOneIsReportedSeparately() {
    AssumptionII1Report zero = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {0}), LpPrecision.EXACT);
    assertThat(zero.a().holds()).isFalse();
    assertThat(zero.hypotheses().failureMessage()).startsWith("Assumption II.1(a)");
    AssumptionII1Report single = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, 0}, {0, 1}}, new long[] {1, 2}), LpPrecision.EXACT);
    assertThat(single.a().holds()).isTrue();
    assertThat(single.b().holds()).isFalse();
    assertThat(single.c().holds()).isTrue();
    assertThat(single.hypotheses().failureMessage()).startsWith("Assumption II.1(b)");
    AssumptionII1Report onesRow = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, 1, 1}}, new long[] {1}), LpPrecision.EXACT);
    assertThat(onesRow.b().holds()).isTrue();
    assertThat(onesRow.b().reason()).contains("distinct nonnegative solutions");
    assertThat(onesRow.c().holds()).isFalse();
    assertThat(onesRow.hypotheses().failureMessage()).startsWith("Assumption II.1(c)");
    AssumptionII1Report duplicated = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, 1, 0}, {0, 0, 1}}, new long[] {1, 1}), LpPrecision.EXACT);
    assertThat(duplicated.c().holds()).isFalse();
    assertThat(duplicated.b().holds()).isTrue();
    AssumptionII1Report infeasible = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, 1}}, new long[] {-1}), LpPrecision.EXACT);
    assertThat(infeasible.b().holds()).isFalse();
    assertThat(infeasible.c().holds()).isFalse();
    AssumptionII1Report holds = AssumptionII1.check(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {1}), LpPrecision.DOUBLE);
    assertThat(holds.holds()).isTrue();
    assertThat(holds.hypotheses().failureMessage()).isNull();
  }

  @Test
  @Verifies("MS:lem-III.1")
  void computeAndCheckerRefuseInstancesOutsideTheAssumption() {
    LinearSystem onesRow = LinearSystem.of(new long[][] {{1, 1, 1}}, new long[] {1});
    assertThatThrownBy(() -> exact(onesRow)).isInstanceOf(AssumptionII1Exception.class)
        .hasMessageStartingWith("Assumption II.1(c)")
        .satisfies(e -> assertThat(((AssumptionII1Exception) e).report().c().holds()).isFalse());
    Verdict verdict = new NullSpaceConeLemmaChecker().check(onesRow);
    assertThat(verdict.hypothesesMet()).isFalse();
    assertThat(verdict.hypothesisFailure()).startsWith("Assumption II.1(c)");
  }

  @Test
  void signPatternSearchRejectsNonConvexPiecesAndEmptySlices() {
    LinearSystem system = LinearSystem.of(new long[][] {{1, -1}}, new long[] {1});
    SignPatternSearch search = new SignPatternSearch(system.a(), new int[] {0}, LpPrecision.EXACT);
    BigRational[] up = {BigRational.MINUS_ONE, BigRational.ZERO};
    BigRational[] down = {BigRational.ONE, BigRational.ZERO};
    assertThatThrownBy(() -> search.maximize(up, down)).isInstanceOf(IllegalArgumentException.class);
    SignPatternSearch.Result result = search.maximize(down, up);
    assertThat(result.value()).isEqualTo(BigRational.ONE);
    assertThat(result.witness()).containsExactly(BigRational.ONE, BigRational.ONE);
    assertThat(result.linearPrograms()).isPositive();
    LinearSystem identity = LinearSystem.of(new long[][] {{1, 0}, {0, 1}}, new long[] {1, 0});
    SignPatternSearch empty = new SignPatternSearch(identity.a(), new int[] {0}, LpPrecision.EXACT);
    assertThatThrownBy(() -> empty.maximizeByEnumeration(down, up))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> empty.maximize(down, up)).isInstanceOf(IllegalStateException.class);
  }

  /** Generated instances meet Assumption II.1 (re-decided exactly) and vary in sign of rho. */
  @Test
  @Verifies("MS:asm-II.1")
  void generatorsMeetTheAssumptionAndCoverBothSignsOfRho() {
    org.tacit.verify.SeededDraws draws = new org.tacit.verify.SeededDraws(5);
    int positive = 0;
    int nonPositive = 0;
    for (int k = 0; k < 60; k++) {
      LinearSystem system = NullSpaceFamilies.certified(5, 10, 4, 4).draw(draws);
      assertThat(AssumptionII1.check(system, LpPrecision.EXACT).holds()).isTrue();
      if (exact(system).rho().signum() > 0) {
        positive++;
      } else {
        nonPositive++;
      }
    }
    assertThat(positive).isPositive();
    assertThat(nonPositive).isPositive();
  }

  @Test
  void sizedFamilyRejectsImpossibleSizes() {
    assertThatThrownBy(() -> NullSpaceFamilies.sized(3, 4, 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratiosAreComputedFromTheDefinitions() {
    BigRational[] n = {BigRational.of(-2), BigRational.ONE, BigRational.of(4)};
    int[] support = {0, 1};
    assertThat(NullSpaceConeLemmaChecker.Ratio.RHO.at(n, support)).isEqualTo(r(1, 4));
    assertThat(NullSpaceConeLemmaChecker.Ratio.RHO_TILDE.at(n, support)).isEqualTo(r(3, 4));
    assertThat(NullSpaceConeLemmaChecker.Ratio.RHO_MINUS.at(n, support)).isEqualTo(r(1, 2));
  }
}
