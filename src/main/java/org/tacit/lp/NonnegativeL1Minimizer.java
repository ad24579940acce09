package org.tacit.lp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The nonnegative l1 minimizer {@code x* in argmin { ||x||_1 : x >= 0, A x = y }}, i.e. the LP
 * {@code min 1^T x} over the standard-form polyhedron, with an uniqueness decision that is exact
 * in exact mode.
 *
 * <p>Uniqueness (Mangasarian's criterion, proved in {@code proofs-notes/MS/uniqueness.md}): with S
 * the support of an optimal x*, x* is the unique minimizer iff no {@code n != 0} has
 * {@code A n = 0}, {@code n_{S^c} >= 0} and {@code 1^T n <= 0}. Decided by (1) the rank test
 * {@code rank A_S = |S|} (otherwise a kernel vector z of {@code A_S} gives the minimizers
 * {@code x* +- t z}), and (2) the LP {@code v = min 1^T n} over the slice
 * {@link NullSpaceSlice Q}: Q empty means x* is the only feasible point; otherwise unique iff
 * {@code v > 0}. Note {@code v = 1 - rho} (MS (II.1)).
 *
 * <p>Cost: two LPs of size N x d plus an exact rank of {@code A_S}.
 *
 * <p>Spec: {@code MS:def-I.2} (the minimizer), {@code MS:asm-II.1}(c) (uniqueness).
 */
public final class NonnegativeL1Minimizer {

  private NonnegativeL1Minimizer() {}

  /** Solves {@code min ||x||_1 s.t. x >= 0, A x = y} with the given precision. */
  public static L1Solution solve(LinearSystem system, LpPrecision precision) {
    RationalMatrix a = system.a();
    int d = a.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("nonnegative l1");
    for (int j = 0; j < d; j++) {
      builder.addColumn("x" + j, BigRational.ONE);
    }
    BigRational[] y = system.y();
    for (int i = 0; i < a.rows(); i++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int j = 0; j < d; j++) {
        row.put(j, a.get(i, j));
      }
      builder.addRow("eq" + i, row, RowSense.EQUAL, y[i]);
    }
    LpSolver solver = precision.solver();
    LpResult result = solver.solve(builder.build());
    if (result.status() == LpStatus.INFEASIBLE) {
      return L1Solution.noSolution(precision.isExact());
    }
    if (result.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("min 1^T x over x >= 0 cannot be unbounded: " + result);
    }
    BigRational[] ones = new BigRational[d];
    Arrays.fill(ones, BigRational.ONE);
    return L1UniquenessDecision.decide(a, result.x().toArray(new BigRational[0]),
        result.objective(), precision, new L1UniquenessDecision.DirectionProgram() {
          @Override
          public LinearProgram program(boolean[] inSupport, BigRational[] x) {
            return NullSpaceSlice.program(a, inSupport, ones, ObjectiveSense.MINIMIZE, null);
          }

          @Override
          public BigRational gap(BigRational objective) {
            return objective;
          }

          @Override
          public BigRational[] direction(LpResult slice, boolean[] inSupport) {
            return slice.x().toArray(new BigRational[0]);
          }

          @Override
          public String name() {
            return "slice";
          }
        });
  }

  /** The indices with {@code x_i} non-zero (double: beyond the decision tolerance). */
  static int[] support(BigRational[] x, LpPrecision precision) {
    double scale = 0;
    for (BigRational v : x) {
      scale = Math.max(scale, Math.abs(v.doubleValue()));
    }
    int count = 0;
    int[] indices = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (precision.signum(x[i], scale) != 0) {
        indices[count++] = i;
      }
    }
    return Arrays.copyOf(indices, count);
  }

  /** {@code x} with the coordinates outside {@code support} set to exactly zero. */
  static BigRational[] restrictTo(BigRational[] x, int[] support) {
    BigRational[] result = new BigRational[x.length];
    Arrays.fill(result, BigRational.ZERO);
    for (int i : support) {
      result[i] = x[i];
    }
    return result;
  }
}
