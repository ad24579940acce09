package org.tacit.l1rate.model;

import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.lp.RowSense;

/**
 * The LP dual of the rho LP, an independent route to rho:
 * <pre>
 *   rho = min { t : A_S^T mu = 1_S,  a_j^T mu <= t for every j in S^c }   (mu in R^N, t free)
 * </pre>
 * (dualize {@code max -1_S^T n_S} subject to {@code A_S n_S + A_{S^c} w = 0}, {@code 1^T w = 1},
 * {@code w >= 0}: the multiplier mu of the kernel rows must make the free {@code n_S} drop out, and
 * t is the multiplier of the normalization). A mu with {@code A_S^T mu = 1_S} is a dual
 * certificate of x*; {@code 1 - rho} is the best margin {@code min_j (1 - a_j^T mu)} off the
 * support. Derivation in {@code proofs-notes/MS/null-space-constants.md}.
 *
 * <p>Spec: {@code MS:eq-II.1}.
 */
public final class RhoDual {

  private RhoDual() {}

  /** The dual optimum, or null when the dual is infeasible or unbounded. */
  public static @Nullable BigRational value(RationalMatrix a, int[] support, LpPrecision precision) {
    int rows = a.rows();
    int d = a.cols();
    boolean[] inSupport = org.tacit.lp.NullSpaceSlice.mask(d, support);
    LinearProgram.Builder builder = LinearProgram.builder().name("rho dual");
    for (int k = 0; k < rows; k++) {
      builder.addColumn("mu" + k, BigRational.ZERO, null, null);
    }
    int t = builder.addColumn("t", BigRational.ONE, null, null);
    for (int j = 0; j < d; j++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int k = 0; k < rows; k++) {
        row.put(k, a.get(k, j));
      }
      if (inSupport[j]) {
        builder.addRow("support" + j, row, RowSense.EQUAL, BigRational.ONE);
      } else {
        row.put(t, BigRational.MINUS_ONE);
        builder.addRow("off" + j, row, RowSense.LESS_OR_EQUAL, BigRational.ZERO);
      }
    }
    LpResult result = precision.solver().solve(builder.build());
    return result.status() == LpStatus.OPTIMAL ? result.objective() : null;
  }
}
