package org.tacit.lp;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * The two-phase simplex method on a dense tableau of a {@link StandardForm}, over a
 * {@link ScalarField} (exact rationals or doubles). Package-private engine of the solvers.
 *
 * <p>Tableau: one row per standard row plus the reduced-cost row; columns are the standard
 * columns, then one artificial per row without a unit column, then the right side. Phase 1
 * minimizes the sum of the artificials; a positive optimum means infeasible, and its duals are a
 * Farkas vector. Phase 2 minimizes {@code cs^T z} with artificials barred from entering. The
 * duals of either phase are read off the reduced costs of each row's initial unit column
 * ({@code y_i = c_unit - rc_unit}), which is why artificial columns are kept to the end.
 *
 * <p>Pivot rule and anti-cycling: the entering column is the most negative reduced cost
 * (Dantzig), the leaving row the minimum ratio (ties: smallest basic index; the double field
 * prefers the largest pivot among ties). After {@link LpTolerances#DEGENERATE_PIVOTS_BEFORE_BLAND}
 * consecutive degenerate pivots (step length zero) the method switches to Bland's rule (entering:
 * smallest index with negative reduced cost; leaving: smallest basic index among minimum ratios)
 * and stays on it until a pivot with a positive step. Termination (exact field): a positive step
 * strictly decreases the objective, and the objective value is a function of the basis, so no
 * basis seen before such a step recurs after it; between two positive steps there are at most
 * that many Dantzig pivots followed by Bland pivots, and Bland's rule cannot cycle from any
 * starting basis (Bland 1977), so each such stretch is finite; there are finitely many bases.
 * Hence the method terminates. The double field has no such guarantee (its decisions use a
 * tolerance) and stops with {@link IllegalStateException} after an iteration limit.
 *
 * <p>Cost: each pivot touches the rows with a non-zero in the pivot column, and in them only the
 * columns where the pivot row is non-zero. The tableau is stored by {@link TableauRows}: boxed
 * field elements for the exact field, unboxed doubles for the double field.
 *
 * @param <T> the scalar type
 */
final class TableauSimplex<T> {

  /** What the method found. */
  enum Outcome {
    OPTIMAL, INFEASIBLE, UNBOUNDED
  }

  private final ScalarField<T> field;
  private final StandardForm form;
  private final int m;
  private final int n;
  private final int width;
  private final int[] unitColumn;
  private final int[] basis;
  private TableauRows<T> rows;
  private final T[] phaseTwoCost;
  private final long iterationLimit;
  private long pivots;
  private int degenerateStreak;
  private boolean blandMode;
  private int unboundedColumn = -1;
  private T[] duals;
  /** Added to the right side when the tableau is (re)built; empty when not perturbed. */
  private T[] rightSidePerturbation;
  private Outcome lastOutcome = Outcome.INFEASIBLE;
  /** Skip the confirming refactorization before a double run stops (see {@link #basisSearchOnly}). */
  private boolean basisSearchOnly;

  /** Sets up the initial tableau (unit columns and artificials as the basis). */
  TableauSimplex(ScalarField<T> field, StandardForm form) {
    this.field = field;
    this.form = form;
    this.m = form.numRows();
    this.n = form.numColumns();
    int artificials = 0;
    for (int i = 0; i < m; i++) {
      if (form.identityColumn(i) < 0) {
        artificials++;
      }
    }
    this.width = n + artificials;
    this.unitColumn = new int[m];
    this.basis = new int[m];
    this.phaseTwoCost = field.zeros(width);
    for (int j = 0; j < n; j++) {
      phaseTwoCost[j] = field.fromRational(form.cost(j));
    }
    this.iterationLimit = 50L * (m + width) + 1000;
    this.duals = field.zeros(0);
    this.rightSidePerturbation = field.zeros(0);
    this.rows = TableauRows.of(field, m + 1, width + 1);
    reset();
  }

