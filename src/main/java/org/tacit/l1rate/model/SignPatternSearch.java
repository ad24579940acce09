package org.tacit.l1rate.model;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpSolver;
import org.tacit.lp.LpStatus;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.lp.ObjectiveSense;
import org.tacit.lp.ScreenedLinearProgram;

/**
 * Maximizes a separable convex piecewise-linear function of {@code n_S},
 * <pre>
 *   F(n) = sum_{j in S} f_j(n_j),   f_j(t) = pos_j t for t >= 0,  neg_j t for t <= 0  (pos_j >= neg_j),
 * </pre>
 * over the slice Q of {@link NullSpaceSlice} (a polytope when {@code A_S} is injective), exactly
 * in exact mode. {@code rho~} is {@code pos = 1, neg = -1}; {@code rho^-} is
 * {@code pos = 0, neg = -1}. On each closed orthant {@code sigma_j n_j >= 0} F is linear, so
 * {@code max_Q F = max_sigma max { F : n in Q, sigma_j n_j >= 0 }}: one LP per sign pattern
 * ({@link #maximizeByEnumeration}, {@code 2^k} LPs for the k coordinates with
 * {@code pos_j != neg_j}).
 *
 * <p>{@link #maximize} is an exact branch and bound over the same sign patterns: it first computes
 * {@code lo_j = min_Q n_j}, {@code hi_j = max_Q n_j} (2k LPs); a coordinate with
 * {@code lo_j >= 0} or {@code hi_j <= 0} has a fixed sign. A node fixes the signs of some
 * coordinates; its upper bound is the LP maximum of the fixed coordinates' linear pieces plus, for
 * each free coordinate, the secant of {@code f_j} over {@code [lo_j, hi_j]}, which lies above the
 * convex {@code f_j} there. A node is pruned when the bound is at most the best value of F found
 * at any LP solution (exactly, or with {@link org.tacit.lp.L1Tolerances#DECISION} in double). A
 * node with every sign fixed is a single orthant LP, so the search returns the exact maximum and a
 * maximizing vertex. Proof in {@code proofs-notes/MS/null-space-constants.md}.
 *
 * <p>Exact mode screens inner nodes in double precision ({@link ScreenedLinearProgram}): a node
 * whose double bound clearly exceeds the incumbent and whose double point clearly does not improve
 * it is branched on without an exact solve (the branching variable is chosen from the double
 * point). This is safe: such a node is not pruned either way, so its subtree is searched; pruning
 * uses exact bounds only and the incumbent takes exact values at exact LP points only, so the
 * result is the same exact maximum. A node (inner or leaf) that the double solve does not show
 * clearly open is pruned without an exact solve when the exact bound of
 * {@link NullSpaceSliceBound}, from the double duals and the boxes {@code [lo_j, hi_j]}, is at
 * most the incumbent; a bound valid for any multipliers, so again no double number decides
 * anything. All other nodes are solved exactly.
 *
 * <p>Cost: at most {@code 2|S| + 2^(k+1)} LPs; in practice far fewer. The range LPs (all of S in
 * exact mode, for the boxes) are cached per search object, so a second maximization on the same
 * object skips them. Not thread-safe.
 *
 * <p>Spec: {@code MS:eq-II.2}, {@code MS:lem-III.1ii} (attainment).
 */
public final class SignPatternSearch {

  /**
   * The maximum of F over Q with a maximizer.
   *
   * @param value the maximum of F
   * @param witness a point of Q where F attains it
   * @param linearPrograms number of LPs solved
   * @param screenedOnly how many of them were solved in double precision only and branched on
   *     (exact mode: inner nodes whose exact values were not needed)
   * @param prunedByDualBound how many of them were solved in double precision only and pruned by
   *     the exact bound of {@link NullSpaceSliceBound} from their double duals (exact mode)
   */
  public record Result(BigRational value, BigRational[] witness, int linearPrograms,
      int screenedOnly, int prunedByDualBound) {

    /** Copies the witness. */
    public Result {
      witness = witness.clone();
    }

    /** A copy of the witness. */
    @Override
    public BigRational[] witness() {
      return witness.clone();
    }
  }

