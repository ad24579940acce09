package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The nonnegative and signed l1 minimizers: hand-computed cases with known uniqueness, and the
 * exact uniqueness decision against an independent oracle (the optimal face: x* is unique iff
 * every coordinate has max = min over {x : A x = y, ||x||_1 <= value}, 2d further LPs).
 */
class L1MinimizerTest {

  private static BigRational[] ints(long... values) {
    return Arrays.stream(values).mapToObj(BigRational::of).toArray(BigRational[]::new);
  }

  @Test
  @Verifies("MS:def-I.2")
  @Verifies("MS:asm-II.1")
  void nonnegativeKnownCases() {
    L1Solution unique = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {1}), LpPrecision.EXACT);
    assertThat(unique.x()).containsExactly(ints(1, 0));
    assertThat(unique.value()).isEqualTo(BigRational.ONE);
    assertThat(unique.uniqueness()).isEqualTo(L1Uniqueness.UNIQUE);
    assertThat(unique.gap()).isEqualTo(BigRational.TWO);
    assertThat(unique.reason()).startsWith("unique");
    L1Solution onesRow = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 1, 1}}, new long[] {1}), LpPrecision.EXACT);
    assertThat(onesRow.uniqueness()).isEqualTo(L1Uniqueness.NOT_UNIQUE_FLAT_DIRECTION);
    assertThat(onesRow.gap()).isEqualTo(BigRational.ZERO);
    assertThat(onesRow.direction()).isNotEmpty();
    assertThat(onesRow.reason()).startsWith("not unique");
    L1Solution only = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 0}, {0, 1}}, new long[] {1, 2}), LpPrecision.EXACT);
    assertThat(only.uniqueness()).isEqualTo(L1Uniqueness.UNIQUE_ONLY_SOLUTION);
    assertThat(only.reason()).contains("no feasible direction");
    L1Solution vertexOnly = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 0, 1}, {0, 1, 1}}, new long[] {1, 0}), LpPrecision.EXACT);
    assertThat(vertexOnly.unique()).isTrue();
    L1Solution none = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 1}}, new long[] {-1}), LpPrecision.DOUBLE);
    assertThat(none.feasible()).isFalse();
    assertThat(none.value()).isNull();
    assertThat(none.reason()).startsWith("no feasible point");
  }

  /** A zero y: x* = 0, S empty, unique (every feasible direction has 1^T n > 0). */
  @Test
  void zeroRightSide() {
    L1Solution solution = NonnegativeL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {0}), LpPrecision.EXACT);
    assertThat(solution.support()).isEmpty();
    assertThat(solution.unique()).isTrue();
    L1Solution signed = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {0}), LpPrecision.EXACT);
    assertThat(signed.unique()).isTrue();
  }

  @Test
  void signedKnownCases() {
    L1Solution flat = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 1}}, new long[] {1}), LpPrecision.EXACT);
    assertThat(flat.value()).isEqualTo(BigRational.ONE);
    assertThat(flat.uniqueness()).isEqualTo(L1Uniqueness.NOT_UNIQUE_FLAT_DIRECTION);
    assertThat(flat.gap()).isEqualTo(BigRational.ZERO);
    L1Solution difference = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {1}), LpPrecision.EXACT);
    assertThat(difference.value()).isEqualTo(BigRational.ONE);
    assertThat(difference.unique()).isFalse();
    L1Solution weighted = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 2}}, new long[] {2}), LpPrecision.EXACT);
    assertThat(weighted.x()).containsExactly(ints(0, 1));
    assertThat(weighted.uniqueness()).isEqualTo(L1Uniqueness.UNIQUE);
    assertThat(weighted.gap()).isEqualTo(BigRational.of(1, 2));
    L1Solution negative = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 3}}, new long[] {-3}), LpPrecision.DOUBLE);
    assertThat(negative.x()).containsExactly(ints(0, -1));
    assertThat(negative.unique()).isTrue();
    L1Solution injective = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 0}, {0, 1}, {1, 1}}, new long[] {1, -2, -1}),
        LpPrecision.EXACT);
    assertThat(injective.uniqueness()).isEqualTo(L1Uniqueness.UNIQUE_ONLY_SOLUTION);
    L1Solution inconsistent = SignedL1Minimizer.solve(
        LinearSystem.of(new long[][] {{1, 1}, {1, 1}}, new long[] {1, 2}), LpPrecision.EXACT);
    assertThat(inconsistent.feasible()).isFalse();
  }

  @Test
  void linearSystemValidatesShapes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LinearSystem(
        RationalMatrix.of(new long[][] {{1, 2}}), ints(1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    LinearSystem system = LinearSystem.of(new long[][] {{1, 2}}, new long[] {3});
    assertThat(system).isEqualTo(LinearSystem.of(new long[][] {{1, 2}}, new long[] {3}));
    assertThat(system.hashCode())
        .isEqualTo(LinearSystem.of(new long[][] {{1, 2}}, new long[] {3}).hashCode());
    assertThat(system.solves(ints(1, 1))).isTrue();
    assertThat(system.solves(ints(1, 2))).isFalse();
    assertThat(system.toString()).contains("y=[3]");
    assertThat(LpPrecision.DOUBLE.signum(BigRational.of(1, 1_000_000_000), 1.0)).isZero();
    assertThat(LpPrecision.DOUBLE.signum(BigRational.of(-1, 1000), 1.0)).isEqualTo(-1);
    assertThat(LpPrecision.EXACT.compare(BigRational.ONE, BigRational.TWO)).isEqualTo(-1);
  }

  /** The random family is not vacuous: it yields unique, non-unique and infeasible systems. */
  @Test
  void randomFamilyCoversEveryOutcome() {
    for (boolean nonnegative : new boolean[] {true, false}) {
      java.util.EnumMap<L1Uniqueness, Integer> counts = new java.util.EnumMap<>(L1Uniqueness.class);
      org.tacit.verify.SeededDraws draws = new org.tacit.verify.SeededDraws(17);
      for (int k = 0; k < 300; k++) {
        LinearSystem system = smallSystems(nonnegative).draw(draws);
        L1Solution solution = nonnegative ? NonnegativeL1Minimizer.solve(system, LpPrecision.EXACT)
            : SignedL1Minimizer.solve(system, LpPrecision.EXACT);
        counts.merge(solution.uniqueness(), 1, Integer::sum);
      }
      assertThat(counts.getOrDefault(L1Uniqueness.UNIQUE, 0)).as(counts.toString()).isPositive();
      assertThat(counts.getOrDefault(L1Uniqueness.NOT_UNIQUE_FLAT_DIRECTION, 0))
          .as(counts.toString()).isPositive();
    }
  }

  /** Small random integer systems with sparse planted nonnegative solutions; both kinds occur. */
  static InstanceFamily<LinearSystem> smallSystems(boolean nonnegativePlant) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer A in [-2, 2]^{N x d}, N in [1, 3], d in [2, 5], y = A x0 with sparse x0";
      }

      @Override
      public LinearSystem draw(Draws draws) {
        int rows = draws.intBetween(1, 3);
        int d = draws.intBetween(2, 5);
        long[][] a = new long[rows][d];
        for (long[] row : a) {
          for (int j = 0; j < d; j++) {
            row[j] = draws.between(-2, 2);
          }
        }
        long[] x0 = new long[d];
        for (int j = 0; j < d; j++) {
          x0[j] = draws.between(0, 3) == 0 ? draws.between(nonnegativePlant ? 0 : -3, 3) : 0;
        }
        long[] y = new long[rows];
        for (int i = 0; i < rows; i++) {
          for (int j = 0; j < d; j++) {
            y[i] += a[i][j] * x0[j];
          }
        }
        return LinearSystem.of(a, y);
      }
    };
  }

  /** Exact uniqueness decision = optimal-face oracle, nonnegative problem. */
  @Test
  @Verifies("MS:asm-II.1")
  @Verifies("MS:def-I.2")
  void nonnegativeUniquenessMatchesOptimalFace() {
    PropertyHarness.forAll("MS:asm-II.1 nonnegative uniqueness vs optimal face",
        smallSystems(true), system -> agreement(system, true), PropertyHarness.tries());
  }

  /** Exact uniqueness decision = optimal-face oracle, signed problem. */
  @Test
  void signedUniquenessMatchesOptimalFace() {
    PropertyHarness.forAll("signed l1 uniqueness vs optimal face", smallSystems(false),
        system -> agreement(system, false), PropertyHarness.tries());
  }

  private static Verdict agreement(LinearSystem system, boolean nonnegative) {
    L1Solution exact = nonnegative ? NonnegativeL1Minimizer.solve(system, LpPrecision.EXACT)
        : SignedL1Minimizer.solve(system, LpPrecision.EXACT);
    L1Solution approximate = nonnegative ? NonnegativeL1Minimizer.solve(system, LpPrecision.DOUBLE)
        : SignedL1Minimizer.solve(system, LpPrecision.DOUBLE);
    String id = "MS:asm-II.1";
    BigRational value = exact.value();
    if (value == null) {
      return Verdict.of(id, system.toString(), java.util.List.of(Check.equal(id,
          "double also infeasible", approximate.feasible() ? 1 : 0, 0, 0)));
    }
    boolean faceIsPoint = optimalFaceIsPoint(system, value, nonnegative);
    BigRational approxValue = approximate.value();
    return Verdict.of(id, system.toString(), java.util.List.of(
        Check.equal(id, "unique (decision) = unique (optimal face)", exact.unique() ? 1 : 0,
            faceIsPoint ? 1 : 0, 0),
        Check.equal(id, "x* solves A x = y", system.solves(exact.x()) ? 1 : 0, 1, 0),
        Check.equal(id, "double decision = exact decision", approximate.unique() ? 1 : 0,
            exact.unique() ? 1 : 0, 0),
        Check.equal(id, "double value = exact value",
            approxValue == null ? Double.NaN : approxValue.doubleValue(), value.doubleValue(),
            1e-9)));
  }

  /**
   * Whether {x : A x = y, (x >= 0), ||x||_1 <= value} is one point: for each coordinate the max and
   * min over it agree (split x = p - q for the signed problem; the set of minimizers is the
   * projection of the split LP's optimal face).
   */
  private static boolean optimalFaceIsPoint(LinearSystem system, BigRational value,
      boolean nonnegative) {
    int d = system.cols();
    ExactSimplexSolver solver = new ExactSimplexSolver();
    for (int j = 0; j < d; j++) {
      BigRational[] extremes = new BigRational[2];
      for (int k = 0; k < 2; k++) {
        LinearProgram.Builder b = LinearProgram.builder()
            .sense(k == 0 ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE);
        for (int i = 0; i < d; i++) {
          b.addColumn("p" + i, i == j ? BigRational.ONE : BigRational.ZERO);
        }
        if (!nonnegative) {
          for (int i = 0; i < d; i++) {
            b.addColumn("q" + i, i == j ? BigRational.MINUS_ONE : BigRational.ZERO);
          }
        }
        for (int r = 0; r < system.rows(); r++) {
          Map<Integer, BigRational> row = new HashMap<>();
          for (int i = 0; i < d; i++) {
            row.put(i, system.a().get(r, i));
            if (!nonnegative) {
              row.put(d + i, system.a().get(r, i).negate());
            }
          }
          b.addRow("eq" + r, row, RowSense.EQUAL, system.y()[r]);
        }
        Map<Integer, BigRational> norm = new HashMap<>();
        for (int i = 0; i < (nonnegative ? d : 2 * d); i++) {
          norm.put(i, BigRational.ONE);
        }
        b.addRow("norm", norm, RowSense.LESS_OR_EQUAL, value);
        LpResult result = solver.solve(b.build());
        BigRational objective = result.objective();
        if (result.status() != LpStatus.OPTIMAL || objective == null) {
          throw new AssertionError("optimal face LP not optimal: " + result);
        }
        extremes[k] = objective;
      }
      if (!extremes[0].equals(extremes[1])) {
        return false;
      }
    }
    return true;
  }
}