  private void reset() {
    rows = TableauRows.of(field, m + 1, width + 1);
    int next = n;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (!form.entry(i, j).isZero()) {
          rows.set(i, j, field.fromRational(form.entry(i, j)));
        }
      }
      T rightSide = field.fromRational(form.rightSide(i));
      if (rightSidePerturbation.length > 0) {
        rightSide = field.add(rightSide, rightSidePerturbation[i]);
      }
      rows.set(i, width, rightSide);
      int unit = form.identityColumn(i);
      if (unit < 0) {
        unit = next++;
        rows.set(i, unit, field.one());
      }
      unitColumn[i] = unit;
      basis[i] = unit;
    }
  }

  /**
   * Double field, before {@link #solve}: perturbs the right side to {@code bs_i + delta_i} with
   * distinct {@code delta_i} in {@code [relative, 2 relative] * max(1, |bs_i|)} (a fixed
   * low-discrepancy sequence, so runs are reproducible). The feasible sets here are highly
   * degenerate ({@code A n = 0}); the perturbed program is not, which spares the method long
   * stretches of degenerate pivots. Only for finding a basis: call {@link #removePerturbation}
   * before reading results. Reduced costs do not depend on the right side, so the final basis
   * stays dual feasible; its primal feasibility for the true right side is up to the caller to
   * check (the exact certification does).
   */
  void perturbRightSide(double relative) {
    if (field.isExact()) {
      throw new IllegalStateException("perturbation is for the double field only");
    }
    T[] delta = field.zeros(m);
    for (int i = 0; i < m; i++) {
      double fraction = ((i + 1) * 0.6180339887498949) % 1.0;
      double scale = Math.max(1.0, Math.abs(form.rightSide(i).doubleValue()));
      delta[i] = field.fromRational(BigRational.valueOf(relative * (1 + fraction) * scale));
    }
    rightSidePerturbation = delta;
    reset();
  }

  /**
   * Double field: the run only looks for a basis that someone else certifies (the exact
   * certification, or a screen that steers): skip the refactorization that otherwise confirms the
   * final decision from the original data. Periodic refactorizations still bound the rounding.
   */
  void basisSearchOnly() {
    basisSearchOnly = true;
  }

  /**
   * Restores the true right side: the basic solution becomes {@code B^-1 bs}, read off the
   * tableau's columns of the initial unit vectors (which hold {@code B^-1}), and the objective
   * entry {@code -cs_B^T B^-1 bs} with the phase 2 costs. {@code O(m^2)}; the rest of the tableau
   * does not depend on the right side.
   */
  void removePerturbation() {
    rightSidePerturbation = field.zeros(0);
    T[] rightSide = field.zeros(m);
    for (int k = 0; k < m; k++) {
      rightSide[k] = field.fromRational(form.rightSide(k));
    }
    T objective = field.zero();
    for (int i = 0; i < m; i++) {
      T value = field.zero();
      for (int k = 0; k < m; k++) {
        if (!rows.isStoredZero(i, unitColumn[k]) && !field.isStoredZero(rightSide[k])) {
          value = field.add(value, field.multiply(rows.get(i, unitColumn[k]), rightSide[k]));
        }
      }
      rows.set(i, width, field.flush(value));
      objective = field.subtract(objective, field.multiply(phaseTwoCost[basis[i]], value));
    }
    rows.set(m, width, objective);
  }

  /**
   * Pivots the columns of {@code hint} (standard columns, e.g. an optimal basis found in double
   * precision) into the basis; if the resulting basic solution is not feasible the tableau is set
   * up afresh. Either way the method's guarantees are unchanged: a hint only saves pivots.
   */
  void warmStart(int[] hint) {
    boolean[] wanted = new boolean[width];
    for (int q : hint) {
      if (q >= 0 && q < n) {
        wanted[q] = true;
      }
    }
    for (int q : hint) {
      if (q < 0 || q >= n || isBasic(q)) {
        continue;
      }
      int best = -1;
      for (int i = 0; i < m; i++) {
        T a = rows.get(i, q);
        if (field.signum(a) == 0 || wanted[basis[i]]) {
          continue;
        }
        if (best < 0 || (basis[i] >= n && basis[best] < n)
            || ((basis[i] >= n) == (basis[best] >= n)
                && field.compareMagnitude(a, rows.get(best, q)) > 0)) {
          best = i;
        }
      }
      if (best >= 0) {
        pivot(best, q);
      }
    }
    for (int i = 0; i < m; i++) {
      if (field.signum(rows.get(i, width)) < 0) {
        reset();
        return;
      }
    }
  }

  /**
   * Recomputes the tableau of the current basis from the original data (double field): Gauss-
   * Jordan elimination of the initial tableau on the basic columns with partial pivoting, then
   * pricing with {@code cost}. Removes the rounding error accumulated by the pivots so far.
   * The pivot counter is not advanced.
   */
  private void refactor(T[] cost) {
    int[] target = basis.clone();
    long counted = pivots;
    reset();
    boolean[] done = new boolean[m];
    for (int k = 0; k < m; k++) {
      if (target[k] >= n) {
        for (int i = 0; i < m; i++) {
          if (basis[i] == target[k]) {
            done[i] = true;
          }
        }
      }
    }
    for (int k = 0; k < m; k++) {
      int q = target[k];
      if (q >= n) {
        continue;
      }
      int best = -1;
      for (int i = 0; i < m; i++) {
        if (!done[i] && !rows.isStoredZero(i, q)
            && (best < 0 || field.compareMagnitude(rows.get(i, q), rows.get(best, q)) > 0)) {
          best = i;
        }
      }
      if (best < 0 || field.signum(rows.get(best, q)) == 0) {
        throw new IllegalStateException("double simplex: basis became singular");
      }
      pivot(best, q);
      done[best] = true;
    }
    pivots = counted;
    priceOut(cost);
  }

  private boolean isBasic(int column) {
    for (int b : basis) {
      if (b == column) {
        return true;
      }
    }
    return false;
  }

  /** Runs both phases. */
  Outcome solve() {
    if (width > n) {
      T[] phaseOneCost = field.zeros(width);
      for (int j = n; j < width; j++) {
        phaseOneCost[j] = field.one();
      }
      priceOut(phaseOneCost);
      Outcome phaseOne = iterate(width, phaseOneCost);
      if (phaseOne != Outcome.OPTIMAL) {
        throw new IllegalStateException("phase 1 cannot be unbounded (bounded below by 0)");
      }
      if (field.signum(rows.get(m, width)) < 0) {
        readDuals(phaseOneCost);
        lastOutcome = Outcome.INFEASIBLE;
        return lastOutcome;
      }
      driveOutArtificials();
    }
    priceOut(phaseTwoCost);
    Outcome outcome = iterate(n, phaseTwoCost);
    readDuals(phaseTwoCost);
    lastOutcome = outcome;
    return outcome;
  }

  private void readDuals(T[] cost) {
    duals = field.zeros(m);
    for (int i = 0; i < m; i++) {
      duals[i] = field.subtract(cost[unitColumn[i]], rows.get(m, unitColumn[i]));
    }
  }

  /** Sets the reduced-cost row to {@code cost - cost_B^T B^-1 A} and {@code -cost_B^T z_B}. */
  private void priceOut(T[] cost) {
    T[] reduced = field.zeros(width + 1);
    System.arraycopy(cost, 0, reduced, 0, width);
    for (int i = 0; i < m; i++) {
      T basicCost = cost[basis[i]];
      if (field.isStoredZero(basicCost)) {
        continue;
      }
      for (int j = 0; j <= width; j++) {
        if (!rows.isStoredZero(i, j)) {
          reduced[j] = field.flush(
              field.subtract(reduced[j], field.multiply(basicCost, rows.get(i, j))));
        }
      }
    }
    for (int i = 0; i < m; i++) {
      reduced[basis[i]] = field.zero();
    }
    for (int j = 0; j <= width; j++) {
      rows.set(m, j, reduced[j]);
    }
  }

  private Outcome iterate(int enteringLimit, T[] cost) {
    degenerateStreak = 0;
    blandMode = false;
    long start = pivots;
    long lastRefactor = pivots;
    while (true) {
      if (!field.isExact() && pivots - lastRefactor >= LpTolerances.DOUBLE_REFACTOR_INTERVAL) {
        refactor(cost);
        lastRefactor = pivots;
      }
      int q = chooseEntering(enteringLimit);
      int r = q < 0 ? -1 : chooseLeaving(q);
      if (q < 0 || r < 0) {
        if (!field.isExact() && pivots != lastRefactor && !basisSearchOnly) {
          refactor(cost);
          lastRefactor = pivots;
          continue;
        }
        if (q < 0) {
          return Outcome.OPTIMAL;
        }
        unboundedColumn = q;
        return Outcome.UNBOUNDED;
      }
      boolean degenerate = field.signum(rows.get(r, width)) == 0;
      pivot(r, q);
      if (degenerate) {
        degenerateStreak++;
        if (degenerateStreak > LpTolerances.DEGENERATE_PIVOTS_BEFORE_BLAND) {
          blandMode = true;
        }
      } else {
        degenerateStreak = 0;
        blandMode = false;
      }
      if (!field.isExact() && pivots - start > iterationLimit) {
        throw new IllegalStateException("double simplex: no convergence after " + iterationLimit
            + " pivots (numerical cycling)");
      }
    }
  }

  private int chooseEntering(int limit) {
    int best = -1;
    T bestValue = field.zero();
    for (int j = 0; j < limit; j++) {
      T reduced = rows.get(m, j);
      if (field.signum(reduced) >= 0) {
        continue;
      }
      if (blandMode) {
        return j;
      }
      if (best < 0 || field.compare(reduced, bestValue) < 0) {
        best = j;
        bestValue = reduced;
      }
    }
    return best;
  }

  /** The right side of row i, with a (rounding-level) negative value read as 0. */
  private T clippedRightSide(int i) {
    T rhs = rows.get(i, width);
    return field.signum(rhs) < 0 ? field.zero() : rhs;
  }

  private int chooseLeaving(int q) {
    if (!field.isExact() && !blandMode) {
      return chooseLeavingHarris(q);
    }
    int best = -1;
    T bestRatio = field.zero();
    for (int i = 0; i < m; i++) {
      T a = rows.get(i, q);
      if (field.signum(a) <= 0) {
        continue;
      }
      T rhs = clippedRightSide(i);
      T ratio = field.divide(rhs, a);
      if (best < 0) {
        best = i;
        bestRatio = ratio;
        continue;
      }
      int order = field.compare(ratio, bestRatio);
      boolean better = order < 0;
      if (order == 0) {
        better = blandMode || field.isExact()
            ? basis[i] < basis[best]
            : field.compareMagnitude(a, rows.get(best, q)) > 0;
      }
      if (better) {
        best = i;
        bestRatio = ratio;
      }
    }
    return best;
  }

  /**
   * Harris' two-pass ratio test (double field): the bound {@code min_i (rhs_i + tol) / a_iq}
   * over {@code a_iq > 0}, then among the rows whose ratio {@code rhs_i / a_iq} is within it the
   * largest pivot {@code a_iq}. Trades a primal infeasibility of at most the tolerance for
   * well-sized pivots.
   */
  private int chooseLeavingHarris(int q) {
    T bound = field.zero();
    boolean any = false;
    T slack = field.feasibilityTolerance();
    for (int i = 0; i < m; i++) {
      T a = rows.get(i, q);
      if (field.signum(a) <= 0) {
        continue;
      }
      T rhs = clippedRightSide(i);
      T ratio = field.divide(field.add(rhs, slack), a);
      if (!any || field.compareExactly(ratio, bound) < 0) {
        bound = ratio;
        any = true;
      }
    }
    if (!any) {
      return -1;
    }
    int best = -1;
    for (int i = 0; i < m; i++) {
      T a = rows.get(i, q);
      if (field.signum(a) <= 0) {
        continue;
      }
      T rhs = clippedRightSide(i);
      if (field.compareExactly(field.divide(rhs, a), bound) <= 0
          && (best < 0 || field.compareMagnitude(a, rows.get(best, q)) > 0)) {
        best = i;
      }
    }
    return best;
  }

  private void driveOutArtificials() {
    for (int r = 0; r < m; r++) {
      if (basis[r] < n) {
        continue;
      }
      int best = -1;
      for (int j = 0; j < n; j++) {
        if (field.signum(rows.get(r, j)) != 0
            && (best < 0 || field.compareMagnitude(rows.get(r, j), rows.get(r, best)) > 0)) {
          best = j;
          if (field.isExact()) {
            break;
          }
        }
      }
      if (best >= 0) {
        pivot(r, best);
      }
    }
  }

  private void pivot(int r, int q) {
    rows.pivot(r, q);
    basis[r] = q;
    pivots++;
  }

  /**
   * After {@link #removePerturbation}: if the basic solution is feasible for the true right side
   * (no basic value below {@code -feasibilityTolerance}, i.e. within the Harris ratio test's
   * allowance), continues phase 2 from the current basis and returns its outcome; otherwise
   * returns null and leaves the tableau unchanged.
   */
  @org.checkerframework.checker.nullness.qual.Nullable Outcome resumeIfFeasible() {
    T allowance = field.negate(field.feasibilityTolerance());
    for (int i = 0; i < m; i++) {
      if (field.compareExactly(rows.get(i, width), allowance) < 0) {
        return null;
      }
    }
    Outcome outcome = iterate(n, phaseTwoCost);
    readDuals(phaseTwoCost);
    lastOutcome = outcome;
    return outcome;
  }

  /** How the last {@link #solve} ended ({@code INFEASIBLE} before any). */
  Outcome lastOutcome() {
    return lastOutcome;
  }

  /** Number of pivots so far. */
  long pivots() {
    return pivots;
  }

  /** The basic solution {@code z} (standard columns only). */
  T[] primal() {
    T[] z = field.zeros(n);
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        T value = rows.get(i, width);
        z[basis[i]] = field.signum(value) < 0 && !field.isExact() ? field.zero() : value;
      }
    }
    return z;
  }

  /**
   * The standard row multipliers of the last phase: optimal duals of phase 2, or after an
   * infeasible phase 1 a Farkas vector ({@code As^T y <= 0}, {@code bs^T y > 0}).
   */
  T[] duals() {
    return duals.clone();
  }

  /** After {@link Outcome#UNBOUNDED}: the improving direction in standard columns. */
  T[] direction() {
    T[] direction = field.zeros(n);
    if (unboundedColumn < 0) {
      throw new IllegalStateException("no unbounded column");
    }
    direction[unboundedColumn] = field.one();
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        direction[basis[i]] = field.negate(rows.get(i, unboundedColumn));
      }
    }
    return direction;
  }

  /** The standard columns in the basis (artificials left out). */
  int[] basicColumns() {
    return Arrays.stream(basis).filter(b -> b < n).toArray();
  }
}
