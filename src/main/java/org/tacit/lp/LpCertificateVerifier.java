package org.tacit.lp;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.TransposeAccumulator;
import org.tacit.verify.Check;
import org.tacit.verify.Hypothesis;
import org.tacit.verify.Verdict;

/**
 * Checks an {@link LpResult}'s certificate against the ORIGINAL model, in exact rational
 * arithmetic on the result's values, with a relative tolerance {@code tol} (0: exact check).
 *
 * <p>The conditions are those documented in {@link LpResult}. Each quantity is compared
 * relative to its own scale: a row violation to {@code max(1, |bound|, sum_j |a_ij x_j|)}, a
 * bound violation to {@code max(1, |bound|)}, a dual sign violation to {@code max(1, max_j |c_j|)},
 * the duality gap to {@code max(1, |primal|, |dual|)}. The Farkas value must exceed {@code tol}
 * times the sum of the magnitudes of its terms, and an unbounded ray must improve the objective by
 * more than {@code tol} times {@code sum_j |c_j r_j|}. With {@code tol = 0} every condition is the
 * exact mathematical one, so a passing verdict is a proof. Wrong-sign parts of duals within the
 * tolerance are left out of the dual objective and the Farkas value (they are reported as sign
 * violations). Cost: O(non-zeros) rational operations.
 *
 * <p>The returned {@link Verdict} has spec ID {@link #SPEC_ID} (not a paper item) and one
 * {@link Check} per condition, each carrying its worst relative violation; the hypotheses check
 * is that the result's vectors have the model's dimensions.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class LpCertificateVerifier {

  /** The label used as spec ID of the certificate checks (not an item of the papers). */
  public static final String SPEC_ID = "LP:certificate";

  private LpCertificateVerifier() {}

  /** The exact check (tolerance 0). */
  public static Verdict verifyExact(LinearProgram program, LpResult result) {
    return verify(program, result, 0.0);
  }

  /** The check with relative tolerance {@code tolerance >= 0}. */
  public static Verdict verify(LinearProgram program, LpResult result, double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0: " + tolerance);
    }
    BigRational tol = BigRational.valueOf(tolerance);
    String label = program.name() + " " + result.status().spelling()
        + (result.exact() ? " (exact)" : " (tol " + tolerance + ")");
    int m = program.numRows();
    int n = program.numColumns();
    List<Check> checks = new ArrayList<>();
    switch (result.status()) {
      case OPTIMAL: {
        if (result.x().size() != n || result.rowDuals().size() != m
            || result.reducedCosts().size() != n || result.objective() == null) {
          return Verdict.hypothesisFailed(SPEC_ID, label, Hypothesis.of("optimal certificate has x, y, d, objective", false));
        }
        BigRational[] x = result.x().toArray(new BigRational[0]);
        BigRational[] y = result.rowDuals().toArray(new BigRational[0]);
        BigRational[] d = result.reducedCosts().toArray(new BigRational[0]);
        checks.add(primalRows(program, x, tol));
        checks.add(primalBounds(program, x, tol));
        checks.add(reducedCostsMatch(program, y, d, ResultTranslation.reducedCosts(program, y), tol));
        int sigma = program.sense().sign();
        DualSigns signs = dualSigns(program, y, d, sigma);
        BigRational costScale = costScale(program);
        checks.add(lessOrEqual("dual sign conditions (rows and columns)",
            signs.violation.divide(costScale), tol));
        BigRational primal = program.objectiveValue(x);
        BigRational dual = program.objectiveConstant()
            .add(BigRational.of(sigma).multiply(signs.value));
        BigRational reported = result.objective() == null ? BigRational.ZERO : result.objective();
        checks.add(lessOrEqual("reported objective = c^T x + c0",
            relative(reported.subtract(primal).abs(), reported, primal), tol));
        checks.add(lessOrEqual("duality gap |primal - dual| (strong duality)",
            relative(primal.subtract(dual).abs(), primal, dual), tol));
        break;
      }
      case INFEASIBLE: {
        if (result.rowDuals().size() != m || result.reducedCosts().size() != n) {
          return Verdict.hypothesisFailed(SPEC_ID, label, Hypothesis.of("Farkas certificate has y and d", false));
        }
        BigRational[] y = result.rowDuals().toArray(new BigRational[0]);
        BigRational[] d = result.reducedCosts().toArray(new BigRational[0]);
        BigRational[] expected = ResultTranslation.transposeTimes(program, y);
        for (int j = 0; j < n; j++) {
          expected[j] = expected[j].negate();
        }
        checks.add(reducedCostsMatch(program, y, d, expected, tol));
        DualSigns signs = dualSigns(program, y, d, 1);
        BigRational yScale = BigRational.ONE;
        for (BigRational v : y) {
          yScale = yScale.max(v.abs());
        }
        checks.add(lessOrEqual("Farkas sign conditions (rows and columns)",
            signs.violation.divide(yScale), tol));
        checks.add(Check.less(SPEC_ID, "Farkas value > tol * scale", tol.multiply(signs.scale),
            signs.value));
        break;
      }
      default: {
        if (result.x().size() != n || result.ray().size() != n) {
          return Verdict.hypothesisFailed(SPEC_ID, label, Hypothesis.of("unbounded certificate has x and ray", false));
        }
        BigRational[] x = result.x().toArray(new BigRational[0]);
        BigRational[] r = result.ray().toArray(new BigRational[0]);
        checks.add(primalRows(program, x, tol));
        checks.add(primalBounds(program, x, tol));
        checks.add(rayRecession(program, r, tol));
        BigRational slope = BigRational.ZERO;
        BigRational scale = BigRational.ZERO;
        for (int j = 0; j < n; j++) {
          BigRational term = program.column(j).cost().multiply(r[j]);
          slope = slope.add(term);
          scale = scale.add(term.abs());
        }
        slope = slope.multiply(BigRational.of(program.sense().sign()));
        checks.add(Check.less(SPEC_ID, "ray improves: sense * c^T r < -tol * scale", slope,
            tol.multiply(scale).negate()));
        break;
      }
    }
    return Verdict.of(SPEC_ID, label, checks);
  }

  private static Check lessOrEqual(String label, BigRational worst, BigRational tol) {
    return Check.lessOrEqual(SPEC_ID, label + ": worst relative violation <= tol", worst, tol);
  }

  private static BigRational relative(BigRational difference, BigRational a, BigRational b) {
    return difference.divide(BigRational.ONE.max(a.abs()).max(b.abs()));
  }

  private static BigRational costScale(LinearProgram program) {
    BigRational scale = BigRational.ONE;
    for (Column column : program.columns()) {
      scale = scale.max(column.cost().abs());
    }
    return scale;
  }

  /** How far {@code value} lies outside {@code [lower, upper]} (0 if inside). */
  private static BigRational outside(BigRational value, @Nullable BigRational lower,
      @Nullable BigRational upper) {
    if (lower != null && value.compareTo(lower) < 0) {
      return lower.subtract(value);
    }
    if (upper != null && value.compareTo(upper) > 0) {
      return value.subtract(upper);
    }
    return BigRational.ZERO;
  }

  private static BigRational boundScale(@Nullable BigRational lower, @Nullable BigRational upper) {
    BigRational scale = BigRational.ONE;
    if (lower != null) {
      scale = scale.max(lower.abs());
    }
    if (upper != null) {
      scale = scale.max(upper.abs());
    }
    return scale;
  }

  private static Check primalRows(LinearProgram program, BigRational[] x, BigRational tol) {
    BigRational worst = BigRational.ZERO;
    BigRational[] activities = activities(program, x);
    for (int i = 0; i < activities.length; i++) {
      Row row = program.row(i);
      BigRational violation = outside(activities[i], row.lower(), row.upper());
      if (!violation.isZero()) {
        BigRational scale = boundScale(row.lower(), row.upper()).max(row.activityScale(x));
        worst = worst.max(violation.divide(scale));
      }
    }
    return lessOrEqual("primal rows lower <= A x <= upper", worst, tol);
  }

  /** {@code A x} exactly, over a common denominator of x ({@link TransposeAccumulator}). */
  private static BigRational[] activities(LinearProgram program, BigRational[] x) {
    TransposeAccumulator products = new TransposeAccumulator(x, program.numRows());
    for (int i = 0; i < program.numRows(); i++) {
      Row row = program.row(i);
      for (int k = 0; k < row.size(); k++) {
        products.add(row.column(k), i, row.value(k));
      }
    }
    return products.result();
  }

  private static Check primalBounds(LinearProgram program, BigRational[] x, BigRational tol) {
    BigRational worst = BigRational.ZERO;
    for (int j = 0; j < x.length; j++) {
      Column column = program.column(j);
      BigRational violation = outside(x[j], column.lower(), column.upper());
      if (!violation.isZero()) {
        worst = worst.max(violation.divide(boundScale(column.lower(), column.upper())));
      }
    }
    return lessOrEqual("primal bounds lower <= x <= upper", worst, tol);
  }

  private static Check reducedCostsMatch(LinearProgram program, BigRational[] y, BigRational[] d,
      BigRational[] expected, BigRational tol) {
    BigRational worst = BigRational.ZERO;
    BigRational scale = costScale(program);
    for (BigRational v : y) {
      scale = scale.max(v.abs());
    }
    for (int j = 0; j < d.length; j++) {
      worst = worst.max(d[j].subtract(expected[j]).abs().divide(scale));
    }
    return lessOrEqual("reported d matches c - A^T y (or -A^T y)", worst, tol);
  }

  private static Check rayRecession(LinearProgram program, BigRational[] r, BigRational tol) {
    BigRational worst = BigRational.ZERO;
    BigRational rayScale = BigRational.ONE;
    for (BigRational v : r) {
      rayScale = rayScale.max(v.abs());
    }
    for (Row row : program.rows()) {
      BigRational violation = recessionViolation(row.activity(r), row.lower(), row.upper());
      worst = worst.max(violation.divide(rayScale.max(row.activityScale(r))));
    }
    for (int j = 0; j < r.length; j++) {
      Column column = program.column(j);
      worst = worst.max(recessionViolation(r[j], column.lower(), column.upper()).divide(rayScale));
    }
    return lessOrEqual("ray in the recession cone", worst, tol);
  }

  private static BigRational recessionViolation(BigRational direction,
      @Nullable BigRational lower, @Nullable BigRational upper) {
    if (lower != null && direction.signum() < 0) {
      return direction.negate();
    }
    if (upper != null && direction.signum() > 0) {
      return direction;
    }
    return BigRational.ZERO;
  }

  /** Dual objective part, total wrong-sign magnitude, and the sum of the terms' magnitudes. */
  private static final class DualSigns {
    BigRational value = BigRational.ZERO;
    BigRational violation = BigRational.ZERO;
    BigRational scale = BigRational.ZERO;

    void add(BigRational multiplier, @Nullable BigRational lower, @Nullable BigRational upper) {
      int sign = multiplier.signum();
      if (sign > 0) {
        if (lower == null) {
          violation = violation.max(multiplier);
        } else {
          BigRational term = multiplier.multiply(lower);
          value = value.add(term);
          scale = scale.add(term.abs());
        }
      } else if (sign < 0) {
        if (upper == null) {
          violation = violation.max(multiplier.negate());
        } else {
          BigRational term = multiplier.multiply(upper);
          value = value.add(term);
          scale = scale.add(term.abs());
        }
      }
    }
  }

  /**
   * Sums {@code sum_i (v_i^+ rowLower_i - v_i^- rowUpper_i) + sum_j (w_j^+ lower_j - w_j^- upper_j)}
   * for {@code v = sigma y}, {@code w = sigma d}, recording the largest wrong-sign magnitude.
   */
  private static DualSigns dualSigns(LinearProgram program, BigRational[] y, BigRational[] d,
      int sigma) {
    BigRational s = BigRational.of(sigma);
    DualSigns signs = new DualSigns();
    for (int i = 0; i < y.length; i++) {
      Row row = program.row(i);
      signs.add(s.multiply(y[i]), row.lower(), row.upper());
    }
    for (int j = 0; j < d.length; j++) {
      Column column = program.column(j);
      signs.add(s.multiply(d[j]), column.lower(), column.upper());
    }
    return signs;
  }
}