  private final RationalMatrix a;
  private final boolean[] inSupport;
  private final int[] support;
  private final LpPrecision precision;
  private final LpSolver solver;
  private BigRational[] pos = new BigRational[0];
  private BigRational[] neg = new BigRational[0];
  private BigRational[] slope = new BigRational[0];
  private BigRational[] intercept = new BigRational[0];
  private @Nullable BigRational best;
  private BigRational[] bestPoint = new BigRational[0];
  private int lpCount;
  private final java.util.Map<Integer, Range> ranges = new java.util.HashMap<>();
  /** The double solve of the node being solved exactly next (reused by {@link #solveLp}). */
  private @Nullable ScreenedLinearProgram pending;
  /** The double point of the last node screened {@code OPEN}. */
  private double[] screenedPoint = new double[0];
  private @Nullable NullSpaceSliceBound boxBound;
  private int screenedOnly;
  private int prunedByDualBound;
  private SearchProgress progress = SearchProgress.NONE;
  private String progressName = "F";
  private long lastReport;

  /**
   * A search over the slice of {@code A} at support {@code support}; requires {@code A_S}
   * injective and {@code S^c} non-empty (so that Q is a polytope; Lemma III.1).
   */
  public SignPatternSearch(RationalMatrix a, int[] support, LpPrecision precision) {
    this.a = a;
    this.support = support.clone();
    this.inSupport = NullSpaceSlice.mask(a.cols(), support);
    this.precision = precision;
    this.solver = precision.solver();
  }

  /** The exact maximum of F with slopes {@code pos}, {@code neg} (length d) by branch and bound. */
  public Result maximize(BigRational[] positiveSlopes, BigRational[] negativeSlopes) {
    return maximize(positiveSlopes, negativeSlopes, "F", SearchProgress.NONE);
  }

  /**
   * {@link #maximize(BigRational[], BigRational[])} reporting progress to {@code progress} under
   * the name {@code constant}.
   */
  public Result maximize(BigRational[] positiveSlopes, BigRational[] negativeSlopes,
      String constant, SearchProgress progress) {
    start(positiveSlopes, negativeSlopes);
    this.progress = progress;
    this.progressName = constant;
    this.lastReport = System.nanoTime();
    int d = a.cols();
    int[] signs = new int[d];
    slope = new BigRational[d];
    intercept = new BigRational[d];
    for (int j : support) {
      if (pos[j].equals(neg[j])) {
        slope[j] = pos[j];
        intercept[j] = BigRational.ZERO;
        continue;
      }
      BigRational[] interval = range(j);
      BigRational lo = interval[0];
      BigRational hi = interval[1];
      if (lo.signum() >= 0) {
        signs[j] = 1;
      } else if (hi.signum() <= 0) {
        signs[j] = -1;
      } else {
        slope[j] = f(j, hi).subtract(f(j, lo)).divide(hi.subtract(lo));
        intercept[j] = f(j, lo).subtract(slope[j].multiply(lo));
      }
    }
    if (precision.isExact()) {
      sliceBound();
    }
    branch(signs);
    return finish();
  }

  /** The exact maximum of F by one LP per sign pattern of the non-linear coordinates. */
  public Result maximizeByEnumeration(BigRational[] positiveSlopes, BigRational[] negativeSlopes) {
    start(positiveSlopes, negativeSlopes);
    int[] branching = Arrays.stream(support).filter(j -> !pos[j].equals(neg[j])).toArray();
    int d = a.cols();
    for (long pattern = 0; pattern < (1L << branching.length); pattern++) {
      int[] signs = new int[d];
      BigRational[] cost = zeros(d);
      for (int j : support) {
        cost[j] = pos[j];
      }
      for (int k = 0; k < branching.length; k++) {
        int j = branching[k];
        signs[j] = ((pattern >> k) & 1) == 0 ? 1 : -1;
        cost[j] = signs[j] > 0 ? pos[j] : neg[j];
      }
      solve(cost, signs);
    }
    return finish();
  }

  private void start(BigRational[] positiveSlopes, BigRational[] negativeSlopes) {
    pos = positiveSlopes.clone();
    neg = negativeSlopes.clone();
    for (int j : support) {
      if (pos[j].compareTo(neg[j]) < 0) {
        throw new IllegalArgumentException("f_" + j + " is not convex: pos < neg");
      }
    }
    best = null;
    bestPoint = new BigRational[0];
    lpCount = 0;
    screenedOnly = 0;
    prunedByDualBound = 0;
    progress = SearchProgress.NONE;
  }

  private Result finish() {
    BigRational value = best;
    if (value == null) {
      throw new IllegalStateException("the slice Q is empty: N = {0} (Assumption II.1(b) fails)");
    }
    return new Result(value, bestPoint, lpCount, screenedOnly, prunedByDualBound);
  }

