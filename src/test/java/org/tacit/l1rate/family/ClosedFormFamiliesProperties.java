package org.tacit.l1rate.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.lp.ExactSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.ObjectiveSense;
import org.tacit.lp.RowSense;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The closed forms of {@link ClosedFormFamilies} against independent computations, exactly:
 * Assumption II.1 through the dual certificate (unique minimizer), and rho, rhoTilde, rhoMinus
 * as optimal values of the exact simplex solver on the LPs that define them (II.1), (II.2):
 * maximize a linear objective over {@code {n : A n = 0, n_{S^c} >= 0, sum_{S^c} n = 1}}, with
 * the absolute values of (II.2) resolved by enumerating sign patterns / subsets of S.
 */
public class ClosedFormFamiliesProperties {

  @Test
  @Verifies("MS:asm-II.1")
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  @Verifies("MS:lem-III.1ii")
  void singleRowConstantsMatchTheirLinearPrograms() {
    PropertyHarness.forAll("MS closed form single row vs LP", ClosedFormFamilies.singleRowFamily(),
        ClosedFormFamiliesProperties::compareWithLinearPrograms, PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:asm-II.1")
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  @Verifies("MS:lem-III.1ii")
  void blockDiagonalConstantsMatchTheirLinearPrograms() {
    InstanceFamily<ClosedFormInstance> family = ClosedFormFamilies.blockDiagonalFamily();
    PropertyHarness.forAll("MS closed form block diagonal vs LP", family,
        ClosedFormFamiliesProperties::compareWithLinearPrograms, PropertyHarness.tries());
  }

  private static Verdict compareWithLinearPrograms(ClosedFormInstance instance) {
    KnownMinimizerInstance problem = instance.problem();
    RateConstants k = instance.constants();
    RationalMatrix a = problem.problem().a();
    int d = a.cols();
    List<Check> checks = new ArrayList<>();
    BigRational[] ax = a.multiply(k.xStar());
    BigRational[] y = problem.problem().y();
    for (int r = 0; r < ax.length; r++) {
      checks.add(Check.equal("MS:asm-II.1", "A x* = y", ax[r], y[r]));
    }
    BigRational[] mu = problem.dualCertificate();
    RationalMatrix at = a.transpose();
    int[] support = k.support();
    for (int i = 0; i < d; i++) {
      BigRational level = BigRational.ZERO;
      for (int r = 0; r < mu.length; r++) {
        level = level.add(at.get(i, r).multiply(mu[r]));
      }
      boolean inS = k.xStar()[i].signum() > 0;
      if (inS) {
        checks.add(Check.equal("MS:asm-II.1", "a_i^T mu = 1 on S", level, BigRational.ONE));
      } else {
        checks.add(Check.less("MS:asm-II.1", "a_j^T mu < 1 off S (unique minimizer)", level,
            BigRational.ONE));
      }
    }
    for (BigRational v : problem.positiveFeasiblePoint()) {
      checks.add(Check.less("MS:asm-II.1", "second feasible point > 0", BigRational.ZERO, v));
    }
    checks.add(Check.equal("MS:eq-II.1", "rho = LP max -sum_S n_i", k.rho(),
        maximize(a, k.support(), sign(support.length, -1))));
    BigRational tilde = null;
    BigRational minus = BigRational.ZERO;
    for (int mask = 0; mask < (1 << support.length); mask++) {
      BigRational[] pattern = new BigRational[support.length];
      BigRational[] subset = new BigRational[support.length];
      for (int p = 0; p < support.length; p++) {
        boolean bit = ((mask >> p) & 1) == 1;
        pattern[p] = bit ? BigRational.ONE : BigRational.MINUS_ONE;
        subset[p] = bit ? BigRational.MINUS_ONE : BigRational.ZERO;
      }
      BigRational value = maximize(a, k.support(), pattern);
      tilde = tilde == null ? value : tilde.max(value);
      minus = minus.max(maximize(a, k.support(), subset));
    }
    checks.add(Check.equal("MS:eq-II.2", "rho~ = max over sign patterns of LP", k.rhoTilde(),
        java.util.Objects.requireNonNull(tilde)));
    checks.add(Check.equal("MS:eq-II.2", "rho- = max over subsets of LP", k.rhoMinus(), minus));
    checks.add(Check.less("MS:lem-III.1ii", "rho < 1", k.rho(), BigRational.ONE));
    checks.add(Check.equal("MS:def-II.1", "kappa = max_S x* / min_S x*", k.kappa(),
        k.maxOnSupport().divide(k.minOnSupport())));
    return Verdict.of("MS:eq-II.1", "d=" + d, checks);
  }

  public static BigRational[] sign(int size, int value) {
    BigRational[] out = new BigRational[size];
    java.util.Arrays.fill(out, BigRational.of(value));
    return out;
  }

  /** max sum_p weights[p] n_{S[p]} over n in N with ||n_{S^c}||_1 = 1, by the exact simplex. */
  public static BigRational maximize(RationalMatrix a, int[] support, BigRational[] weights) {
    return java.util.Objects.requireNonNull(solve(a, support, weights).objective());
  }

  /** The exact simplex result of {@link #maximize}; its x is a maximizer. */
  public static LpResult solve(RationalMatrix a, int[] support, BigRational[] weights) {
    int d = a.cols();
    LinearProgram.Builder lp = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE);
    for (int i = 0; i < d; i++) {
      int p = java.util.Arrays.binarySearch(support, i);
      if (p >= 0) {
        lp.addColumn("n" + i, weights[p], null, null);
      } else {
        lp.addColumn("n" + i, BigRational.ZERO);
      }
    }
    for (int r = 0; r < a.rows(); r++) {
      lp.addRow("ker" + r, a.row(r), RowSense.EQUAL, BigRational.ZERO);
    }
    BigRational[] normalization = new BigRational[d];
    for (int i = 0; i < d; i++) {
      normalization[i] = java.util.Arrays.binarySearch(support, i) >= 0 ? BigRational.ZERO
          : BigRational.ONE;
    }
    lp.addRow("norm", normalization, RowSense.EQUAL, BigRational.ONE);
    LpResult result = new ExactSimplexSolver().solve(lp.build());
    assertThat(result.status()).isEqualTo(LpStatus.OPTIMAL);
    return result;
  }

  @Test
  void rejectsRowsOutsideTheFamily() {
    BigRational one = BigRational.ONE;
    assertThatThrownBy(() -> ClosedFormFamilies.singleRow(new long[] {1}, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosedFormFamilies.singleRow(new long[] {0, -1}, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosedFormFamilies.singleRow(new long[] {2, 2}, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosedFormFamilies.singleRow(new long[] {2, 1}, BigRational.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosedFormFamilies.blockDiagonal(List.of(), new BigRational[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Hand-computed: A = [1, -3], y = 1: x* = e_1, rho = -3, rho~ = 3, rho- = 0, m = (-(-3), 1). */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void handComputedNegativeRho() {
    RateConstants k = ClosedFormFamilies.singleRow(new long[] {1, -3}, BigRational.ONE)
        .constants();
    assertThat(k.rho()).isEqualTo(BigRational.of(-3));
    assertThat(k.rhoTilde()).isEqualTo(BigRational.of(3));
    assertThat(k.rhoMinus()).isEqualTo(BigRational.ZERO);
    assertThat(k.kappa()).isEqualTo(BigRational.ONE);
    assertThat(k.witness()).containsExactly(BigRational.of(3), BigRational.ONE);
    assertThat(k.witnessRatio()).isEqualTo(BigRational.of(3));
    assertThat(k.offSupport()).containsExactly(1);
  }

  /** Hand-computed blocks [2, 1] (y = 1) and [1, -1, 0] (y = 3): x* = (1/2, 0, 3, 0, 0). */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  void handComputedBlocks() {
    RateConstants k = ClosedFormFamilies.blockDiagonal(
        List.of(new long[] {2, 1}, new long[] {1, -1, 0}),
        new BigRational[] {BigRational.ONE, BigRational.of(3)}).constants();
    assertThat(k.support()).containsExactly(0, 2);
    assertThat(k.xStar()).containsExactly(BigRational.of(1, 2), BigRational.ZERO,
        BigRational.of(3), BigRational.ZERO, BigRational.ZERO);
    assertThat(k.rho()).isEqualTo(BigRational.of(1, 2));
    assertThat(k.rhoTilde()).isEqualTo(BigRational.ONE);
    assertThat(k.rhoMinus()).isEqualTo(BigRational.of(1, 2));
    assertThat(k.kappa()).isEqualTo(BigRational.of(6));
    assertThat(k.witness()).containsExactly(BigRational.of(-1, 2), BigRational.ONE,
        BigRational.ZERO, BigRational.ZERO, BigRational.ZERO);
  }
}
