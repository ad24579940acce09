package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Verdict;

/**
 * Negative instances for {@link LpCertificateVerifier}, one defect each, built by hand so that
 * exactly ONE check can catch it (issue #19): an infeasible point whose duality gap is still 0, a
 * bound violated below and above with every other condition met, a reduced cost of the wrong
 * sign whose term does not enter the dual objective, a reported {@code d} that differs from
 * {@code c - A^T y} only in a term multiplied by a zero bound, a ray that does not recede, and so
 * on. Each test asserts the verdict fails and names the single failing check by its label.
 * Every instance's arithmetic is in its comment; nothing is taken from a solver's output.
 */
class LpCertificateVerifierTest {

  private static final String ROWS = "primal rows lower <= A x <= upper";
  private static final String BOUNDS = "primal bounds lower <= x <= upper";
  private static final String REDUCED = "reported d matches c - A^T y (or -A^T y)";
  private static final String DUAL_SIGNS = "dual sign conditions (rows and columns)";
  private static final String OBJECTIVE = "reported objective = c^T x + c0";
  private static final String GAP = "duality gap |primal - dual| (strong duality)";
  private static final String FARKAS_SIGNS = "Farkas sign conditions (rows and columns)";
  private static final String FARKAS_VALUE = "Farkas value > tol * scale";
  private static final String RECESSION = "ray in the recession cone";
  private static final String IMPROVES = "ray improves: sense * c^T r < -tol * scale";

  private static BigRational q(long p) {
    return BigRational.of(p);
  }

  private static BigRational q(long p, long d) {
    return BigRational.of(p, d);
  }

  private static List<BigRational> v(BigRational... values) {
    return List.of(values);
  }

