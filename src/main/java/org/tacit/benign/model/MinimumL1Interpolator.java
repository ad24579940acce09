package org.tacit.benign.model;

import java.util.HashMap;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.L1Solution;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.ObjectiveSense;
import org.tacit.lp.SignedL1Minimizer;

/**
 * The minimum-l1 interpolator (basis pursuit) {@code min ||b||_1 s.t. X b = y}: the primal by
 * {@link SignedL1Minimizer} (the project's LP, with its uniqueness decision) and a dual
 * certificate from a separate solve of the dual LP
 * {@code max y^T u s.t. -1 <= (X^T u)_j <= 1}, u free. The two solves are independent, so equal
 * optimal values certify both ({@link MinimumL1Solution#certifies}).
 *
 * <p>Contract: {@code X b = y} must be feasible (X of full row rank suffices), else
 * {@link IllegalArgumentException}. Cost: three LPs (primal, uniqueness, dual) of size
 * {@code O(n d)}; exact mode is meant for small instances.
 *
 * <p>Spec: the min-l1 baseline of {@code ZG:rem-1.1} and {@code ZG:rem-1.3} ({@code ZG:fig-2}).
 */
public final class MinimumL1Interpolator {

  private MinimumL1Interpolator() {}

  /** Solves basis pursuit for {@code X b = y} with its dual certificate. */
  public static MinimumL1Solution solve(RationalMatrix x, BigRational[] y, LpPrecision precision) {
    L1Solution primal = SignedL1Minimizer.solve(new LinearSystem(x, y), precision);
    if (!primal.feasible()) {
      throw new IllegalArgumentException("X b = y has no solution");
    }
    LpResult dual = precision.solver().solve(dualProgram(x, y));
    if (dual.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("the dual of a feasible basis pursuit is bounded: " + dual);
    }
    BigRational[] u = new BigRational[x.rows()];
    for (int i = 0; i < u.length; i++) {
      u[i] = dual.x().get(i);
    }
    return new MinimumL1Solution(primal, u);
  }

  private static LinearProgram dualProgram(RationalMatrix x, BigRational[] y) {
    LinearProgram.Builder builder = LinearProgram.builder().name("basis pursuit dual")
        .sense(ObjectiveSense.MAXIMIZE);
    for (int i = 0; i < x.rows(); i++) {
      builder.addColumn("u" + i, y[i], null, null);
    }
    for (int j = 0; j < x.cols(); j++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int i = 0; i < x.rows(); i++) {
        row.put(i, x.get(i, j));
      }
      builder.addRowWithBounds("col" + j, row, BigRational.ONE.negate(), BigRational.ONE);
    }
    return builder.build();
  }
}
