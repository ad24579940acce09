package org.tacit.lp;

import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Random small linear programs CONSTRUCTED to have a known status (no rejection sampling):
 * <ul>
 *   <li>{@link #feasibleBounded()}: a point {@code x0} and a dual pair {@code (y0, d0)} are drawn
 *       first; row and column bounds are placed around {@code x0} (so it is feasible) with the
 *       kinds the signs of {@code y0, d0} allow, and {@code c = sigma (A^T y0 + d0)} (so the dual
 *       pair is feasible). Hence an optimum exists, between the two witnesses' values.
 *   <li>{@link #infeasible()}: a Farkas vector {@code y} is drawn first; {@code d = -A^T y}; row
 *       and column kinds follow the signs of {@code y, d}; the bound values are drawn and one
 *       bound of a row with {@code y_i != 0} is shifted so that the Farkas value is at least 1.
 *   <li>{@link #unbounded()}: a point {@code x0} and a non-zero ray {@code r} are drawn first;
 *       bounds around {@code x0} are infinite on the sides {@code r} (and {@code A r}) move
 *       towards; {@code c} is drawn and projected so that {@code sigma c^T r = -k}, {@code k >= 1}.
 * </ul>
 * Sizes: 1 to 6 rows and columns by default (any bound by the overloads), integer entries in [-4, 4] (about a third zero), so degenerate
 * vertices, redundant and empty rows, free, fixed and one-sided columns all occur. Both senses.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class RandomLpFamily {

  private static final int MAX_SIZE = 6;

  private RandomLpFamily() {}

  /** Feasible programs with a finite optimum, 1 to 6 rows and columns. */
  public static InstanceFamily<LpInstance> feasibleBounded() {
    return feasibleBounded(MAX_SIZE);
  }

  /** Feasible programs with a finite optimum, 1 to {@code maxSize} rows and columns. */
  public static InstanceFamily<LpInstance> feasibleBounded(int maxSize) {
    return family("feasible and bounded (witnesses x0, y0 drawn first)", maxSize,
        draws -> drawFeasibleBounded(draws, maxSize));
  }

  /** Infeasible programs (Farkas vector drawn first), 1 to 6 rows and columns. */
  public static InstanceFamily<LpInstance> infeasible() {
    return infeasible(MAX_SIZE);
  }

  /** Infeasible programs, 1 to {@code maxSize} rows and columns. */
  public static InstanceFamily<LpInstance> infeasible(int maxSize) {
    return family("infeasible (Farkas vector drawn first)", maxSize,
        draws -> drawInfeasible(draws, maxSize));
  }

  /** Unbounded programs (point and ray drawn first), 1 to 6 rows and columns. */
  public static InstanceFamily<LpInstance> unbounded() {
    return unbounded(MAX_SIZE);
  }

  /** Unbounded programs, 1 to {@code maxSize} rows and columns. */
  public static InstanceFamily<LpInstance> unbounded(int maxSize) {
    return family("unbounded (point and ray drawn first)", maxSize,
        draws -> drawUnbounded(draws, maxSize));
  }

  private static InstanceFamily<LpInstance> family(String name, int maxSize,
      java.util.function.Function<Draws, LpInstance> draw) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1: " + maxSize);
    }
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return name + ", 1.." + maxSize + " rows and columns, integer entries in [-4, 4]";
      }

      @Override
      public LpInstance draw(Draws draws) {
        return draw.apply(draws);
      }
    };
  }

  private static BigRational small(Draws draws, int bound) {
    return BigRational.of(draws.between(-bound, bound));
  }

  private static BigRational[][] matrix(Draws draws, int m, int n) {
    BigRational[][] a = new BigRational[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = draws.between(0, 2) == 0 ? BigRational.ZERO : small(draws, 4);
      }
    }
    return a;
  }

  private static BigRational nonNegative(Draws draws, int bound) {
    return BigRational.of(draws.between(0, bound));
  }

  private static Map<Integer, BigRational> sparse(BigRational[] row) {
    Map<Integer, BigRational> map = new HashMap<>();
    for (int j = 0; j < row.length; j++) {
      map.put(j, row[j]);
    }
    return map;
  }

  /** Side bounds of one row or column: null means infinite. */
  private static final class Bounds {
    @Nullable BigRational lower;
    @Nullable BigRational upper;
  }

  /**
   * Bounds around {@code value} whose finite sides are those allowed: {@code needLower} forces
   * a finite lower bound, {@code forbidLower} an infinite one (same for upper); otherwise each
   * side is finite with probability 1/2, and equal bounds (fixed or equality) occur.
   */
  private static Bounds around(Draws draws, BigRational value, boolean needLower,
      boolean forbidLower, boolean needUpper, boolean forbidUpper) {
    Bounds b = new Bounds();
    boolean lower = !forbidLower && (needLower || draws.coin());
    boolean upper = !forbidUpper && (needUpper || draws.coin());
    boolean equal = lower && upper && draws.between(0, 3) == 0;
    if (lower) {
      b.lower = value.subtract(nonNegative(draws, 3));
    }
    if (upper) {
      BigRational lo = b.lower;
      b.upper = equal && lo != null ? lo : value.add(nonNegative(draws, 3));
    }
    if (equal) {
      b.lower = value;
      b.upper = value;
    }
    return b;
  }

  private static LpInstance drawFeasibleBounded(Draws draws, int maxSize) {
    int m = draws.intBetween(1, maxSize);
    int n = draws.intBetween(1, maxSize);
    ObjectiveSense sense = draws.coin() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE;
    BigRational sigma = BigRational.of(sense.sign());
    BigRational[][] a = matrix(draws, m, n);
    BigRational[] x0 = new BigRational[n];
    for (int j = 0; j < n; j++) {
      x0[j] = small(draws, 5);
    }
    BigRational[] y0 = new BigRational[m];
    Bounds[] rowBounds = new Bounds[m];
    for (int i = 0; i < m; i++) {
      y0[i] = draws.between(0, 2) == 0 ? BigRational.ZERO : small(draws, 3);
      int s = y0[i].signum();
      rowBounds[i] = around(draws, RationalVectors.dot(a[i], x0), s > 0, false, s < 0, false);
    }
    BigRational[] d0 = new BigRational[n];
    Bounds[] columnBounds = new Bounds[n];
    for (int j = 0; j < n; j++) {
      d0[j] = draws.between(0, 2) == 0 ? BigRational.ZERO : small(draws, 3);
      int s = d0[j].signum();
      columnBounds[j] = around(draws, x0[j], s > 0, false, s < 0, false);
    }
    BigRational c0 = small(draws, 5);
    BigRational[] c = new BigRational[n];
    for (int j = 0; j < n; j++) {
      BigRational sum = d0[j];
      for (int i = 0; i < m; i++) {
        sum = sum.add(a[i][j].multiply(y0[i]));
      }
      c[j] = sigma.multiply(sum);
    }
    LinearProgram program = build("feasible", sense, c0, c, a, rowBounds, columnBounds);
    BigRational dual = BigRational.ZERO;
    for (int i = 0; i < m; i++) {
      dual = dual.add(activeBound(y0[i], rowBounds[i]));
    }
    for (int j = 0; j < n; j++) {
      dual = dual.add(activeBound(d0[j], columnBounds[j]));
    }
    return new LpInstance(program, LpStatus.OPTIMAL, program.objectiveValue(x0),
        c0.add(sigma.multiply(dual)), "feasible-bounded " + sense + " " + m + "x" + n);
  }

  /** {@code v^+ lower - v^- upper} (the bound on the multiplier's side; finite by construction). */
  private static BigRational activeBound(BigRational v, Bounds b) {
    BigRational lower = b.lower;
    BigRational upper = b.upper;
    if (v.signum() > 0 && lower != null) {
      return v.multiply(lower);
    }
    if (v.signum() < 0 && upper != null) {
      return v.multiply(upper);
    }
    return BigRational.ZERO;
  }

  private static LpInstance drawInfeasible(Draws draws, int maxSize) {
    int m = draws.intBetween(1, maxSize);
    int n = draws.intBetween(1, maxSize);
    ObjectiveSense sense = draws.coin() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE;
    BigRational[][] a = matrix(draws, m, n);
    BigRational[] y = new BigRational[m];
    for (int i = 0; i < m; i++) {
      y[i] = draws.between(0, 2) == 0 ? BigRational.ZERO : small(draws, 3);
    }
    if (y[0].isZero()) {
      y[0] = draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE;
    }
    BigRational farkas = BigRational.ZERO;
    Bounds[] rowBounds = new Bounds[m];
    for (int i = 0; i < m; i++) {
      int s = y[i].signum();
      rowBounds[i] = around(draws, small(draws, 5), s > 0, false, s < 0, false);
      farkas = farkas.add(activeBound(y[i], rowBounds[i]));
    }
    Bounds[] columnBounds = new Bounds[n];
    for (int j = 0; j < n; j++) {
      BigRational d = BigRational.ZERO;
      for (int i = 0; i < m; i++) {
        d = d.subtract(a[i][j].multiply(y[i]));
      }
      int s = d.signum();
      columnBounds[j] = around(draws, small(draws, 5), s > 0, false, s < 0, false);
      farkas = farkas.add(activeBound(d, columnBounds[j]));
    }
    if (farkas.signum() <= 0) {
      BigRational shift = BigRational.ONE.subtract(farkas).divide(y[0]);
      Bounds b = rowBounds[0];
      BigRational lower = b.lower;
      BigRational upper = b.upper;
      b.lower = lower == null ? null : lower.add(shift);
      b.upper = upper == null ? null : upper.add(shift);
    }
    BigRational[] c = new BigRational[n];
    for (int j = 0; j < n; j++) {
      c[j] = small(draws, 4);
    }
    LinearProgram program = build("infeasible", sense, small(draws, 5), c, a, rowBounds,
        columnBounds);
    return new LpInstance(program, LpStatus.INFEASIBLE, null, null,
        "infeasible " + sense + " " + m + "x" + n);
  }

  private static LpInstance drawUnbounded(Draws draws, int maxSize) {
    int m = draws.intBetween(1, maxSize);
    int n = draws.intBetween(1, maxSize);
    ObjectiveSense sense = draws.coin() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE;
    BigRational[][] a = matrix(draws, m, n);
    BigRational[] x0 = new BigRational[n];
    BigRational[] r = new BigRational[n];
    for (int j = 0; j < n; j++) {
      x0[j] = small(draws, 5);
      r[j] = draws.coin() ? BigRational.ZERO : small(draws, 2);
    }
    if (r[0].isZero()) {
      r[0] = draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE;
    }
    Bounds[] rowBounds = new Bounds[m];
    for (int i = 0; i < m; i++) {
      int s = RationalVectors.dot(a[i], r).signum();
      rowBounds[i] = around(draws, RationalVectors.dot(a[i], x0), false, s < 0, false, s > 0);
    }
    Bounds[] columnBounds = new Bounds[n];
    for (int j = 0; j < n; j++) {
      int s = r[j].signum();
      columnBounds[j] = around(draws, x0[j], false, s < 0, false, s > 0);
    }
    BigRational[] c = new BigRational[n];
    for (int j = 0; j < n; j++) {
      c[j] = small(draws, 4);
    }
    BigRational slope = BigRational.of(draws.between(1, 3));
    BigRational factor = RationalVectors.dot(c, r).add(slope).divide(RationalVectors.dot(r, r));
    BigRational sigma = BigRational.of(sense.sign());
    for (int j = 0; j < n; j++) {
      c[j] = sigma.multiply(c[j].subtract(factor.multiply(r[j])));
    }
    LinearProgram program = build("unbounded", sense, small(draws, 5), c, a, rowBounds,
        columnBounds);
    return new LpInstance(program, LpStatus.UNBOUNDED, program.objectiveValue(x0), null,
        "unbounded " + sense + " " + m + "x" + n);
  }

  private static LinearProgram build(String name, ObjectiveSense sense, BigRational c0,
      BigRational[] c, BigRational[][] a, Bounds[] rowBounds, Bounds[] columnBounds) {
    LinearProgram.Builder builder = LinearProgram.builder().name(name).sense(sense)
        .objectiveConstant(c0);
    for (int j = 0; j < c.length; j++) {
      builder.addColumn("x" + j, c[j], columnBounds[j].lower, columnBounds[j].upper);
    }
    for (int i = 0; i < a.length; i++) {
      builder.addRowWithBounds("r" + i, sparse(a[i]), rowBounds[i].lower, rowBounds[i].upper);
    }
    return builder.build();
  }
}