  /** P: min x + 2y s.t. x + y >= 1, x, y >= 0. Optimum (1, 0), value 1, y = 1, d = (0, 1). */
  private static LinearProgram programP() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(1));
    b.addColumn("y", q(2));
    b.addRow("r", new BigRational[] {q(1), q(1)}, RowSense.GREATER_OR_EQUAL, q(1));
    return b.build();
  }

  /**
   * Q: min -x - y s.t. x + y <= 4, 0 <= x <= 2, y >= 0. Optimal value -4 (e.g. (2, 2)) with
   * row dual -1, d = c - A^T y = (0, 0), dual objective -1 * 4 = -4.
   */
  private static LinearProgram programQ() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(-1), q(0), q(2));
    b.addColumn("y", q(-1));
    b.addRow("r", new BigRational[] {q(1), q(1)}, RowSense.LESS_OR_EQUAL, q(4));
    return b.build();
  }

  /** R: x + y >= 2 and x + y <= 1, x, y >= 0: infeasible; Farkas y = (1, -1), d = 0, value 1. */
  private static LinearProgram programR() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(0));
    b.addColumn("y", q(0));
    b.addRow("r1", new BigRational[] {q(1), q(1)}, RowSense.GREATER_OR_EQUAL, q(2));
    b.addRow("r2", new BigRational[] {q(1), q(1)}, RowSense.LESS_OR_EQUAL, q(1));
    return b.build();
  }

  /** U: min -x s.t. x - y <= 1, x, y, z >= 0: unbounded along (1, 1, 0) from (0, 0, 0). */
  private static LinearProgram programU() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(-1));
    b.addColumn("y", q(0));
    b.addColumn("z", q(0));
    b.addRow("r", new BigRational[] {q(1), q(-1), q(0)}, RowSense.LESS_OR_EQUAL, q(1));
    return b.build();
  }

  private static LpResult optimal(BigRational objective, List<BigRational> x,
      List<BigRational> y, List<BigRational> d) {
    return new LpResult(LpStatus.OPTIMAL, true, objective, x, y, d, List.of(), 0);
  }

  private static LpResult farkas(List<BigRational> y, List<BigRational> d) {
    return new LpResult(LpStatus.INFEASIBLE, true, null, List.of(), y, d, List.of(), 0);
  }

  private static LpResult unbounded(List<BigRational> x, List<BigRational> ray) {
    return new LpResult(LpStatus.UNBOUNDED, true, null, x, List.of(), List.of(), ray, 0);
  }

  /** The verdict fails, its hypotheses are met, and the only failing check is {@code label}. */
  private static void assertOnlyFailure(Verdict verdict, String label) {
    assertThat(verdict.hypothesesMet()).as(verdict.describe()).isTrue();
    assertThat(verdict.holds()).as(verdict.describe()).isFalse();
    assertThat(verdict.failures()).as(verdict.describe()).hasSize(1);
    assertThat(verdict.failures().get(0).label()).as(verdict.describe()).startsWith(label);
    assertThat(verdict.specId()).isEqualTo(LpCertificateVerifier.SPEC_ID);
  }

  private static List<String> labels(Verdict verdict) {
    return verdict.checks().stream().map(Check::label).map(l -> l.split(":")[0]).toList();
  }

  @Test
  void correctCertificatesPassEveryNamedCheck() {
    Verdict p = LpCertificateVerifier.verifyExact(programP(),
        optimal(q(1), v(q(1), q(0)), v(q(1)), v(q(0), q(1))));
    assertThat(p.holds()).as(p.describe()).isTrue();
    assertThat(p.checks()).hasSize(6);
    Verdict q = LpCertificateVerifier.verifyExact(programQ(),
        optimal(q(-4), v(q(2), q(2)), v(q(-1)), v(q(0), q(0))));
    assertThat(q.holds()).as(q.describe()).isTrue();
    Verdict r = LpCertificateVerifier.verifyExact(programR(),
        farkas(v(q(1), q(-1)), v(q(0), q(0))));
    assertThat(r.holds()).as(r.describe()).isTrue();
    assertThat(r.checks()).hasSize(3);
    Verdict u = LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(0), q(0), q(0)), v(q(1), q(1), q(0))));
    assertThat(u.holds()).as(u.describe()).isTrue();
    assertThat(u.checks()).hasSize(4);
  }

  /** (0, 1/2): c^T x = 1 = dual objective, bounds met, but x + y = 1/2 < 1. */
  @Test
  void infeasibleRowWithZeroGapFailsOnlyTheRowCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programP(),
        optimal(q(1), v(q(0), q(1, 2)), v(q(1)), v(q(0), q(1)))), ROWS);
  }

  /** Q at (-1, 5): x + y = 4, c^T x = -4 = dual objective, but x < 0 = lower. */
  @Test
  void lowerBoundViolationFailsOnlyTheBoundCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programQ(),
        optimal(q(-4), v(q(-1), q(5)), v(q(-1)), v(q(0), q(0)))), BOUNDS);
  }

  /** Q at (3, 1): x + y = 4, c^T x = -4 = dual objective, but x > 2 = upper. */
  @Test
  void upperBoundViolationFailsOnlyTheBoundCheck() {
    Verdict verdict = LpCertificateVerifier.verifyExact(programQ(),
        optimal(q(-4), v(q(3), q(1)), v(q(-1)), v(q(0), q(0))));
    assertOnlyFailure(verdict, BOUNDS);
    // relative violation (3 - 2) / max(1, |0|, |2|) = 1/2
    assertThat(verdict.failures().get(0).lhs()).isEqualTo(0.5);
  }

  /** Q: d = (0, 1) instead of (0, 0); d_y > 0 meets the lower bound 0, so its dual term is 0. */
  @Test
  void wrongReducedCostFailsOnlyTheMatchCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programQ(),
        optimal(q(-4), v(q(2), q(2)), v(q(-1)), v(q(0), q(1)))), REDUCED);
  }

  /**
   * P with y = 2: d = c - A^T y = (-1, 0); d_x < 0 needs an upper bound on x (none). Dual
   * objective 2 * 1 = 2 (the wrong-sign term is left out) = c^T (0, 1).
   */
  @Test
  void wrongSignReducedCostFailsOnlyTheSignCheck() {
    Verdict verdict = LpCertificateVerifier.verifyExact(programP(),
        optimal(q(2), v(q(0), q(1)), v(q(2)), v(q(-1), q(0))));
    assertOnlyFailure(verdict, DUAL_SIGNS);
    // violation 1 over cost scale max(1, 1, 2) = 2
    assertThat(verdict.failures().get(0).lhs()).isEqualTo(0.5);
  }

  /**
   * T: min x - w s.t. r: x + w >= 1, cap: w <= 1, x free, w >= 0, at the feasible (0, 1) with
   * c^T x = -1. Duals y = (-1, -1): y_r < 0 on a row without upper bound (wrong sign, left out of
   * the dual objective); d = c - A^T y = (1 + 1, -1 + 2) = (2, 1): d_x > 0 on the free x (wrong
   * sign, left out), d_w > 0 with lower 0 (term 0); dual objective y_cap * 1 = -1 = c^T x. Gap 0,
   * d matches: only the sign check fails, with worst violation 2 over cost scale 1.
   */
  @Test
  void wrongSignRowDualFailsOnlyTheSignCheck() {
    LinearProgram.Builder t = LinearProgram.builder();
    t.addColumn("x", q(1), null, null);
    t.addColumn("w", q(-1));
    t.addRow("r", new BigRational[] {q(1), q(1)}, RowSense.GREATER_OR_EQUAL, q(1));
    t.addRow("cap", new BigRational[] {q(0), q(1)}, RowSense.LESS_OR_EQUAL, q(1));
    Verdict verdict = LpCertificateVerifier.verifyExact(t.build(),
        optimal(q(-1), v(q(0), q(1)), v(q(-1), q(-1)), v(q(2), q(1))));
    assertOnlyFailure(verdict, DUAL_SIGNS);
    assertThat(verdict.failures().get(0).lhs()).isEqualTo(2.0);
  }

  /** P at (1, 0) with the right duals but a reported objective 2: only the objective check. */
  @Test
  void wrongReportedObjectiveFailsOnlyTheObjectiveCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programP(),
        optimal(q(2), v(q(1), q(0)), v(q(1)), v(q(0), q(1)))), OBJECTIVE);
  }

  /** P at the feasible, non-optimal (2, 0) (value 2) with dual value 1: only the gap. */
  @Test
  void positiveGapFailsOnlyTheGapCheck() {
    Verdict verdict = LpCertificateVerifier.verifyExact(programP(),
        optimal(q(2), v(q(2), q(0)), v(q(1)), v(q(0), q(1))));
    assertOnlyFailure(verdict, GAP);
    // |2 - 1| / max(1, 2, 1) = 1/2
    assertThat(verdict.failures().get(0).lhs()).isEqualTo(0.5);
  }

  /** R: d = (1, 0) instead of -A^T y = (0, 0); d_x > 0 with lower 0 adds 0 to the value. */
  @Test
  void farkasWithWrongReducedCostFailsOnlyTheMatchCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programR(),
        farkas(v(q(1), q(-1)), v(q(1), q(0)))), REDUCED);
  }

  /**
   * R with y = (1, 1): d = -A^T y = (-2, -2), negative without upper bounds, and y_2 > 0 on a
   * row without lower bound: sign violations; the value 1 * 2 = 2 > 0 still.
   */
  @Test
  void farkasWithWrongSignsFailsOnlyTheSignCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programR(),
        farkas(v(q(1), q(1)), v(q(-2), q(-2)))), FARKAS_SIGNS);
  }

  /** R with y = (1, -2): d = (1, 1) meets the signs; value 2 - 2 = 0 is not positive. */
  @Test
  void farkasWithZeroValueFailsOnlyTheValueCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programR(),
        farkas(v(q(1), q(-2)), v(q(1), q(1)))), FARKAS_VALUE);
  }

  /** U: r = (1, 0, 0) improves (slope -1) but A r = 1 > 0 on a row with an upper bound. */
  @Test
  void rayLeavingARowFailsOnlyTheRecessionCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(0), q(0), q(0)), v(q(1), q(0), q(0)))), RECESSION);
  }

  /** U: r = (1, 1, -1) improves, A r = 0, but z decreases below its lower bound 0. */
  @Test
  void rayLeavingABoundFailsOnlyTheRecessionCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(0), q(0), q(0)), v(q(1), q(1), q(-1)))), RECESSION);
  }

  /** Q: r = (1, 0) with x <= 2: a positive direction against a finite upper bound. */
  @Test
  void rayAgainstAnUpperBoundFailsOnlyTheRecessionCheck() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", q(-1), q(0), q(2));
    b.addColumn("y", q(-1));
    b.addRow("r", new BigRational[] {q(0), q(1)}, RowSense.GREATER_OR_EQUAL, q(0));
    assertOnlyFailure(LpCertificateVerifier.verifyExact(b.build(),
        unbounded(v(q(0), q(0)), v(q(1), q(0)))), RECESSION);
  }

  /** U: r = (0, 1, 0) recedes (A r = -1, r >= 0) but c^T r = 0 does not improve. */
  @Test
  void nonImprovingRayFailsOnlyTheImprovementCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(0), q(0), q(0)), v(q(0), q(1), q(0)))), IMPROVES);
  }

  /** Maximize -(-x) over U's set: the sense flips the slope, so r = (1, 1, 0) no longer improves. */
  @Test
  void raySlopeFollowsTheObjectiveSense() {
    LinearProgram.Builder b = LinearProgram.builder().sense(ObjectiveSense.MAXIMIZE);
    b.addColumn("x", q(-1));
    b.addColumn("y", q(0));
    b.addRow("r", new BigRational[] {q(1), q(-1)}, RowSense.LESS_OR_EQUAL, q(1));
    assertOnlyFailure(LpCertificateVerifier.verifyExact(b.build(),
        unbounded(v(q(0), q(0)), v(q(1), q(1)))), IMPROVES);
  }

  /** U at (2, 0, 0): the ray is fine but x - y = 2 > 1. */
  @Test
  void unboundedWithInfeasiblePointFailsOnlyTheRowCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(2), q(0), q(0)), v(q(1), q(1), q(0)))), ROWS);
  }

  /** U at (0, 0, -1): the ray is fine but z < 0. */
  @Test
  void unboundedWithPointOutsideBoundsFailsOnlyTheBoundCheck() {
    assertOnlyFailure(LpCertificateVerifier.verifyExact(programU(),
        unbounded(v(q(0), q(0), q(-1)), v(q(1), q(1), q(0)))), BOUNDS);
  }

  /**
   * The relative tolerance: P at (0, 1/2) violates its row by 1/2 relative to max(1, 1, 1/2) = 1;
   * a tolerance of 1/2 accepts it, 1/4 does not.
   */
  @Test
  void toleranceIsRelativeToTheRowScale() {
    LpResult point = optimal(q(1), v(q(0), q(1, 2)), v(q(1)), v(q(0), q(1)));
    assertThat(LpCertificateVerifier.verify(programP(), point, 0.5).holds()).isTrue();
    assertOnlyFailure(LpCertificateVerifier.verify(programP(), point, 0.25), ROWS);
    assertThat(labels(LpCertificateVerifier.verify(programP(), point, 0.25)))
        .containsExactly(ROWS, BOUNDS, REDUCED, DUAL_SIGNS, OBJECTIVE, GAP);
  }

  /** The instance label names the program, the status and how the check was decided. */
  @Test
  void instanceLabelSaysExactOrTolerance() {
    LpResult exact = optimal(q(1), v(q(1), q(0)), v(q(1)), v(q(0), q(1)));
    LpResult inexact = new LpResult(LpStatus.OPTIMAL, false, q(1), v(q(1), q(0)), v(q(1)),
        v(q(0), q(1)), List.of(), 0);
    String status = LpStatus.OPTIMAL.spelling();
    assertThat(LpCertificateVerifier.verifyExact(programP(), exact).instanceLabel())
        .isEqualTo(programP().name() + " " + status + " (exact)");
    assertThat(LpCertificateVerifier.verify(programP(), inexact, 0.25).instanceLabel())
        .isEqualTo(programP().name() + " " + status + " (tol 0.25)");
  }
}
