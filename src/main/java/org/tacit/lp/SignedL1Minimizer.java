package org.tacit.lp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The signed l1 minimizer {@code x* in argmin { ||x||_1 : A x = y }} (basis pursuit), solved as the
 * LP {@code min 1^T (p + q) s.t. A (p - q) = y, p, q >= 0} with {@code x = p - q}, and an
 * uniqueness decision that is exact in exact mode.
 *
 * <p>Uniqueness (proved in {@code proofs-notes/MS/uniqueness.md}): with S the support and
 * {@code s = sign(x*_S)}, x* is unique iff the directional derivative
 * {@code s^T h_S + ||h_{S^c}||_1} is positive for every {@code h in ker A \ {0}}. Decided by the
 * rank test {@code rank A_S = |S|} and the LP
 * {@code v = min { s^T h_S : A_S h_S + A_{S^c}(u - w) = 0, u, w >= 0, 1^T (u + w) = 1 }}: infeasible
 * means {@code ker A = {0}}; otherwise unique iff {@code v > -1} (the gap {@code v + 1} is
 * positive).
 *
 * <p>Cost: two LPs with 2d and d + |S^c| columns plus an exact rank of {@code A_S}.
 *
 * <p>Spec: no numbered paper item (the signed l1 problem of MS's introduction and of issue #3);
 * cited with {@code MS:def-I.2} for the nonnegative variant.
 */
public final class SignedL1Minimizer {

  private SignedL1Minimizer() {}

  /** Solves {@code min ||x||_1 s.t. A x = y} with the given precision. */
  public static L1Solution solve(LinearSystem system, LpPrecision precision) {
    RationalMatrix a = system.a();
    int d = a.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("signed l1");
    for (int j = 0; j < d; j++) {
      builder.addColumn("p" + j, BigRational.ONE);
    }
    for (int j = 0; j < d; j++) {
      builder.addColumn("q" + j, BigRational.ONE);
    }
    BigRational[] y = system.y();
    for (int i = 0; i < a.rows(); i++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int j = 0; j < d; j++) {
        row.put(j, a.get(i, j));
        row.put(d + j, a.get(i, j).negate());
      }
      builder.addRow("eq" + i, row, RowSense.EQUAL, y[i]);
    }
    LpSolver solver = precision.solver();
    LpResult result = solver.solve(builder.build());
    if (result.status() == LpStatus.INFEASIBLE) {
      return L1Solution.noSolution(precision.isExact());
    }
    if (result.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("min ||x||_1 cannot be unbounded: " + result);
    }
    BigRational[] x = new BigRational[d];
    for (int j = 0; j < d; j++) {
      x[j] = result.x().get(j).subtract(result.x().get(d + j));
    }
    return L1UniquenessDecision.decide(a, x, result.objective(), precision,
        new L1UniquenessDecision.DirectionProgram() {
          @Override
          public LinearProgram program(boolean[] inSupport, BigRational[] minimizer) {
            return directionProgram(a, minimizer, inSupport);
          }

          @Override
          public BigRational gap(BigRational objective) {
            return objective.add(BigRational.ONE);
          }

          @Override
          public BigRational[] direction(LpResult slice, boolean[] inSupport) {
            return SignedL1Minimizer.direction(slice, d, inSupport);
          }

          @Override
          public String name() {
            return "direction LP";
          }
        });
  }

  /**
   * Columns: {@code h_j} for j in S (free, cost sign(x_j)), then {@code u_j, w_j >= 0} for each j
   * outside S; rows {@code A_S h + A_{S^c}(u - w) = 0} and {@code 1^T(u + w) = 1}.
   */
  private static LinearProgram directionProgram(RationalMatrix a, BigRational[] x,
      boolean[] inSupport) {
    int d = a.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("signed l1 directions");
    int[] plus = new int[d];
    int[] minus = new int[d];
    for (int j = 0; j < d; j++) {
      if (inSupport[j]) {
        plus[j] = builder.addColumn("h" + j, BigRational.of(x[j].signum()), null, null);
        minus[j] = -1;
      } else {
        plus[j] = builder.addColumn("u" + j, BigRational.ZERO);
        minus[j] = builder.addColumn("w" + j, BigRational.ZERO);
      }
    }
    for (int i = 0; i < a.rows(); i++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int j = 0; j < d; j++) {
        row.put(plus[j], a.get(i, j));
        if (minus[j] >= 0) {
          row.put(minus[j], a.get(i, j).negate());
        }
      }
      builder.addRow("ker" + i, row, RowSense.EQUAL, BigRational.ZERO);
    }
    Map<Integer, BigRational> normalization = new HashMap<>();
    for (int j = 0; j < d; j++) {
      if (!inSupport[j]) {
        normalization.put(plus[j], BigRational.ONE);
        normalization.put(minus[j], BigRational.ONE);
      }
    }
    builder.addRow("normalization", normalization, RowSense.EQUAL, BigRational.ONE);
    return builder.build();
  }

  /** The direction {@code h = (h_S, u - w)} from the direction LP's solution. */
  private static BigRational[] direction(LpResult slice, int d, boolean[] inSupport) {
    BigRational[] h = new BigRational[d];
    Arrays.fill(h, BigRational.ZERO);
    int column = 0;
    for (int j = 0; j < d; j++) {
      if (inSupport[j]) {
        h[j] = slice.x().get(column++);
      } else {
        h[j] = slice.x().get(column).subtract(slice.x().get(column + 1));
        column += 2;
      }
    }
    return h;
  }
}
