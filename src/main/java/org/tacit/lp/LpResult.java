package org.tacit.lp;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * The result of an {@link LpSolver} with its certificate, stated in terms of the ORIGINAL model
 * (rows {@code rowLower <= A x <= rowUpper}, bounds {@code lower <= x <= upper}, objective sense
 * as given), so that anyone can check it with {@link LpCertificateVerifier}:
 * <ul>
 *   <li>{@link LpStatus#OPTIMAL}: {@code x} primal feasible; row duals {@code y} and reduced costs
 *       {@code d = c - A^T y} dual feasible: for a minimization {@code y_i > 0} only if the row has
 *       a finite lower bound, {@code y_i < 0} only if it has a finite upper bound, and likewise
 *       {@code d_j} against the column bounds (signs reversed for a maximization); and
 *       {@code c^T x + c0} equals the dual objective
 *       {@code c0 + sum_i (y_i^+ rowLower_i - y_i^- rowUpper_i) + sum_j (d_j^+ lower_j - d_j^- upper_j)}.
 *   <li>{@link LpStatus#INFEASIBLE}: a Farkas vector {@code y} (in {@link #rowDuals}) with
 *       {@code d = -A^T y} (in {@link #reducedCosts}) meeting the sign conditions above and with
 *       {@code sum_i (y_i^+ rowLower_i - y_i^- rowUpper_i) + sum_j (d_j^+ lower_j - d_j^- upper_j) > 0};
 *       since {@code y^T A x + d^T x = 0} is at least that sum for every {@code x} within the
 *       bounds, no feasible {@code x} exists.
 *   <li>{@link LpStatus#UNBOUNDED}: a feasible point {@code x} and a ray {@code r} with
 *       {@code (A r)_i >= 0} where {@code rowLower_i} is finite, {@code <= 0} where
 *       {@code rowUpper_i} is finite, the same for {@code r_j} against the column bounds, and
 *       {@code c^T r < 0} for a minimization ({@code > 0} for a maximization).
 * </ul>
 * Values are exact rationals; for the double solver they are the exact values of its doubles.
 * Empty lists stand for parts that a status does not use.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 *
 * @param status the outcome
 * @param exact whether the solver worked in exact arithmetic
 * @param objective the optimal value {@code c^T x + c0} (null unless optimal)
 * @param x the optimal point, or the feasible point of an unbounded program
 * @param rowDuals the row duals {@code y} (optimal) or the Farkas vector (infeasible)
 * @param reducedCosts {@code c - A^T y} (optimal) or {@code -A^T y} (infeasible)
 * @param ray the improving ray (unbounded)
 * @param pivots number of simplex pivots
 */
public record LpResult(
    LpStatus status,
    boolean exact,
    @Nullable BigRational objective,
    List<BigRational> x,
    List<BigRational> rowDuals,
    List<BigRational> reducedCosts,
    List<BigRational> ray,
    long pivots) {

  /** Compact canonical constructor: copies the lists. */
  public LpResult {
    x = List.copyOf(x);
    rowDuals = List.copyOf(rowDuals);
    reducedCosts = List.copyOf(reducedCosts);
    ray = List.copyOf(ray);
  }

  /** The objective as a double, NaN when not optimal. */
  public double objectiveValue() {
    BigRational value = objective;
    return value == null ? Double.NaN : value.doubleValue();
  }

  /** {@link #x} rounded to doubles. */
  public double[] xValues() {
    return x.stream().mapToDouble(BigRational::doubleValue).toArray();
  }
}