  /** {@code f_j(t)}. */
  private BigRational f(int j, BigRational t) {
    return (t.signum() >= 0 ? pos[j] : neg[j]).multiply(t);
  }

  /** F at n. */
  private BigRational objective(BigRational[] n) {
    BigRational sum = BigRational.ZERO;
    for (int j : support) {
      sum = sum.add(f(j, n[j]));
    }
    return sum;
  }

  /** The range of {@code n_j} over Q with the LP points attaining it. */
  private record Range(BigRational[] lowPoint, BigRational[] highPoint) {}

  /**
   * {@code [min_Q n_j, max_Q n_j]} as {@code {lo, hi}}, computed once per search object (shared by
   * the maximizations run on it, e.g. rho~ and rho^-); the attaining points are offered as
   * candidates on every use, since F differs between runs.
   */
  private BigRational[] range(int j) {
    Range cached = ranges.get(j);
    if (cached == null) {
      cached = new Range(extreme(j, ObjectiveSense.MINIMIZE), extreme(j, ObjectiveSense.MAXIMIZE));
      ranges.put(j, cached);
    }
    offer(cached.lowPoint());
    offer(cached.highPoint());
    return new BigRational[] {cached.lowPoint()[j], cached.highPoint()[j]};
  }

  /** A point of Q minimizing or maximizing {@code n_j}. */
  private BigRational[] extreme(int j, ObjectiveSense sense) {
    BigRational[] cost = zeros(a.cols());
    cost[j] = BigRational.ONE;
    return optimalPoint(solveLp(cost, sense, null));
  }

  private void branch(int[] signs) {
    int d = a.cols();
    BigRational[] cost = zeros(d);
    BigRational constant = BigRational.ZERO;
    boolean leaf = true;
    for (int j : support) {
      if (signs[j] > 0) {
        cost[j] = pos[j];
      } else if (signs[j] < 0) {
        cost[j] = neg[j];
      } else {
        cost[j] = slope[j];
        constant = constant.add(intercept[j]);
        leaf &= pos[j].equals(neg[j]);
      }
    }
    double[] steering = null;
    if (precision.isExact() && best != null) {
      Screen screen = screen(cost, constant, signs, leaf);
      if (screen == Screen.PRUNED) {
        return;
      }
      steering = screen == Screen.OPEN ? screenedPoint : null;
    }
    if (steering == null) {
      BigRational[] n = solve(cost, signs);
      if (n.length == 0) {
        return;
      }
      BigRational bound = RationalVectors.dot(cost, n).add(constant);
      BigRational incumbent = best;
      if (incumbent != null && precision.compare(bound, incumbent) <= 0) {
        return;
      }
      steering = new double[d];
      for (int j = 0; j < d; j++) {
        steering[j] = n[j].doubleValue();
      }
    }
    int chosen = -1;
    double widest = 0;
    for (int j : support) {
      if (signs[j] == 0 && !pos[j].equals(neg[j])) {
        double t = steering[j];
        double gap = slope[j].doubleValue() * t + intercept[j].doubleValue() - f(j, t);
        if (chosen < 0 || gap > widest) {
          chosen = j;
          widest = gap;
        }
      }
    }
    if (chosen < 0) {
      return;
    }
    int first = steering[chosen] >= 0 ? 1 : -1;
    branch(withSign(signs, chosen, first));
    branch(withSign(signs, chosen, -first));
  }

  /** What the double screen of a node decided. */
  private enum Screen {
    /** Branch on at once (inner node, bound clearly above the incumbent); see {@code screenedPoint}. */
    OPEN,
    /** Pruned by an exact bound from the double duals. */
    PRUNED,
    /** No conclusion: solve exactly (from the screen's basis, kept in {@code pending}). */
    EXACT
  }

