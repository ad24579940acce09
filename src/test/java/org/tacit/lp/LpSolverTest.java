package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.verify.Verdict;

/** Hand-computed linear programs: each status, degenerate vertices, cycling, every bound kind. */
class LpSolverTest {

  private static final List<LpSolver> SOLVERS = List.of(new ExactSimplexSolver(false),
      new ExactSimplexSolver(true), new DoubleSimplexSolver());

  private static BigRational q(long p) {
    return BigRational.of(p);
  }

  private static BigRational q(long p, long d) {
    return BigRational.of(p, d);
  }

  private static Verdict verify(LinearProgram program, LpResult result) {
    return result.exact() ? LpCertificateVerifier.verifyExact(program, result)
        : LpCertificateVerifier.verify(program, result, LpTolerances.DOUBLE_CERTIFICATE);
  }

  private static void assertOptimal(LinearProgram program, BigRational objective,
      BigRational... x) {
    for (LpSolver solver : SOLVERS) {
      LpResult result = solver.solve(program);
      assertThat(result.status()).as(solver.name()).isEqualTo(LpStatus.OPTIMAL);
      Verdict verdict = verify(program, result);
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
      if (result.exact()) {
        assertThat(result.objective()).as(solver.name()).isEqualTo(objective);
        if (x.length > 0) {
          assertThat(result.x()).as(solver.name()).containsExactly(x);
        }
      } else {
        assertThat(result.objectiveValue()).isCloseTo(objective.doubleValue(),
            org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(objective.doubleValue()))));
      }
    }
  }

  /** max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3: optimum (3, 1) = 11, degenerate (3 active). */
  @Test
  void degenerateTextbookMaximization() {
    LinearProgram.Builder b = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE);
    b.addColumn("x", q(3), q(0), q(3));
    b.addColumn("y", q(2));
    b.addRow("r1", new BigRational[] {q(1), q(1)}, RowSense.LESS_OR_EQUAL, q(4));
    b.addRow("r2", new BigRational[] {q(1), q(3)}, RowSense.LESS_OR_EQUAL, q(6));
    assertOptimal(b.build(), q(11), q(3), q(1));
  }

  /**
   * Beale's example in Chvatal's form: max 10 x1 - 57 x2 - 9 x3 - 24 x4 subject to
   * 0.5 x1 - 5.5 x2 - 2.5 x3 + 9 x4 <= 0, 0.5 x1 - 1.5 x2 - 0.5 x3 + x4 <= 0, x1 <= 1, x >= 0.
   * The largest-coefficient rule with smallest-index ties cycles here (period 6); the Bland
   * fallback must break the cycle. Optimum (1, 0, 1, 0) with value 1.
   */
  @Test
  void bealeCyclingExampleTerminates() {
    LinearProgram.Builder b = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE).name("beale");
    b.addColumn("x1", q(10));
    b.addColumn("x2", q(-57));
    b.addColumn("x3", q(-9));
    b.addColumn("x4", q(-24));
    b.addRow("c1", new BigRational[] {q(1, 2), q(-11, 2), q(-5, 2), q(9)},
        RowSense.LESS_OR_EQUAL, q(0));
    b.addRow("c2", new BigRational[] {q(1, 2), q(-3, 2), q(-1, 2), q(1)},
        RowSense.LESS_OR_EQUAL, q(0));
    b.addRow("c3", new BigRational[] {q(1), q(0), q(0), q(0)}, RowSense.LESS_OR_EQUAL, q(1));
    LinearProgram beale = b.build();
    assertOptimal(beale, q(1), q(1), q(0), q(1), q(0));
    LpResult cold = new ExactSimplexSolver(false).solve(beale);
    assertThat(cold.pivots())
        .as("the Dantzig rule cycled until the Bland fallback took over")
        .isGreaterThan(LpTolerances.DEGENERATE_PIVOTS_BEFORE_BLAND);
  }

  /**
   * min x1 + 5 with x1 free, -2 <= x1 - x2 <= 3 (range), x2 fixed at 1: x1 = -1, value 4; the
   * duals are unique: y = 1 (range at its lower end), d = (0, 1).
   */
  @Test
  void freeFixedAndRangedWithUniqueDuals() {
    LinearProgram.Builder b = LinearProgram.builder().objectiveConstant(q(5));
    b.addColumn("x1", q(1), null, null);
    b.addColumn("x2", q(0), q(1), q(1));
    b.addRowWithBounds("r", Map.of(0, q(1), 1, q(-1)), q(-2), q(3));
    LinearProgram program = b.build();
    assertThat(program.row(0).sense()).isEqualTo(RowSense.RANGE);
    assertOptimal(program, q(4), q(-1), q(1));
    LpResult exact = new ExactSimplexSolver().solve(program);
    assertThat(exact.rowDuals()).containsExactly(q(1));
    assertThat(exact.reducedCosts()).containsExactly(q(0), q(1));
  }

  /** max x with x <= 7 as its only bound (lower -inf): 7. min x of the same: unbounded. */
  @Test
  void upperBoundOnlyColumn() {
    LinearProgram.Builder b = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE);
    b.addColumn("x", q(1), null, q(7));
    assertOptimal(b.build(), q(7), q(7));
    LinearProgram.Builder m = LinearProgram.builder();
    m.addColumn("x", q(1), null, q(7));
    for (LpSolver solver : SOLVERS) {
      LpResult result = solver.solve(m.build());
      assertThat(result.status()).isEqualTo(LpStatus.UNBOUNDED);
      assertThat(result.ray().get(0).signum()).isNegative();
      assertThat(verify(m.build(), result).holds()).isTrue();
    }
  }

  /** Redundant equalities x + y = 2, 2x + 2y = 4 (an artificial stays basic): min x - y = -2. */
  @Test
  void redundantEqualityRows() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addColumn("y", q(-1));
    b.addRow("e1", new BigRational[] {q(1), q(1)}, RowSense.EQUAL, q(2));
    b.addRow("e2", new BigRational[] {q(2), q(2)}, RowSense.EQUAL, q(4));
    assertOptimal(b.build(), q(-2), q(0), q(2));
  }

  /** No rows at all: min x over [2, 5] is 2; max over [-3, -1] with x >= -3 is -1. */
  @Test
  void boundsOnly() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1), q(2), q(5));
    assertOptimal(b.build(), q(2), q(2));
    LinearProgram.Builder m = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE);
    m.addColumn("x", q(1), q(-3), q(-1));
    assertOptimal(m.build(), q(-1), q(-1));
  }

  /** A greater-or-equal row with negative right side, and a free row that constrains nothing. */
  @Test
  void negativeRightSideAndFreeRow() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1), null, null);
    b.addRow("g", new BigRational[] {q(1)}, RowSense.GREATER_OR_EQUAL, q(-3));
    b.addRowWithBounds("free", Map.of(0, q(1)), null, null);
    LinearProgram program = b.build();
    assertThat(program.row(1).sense()).isEqualTo(RowSense.FREE);
    assertOptimal(program, q(-3), q(-3));
  }

  /** x + y <= 1 and x + y >= 3: infeasible; the Farkas vector is a positive multiple of (-1, 1). */
  @Test
  void infeasibleWithFarkasVector() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addColumn("y", q(1));
    b.addRow("le", new BigRational[] {q(1), q(1)}, RowSense.LESS_OR_EQUAL, q(1));
    b.addRow("ge", new BigRational[] {q(1), q(1)}, RowSense.GREATER_OR_EQUAL, q(3));
    LinearProgram program = b.build();
    for (LpSolver solver : SOLVERS) {
      LpResult result = solver.solve(program);
      assertThat(result.status()).isEqualTo(LpStatus.INFEASIBLE);
      assertThat(verify(program, result).holds()).isTrue();
      assertThat(result.objectiveValue()).isNaN();
      if (result.exact()) {
        assertThat(result.rowDuals().get(1).signum()).isPositive();
        assertThat(result.rowDuals().get(0)).isEqualTo(result.rowDuals().get(1).negate());
      }
    }
  }

  /** An empty row 0 >= 5 is infeasible on its own. */
  @Test
  void emptyRowInfeasible() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addRow("empty", new BigRational[] {q(0)}, RowSense.GREATER_OR_EQUAL, q(5));
    for (LpSolver solver : SOLVERS) {
      LpResult result = solver.solve(b.build());
      assertThat(result.status()).isEqualTo(LpStatus.INFEASIBLE);
      assertThat(verify(b.build(), result).holds()).isTrue();
    }
  }

  /** min -x with x - y <= 1, x, y >= 0: unbounded along (1, 1) from a feasible point. */
  @Test
  void unboundedWithRay() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(-1));
    b.addColumn("y", q(0));
    b.addRow("r", new BigRational[] {q(1), q(-1)}, RowSense.LESS_OR_EQUAL, q(1));
    LinearProgram program = b.build();
    for (LpSolver solver : SOLVERS) {
      LpResult result = solver.solve(program);
      assertThat(result.status()).isEqualTo(LpStatus.UNBOUNDED);
      assertThat(verify(program, result).holds()).isTrue();
      if (result.exact()) {
        assertThat(result.ray()).containsExactly(q(1), q(1));
      }
    }
  }

  @Test
  void verifierRejectsTamperedCertificates() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addColumn("y", q(2));
    b.addRow("r", new BigRational[] {q(1), q(1)}, RowSense.GREATER_OR_EQUAL, q(1));
    LinearProgram program = b.build();
    LpResult good = new ExactSimplexSolver().solve(program);
    assertThat(good.x()).containsExactly(q(1), q(0));
    assertThat(LpCertificateVerifier.verifyExact(program, good).holds()).isTrue();
    LpResult infeasiblePoint = new LpResult(LpStatus.OPTIMAL, true, q(0), List.of(q(0), q(0)),
        good.rowDuals(), good.reducedCosts(), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, infeasiblePoint).holds()).isFalse();
    LpResult wrongSign = new LpResult(LpStatus.OPTIMAL, true, q(1), good.x(), List.of(q(-1)),
        List.of(q(2), q(3)), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, wrongSign).holds()).isFalse();
    LpResult wrongObjective = new LpResult(LpStatus.OPTIMAL, true, q(2), good.x(),
        good.rowDuals(), good.reducedCosts(), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, wrongObjective).holds()).isFalse();
    LpResult gap = new LpResult(LpStatus.OPTIMAL, true, q(2), List.of(q(2), q(0)),
        good.rowDuals(), good.reducedCosts(), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, gap).holds()).isFalse();
    LpResult badFarkas = new LpResult(LpStatus.INFEASIBLE, true, null, List.of(), List.of(q(1)),
        List.of(q(-1), q(-1)), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, badFarkas).holds()).isFalse();
    LpResult badRay = new LpResult(LpStatus.UNBOUNDED, true, null, good.x(), List.of(),
        List.of(), List.of(q(1), q(0)), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, badRay).holds()).isFalse();
    LpResult missing = new LpResult(LpStatus.OPTIMAL, true, null, List.of(), List.of(),
        List.of(), List.of(), 0);
    assertThat(LpCertificateVerifier.verifyExact(program, missing).hypothesesMet()).isFalse();
    assertThat(LpCertificateVerifier.verifyExact(program, new LpResult(LpStatus.INFEASIBLE, true,
        null, List.of(), List.of(), List.of(), List.of(), 0)).hypothesesMet()).isFalse();
    assertThat(LpCertificateVerifier.verifyExact(program, new LpResult(LpStatus.UNBOUNDED, true,
        null, List.of(), List.of(), List.of(), List.of(), 0)).hypothesesMet()).isFalse();
    assertThatThrownBy(() -> LpCertificateVerifier.verify(program, good, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LpCertificateVerifier.verify(program, good, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The double tolerance accepts a rounding-sized violation that the exact check rejects. */
  @Test
  void toleranceSeparatesRoundingFromErrors() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addRow("r", new BigRational[] {q(1)}, RowSense.GREATER_OR_EQUAL, q(1));
    LinearProgram program = b.build();
    BigRational almost = BigRational.ONE.subtract(q(1, 1_000_000_000_000L));
    LpResult nearly = new LpResult(LpStatus.OPTIMAL, false, almost, List.of(almost),
        List.of(q(1)), List.of(q(0)), List.of(), 0);
    assertThat(LpCertificateVerifier.verify(program, nearly, 1e-9).holds()).isTrue();
    assertThat(LpCertificateVerifier.verifyExact(program, nearly).holds()).isFalse();
  }
}