  /**
   * Exact mode with an incumbent: solves the node's LP in double precision. An inner node whose
   * double bound exceeds the incumbent by more than {@link L1RateTolerances#SCREEN_MARGIN}
   * (relative) and whose double point clearly does not improve the incumbent is {@code OPEN}: no
   * exact number of it is needed (its children are searched either way, and the incumbent only
   * ever takes exact values of exact LP points); its double point is left in
   * {@code screenedPoint}. Otherwise the node (inner or leaf) is {@code PRUNED} when the exact
   * bound of {@link NullSpaceSliceBound} from the double duals is at most the incumbent, exactly.
   * Otherwise, or when the double method fails, {@code EXACT}.
   */
  private Screen screen(BigRational[] cost, BigRational constant, int[] signs, boolean leaf) {
    BigRational incumbent = best;
    ScreenedLinearProgram screened = ScreenedLinearProgram.solve(
        NullSpaceSlice.program(a, inSupport, cost, ObjectiveSense.MAXIMIZE, signs));
    if (incumbent == null || !screened.screened()
        || screened.screenedStatus() != LpStatus.OPTIMAL) {
      pending = screened;
      return Screen.EXACT;
    }
    double incumbentValue = incumbent.doubleValue();
    double margin = L1RateTolerances.SCREEN_MARGIN * Math.max(1.0, Math.abs(incumbentValue));
    double[] n = screened.screenedPoint();
    double value = 0;
    for (int j : support) {
      value += f(j, n[j]);
    }
    double bound = screened.screenedObjective() + constant.doubleValue();
    if (!leaf && bound > incumbentValue + margin && value < incumbentValue - margin) {
      countLinearProgram();
      screenedOnly++;
      screenedPoint = n;
      return Screen.OPEN;
    }
    if (bound <= incumbentValue + margin && sliceBound().bound(cost, constant, signs,
        screened.screenedRowDuals()).compareTo(incumbent) <= 0) {
      countLinearProgram();
      prunedByDualBound++;
      return Screen.PRUNED;
    }
    pending = screened;
    return Screen.EXACT;
  }

  /**
   * The exact slice bound with the boxes {@code [min_Q n_j, max_Q n_j]} on S (the range LPs of
   * every support coordinate, computed once per search object).
   */
  private NullSpaceSliceBound sliceBound() {
    NullSpaceSliceBound cached = boxBound;
    if (cached == null) {
      BigRational[] lower = zeros(a.cols());
      BigRational[] upper = zeros(a.cols());
      for (int j : support) {
        BigRational[] interval = range(j);
        lower[j] = interval[0];
        upper[j] = interval[1];
      }
      cached = new NullSpaceSliceBound(a, support, lower, upper);
      boxBound = cached;
    }
    return cached;
  }

  /** {@code f_j(t)} in double precision (steering only). */
  private double f(int j, double t) {
    return (t >= 0 ? pos[j] : neg[j]).doubleValue() * t;
  }

  private static int[] withSign(int[] signs, int j, int sign) {
    int[] child = signs.clone();
    child[j] = sign;
    return child;
  }

  /**
   * Maximizes {@code cost^T n} over Q with the given sign restrictions; offers the optimal point
   * and returns it, or an empty array when the restricted slice is empty.
   */
  private BigRational[] solve(BigRational[] cost, int[] signs) {
    LpResult result = solveLp(cost, ObjectiveSense.MAXIMIZE, signs);
    if (result.status() == LpStatus.INFEASIBLE) {
      return new BigRational[0];
    }
    BigRational[] n = optimalPoint(result);
    offer(n);
    return n;
  }

  private LpResult solveLp(BigRational[] cost, ObjectiveSense sense, int @Nullable [] signs) {
    countLinearProgram();
    ScreenedLinearProgram screened = pending;
    pending = null;
    if (screened != null) {
      return screened.exact();
    }
    return solver.solve(NullSpaceSlice.program(a, inSupport, cost, sense, signs));
  }

  /** Counts one LP and reports progress when an interval has passed since the last report. */
  private void countLinearProgram() {
    lpCount++;
    BigRational incumbent = best;
    if (incumbent != null && progress != SearchProgress.NONE) {
      long now = System.nanoTime();
      if (now - lastReport >= progress.intervalNanos()) {
        lastReport = now;
        progress.report(progressName, lpCount, incumbent.doubleValue());
      }
    }
  }

  private static BigRational[] optimalPoint(LpResult result) {
    if (result.status() == LpStatus.INFEASIBLE) {
      throw new IllegalStateException("the slice Q is empty: N = {0} (Assumption II.1(b) fails)");
    }
    if (result.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("the slice Q is unbounded: A_S is not injective");
    }
    return result.x().toArray(new BigRational[0]);
  }

  private void offer(BigRational[] n) {
    BigRational value = objective(n);
    BigRational incumbent = best;
    if (incumbent == null || value.compareTo(incumbent) > 0) {
      best = value;
      bestPoint = n;
    }
  }

  private static BigRational[] zeros(int d) {
    BigRational[] z = new BigRational[d];
    Arrays.fill(z, BigRational.ZERO);
    return z;
  }
}
