package org.tacit.l1rate.model;

import java.util.HashMap;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.lp.ExactSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.ObjectiveSense;
import org.tacit.lp.RowSense;

/**
 * The maximal support of {@code {x >= 0 : A x = y}}, exactly: the coordinates i for which some
 * feasible x has {@code x_i > 0} (MS Lemma III.2 says the Bregman minimizer is positive on exactly
 * these; the entropy projection removes the others first).
 *
 * <p>Method: for each coordinate not yet known to be positive, the exact LP
 * {@code max x_i s.t. A x = y, 0 <= x}. Its optimum is 0 exactly when {@code x_i = 0} on the whole
 * feasible set (the exact solver verifies the dual certificate before returning); a positive
 * optimum gives a feasible witness, and so does an unbounded one (the feasible point plus the
 * certified ray r, which has {@code A r = 0}, {@code r >= 0}, {@code r_i > 0}); every coordinate
 * positive in a witness needs no LP of its own. The average of the witnesses is feasible (a convex combination) and positive on
 * the whole maximal support: {@link #interiorPoint}.
 *
 * <p>Cost: at most d exact LPs (usually far fewer). Throws {@link IllegalArgumentException} when
 * the feasible set is empty.
 *
 * <p>Spec: {@code MS:lem-III.2}.
 *
 * @param mask true at the coordinates of the maximal support
 * @param interiorPoint a feasible point, positive exactly on the mask
 * @param linearPrograms number of LPs solved
 */
public record FeasibleSupport(boolean[] mask, BigRational[] interiorPoint, int linearPrograms) {

  /** Copies the arrays. */
  public FeasibleSupport {
    mask = mask.clone();
    interiorPoint = interiorPoint.clone();
  }

  /** A copy of the mask. */
  @Override
  public boolean[] mask() {
    return mask.clone();
  }

  /** A copy of the interior point. */
  @Override
  public BigRational[] interiorPoint() {
    return interiorPoint.clone();
  }

  /**
   * The maximal support of {@code {x >= 0 : A x = y}}.
   *
   * @throws IllegalArgumentException if no {@code x >= 0} solves {@code A x = y}
   */
  public static FeasibleSupport of(LinearSystem system) {
    int d = system.cols();
    LpResult result = new ExactSimplexSolver().solve(program(system));
    if (result.status() == LpStatus.INFEASIBLE) {
      throw new IllegalArgumentException("no x >= 0 solves A x = y");
    }
    BigRational optimum = result.objective();
    if (result.status() != LpStatus.OPTIMAL || optimum == null) {
      throw new IllegalStateException("bounded LP not optimal: " + result.status());
    }
    boolean[] mask = new boolean[d];
    BigRational[] point = new BigRational[d];
    BigRational scale = result.x().get(2 * d);
    int count = 0;
    for (int j = 0; j < d; j++) {
      BigRational t = result.x().get(d + j);
      if (t.signum() > 0 && !t.equals(BigRational.ONE)) {
        throw new IllegalStateException("fractional t_" + j + " = " + t + " at the optimum");
      }
      mask[j] = t.signum() > 0;
      count += mask[j] ? 1 : 0;
      point[j] = result.x().get(j).divide(scale);
    }
    if (!optimum.equals(BigRational.of(count))) {
      throw new IllegalStateException("optimum " + optimum + " != |support| " + count);
    }
    return new FeasibleSupport(mask, point, 1);
  }

  /**
   * {@code max 1^T t s.t. A z = s y, z >= t, 0 <= t <= 1, s >= 1} over {@code (z, t, s)}.
   */
  private static LinearProgram program(LinearSystem system) {
    int d = system.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("maximal support")
        .sense(ObjectiveSense.MAXIMIZE);
    for (int j = 0; j < d; j++) {
      builder.addColumn("z" + j, BigRational.ZERO);
    }
    for (int j = 0; j < d; j++) {
      builder.addColumn("t" + j, BigRational.ONE, BigRational.ZERO, BigRational.ONE);
    }
    int s = builder.addColumn("s", BigRational.ZERO, BigRational.ONE, null);
    BigRational[] y = system.y();
    for (int r = 0; r < system.rows(); r++) {
      Map<Integer, BigRational> row = new HashMap<>();
      BigRational[] a = system.a().row(r);
      for (int j = 0; j < d; j++) {
        if (!a[j].isZero()) {
          row.put(j, a[j]);
        }
      }
      if (!y[r].isZero()) {
        row.put(s, y[r].negate());
      }
      builder.addRow("r" + r, row, RowSense.EQUAL, BigRational.ZERO);
    }
    for (int j = 0; j < d; j++) {
      builder.addRow("z" + j + ">=t" + j, Map.of(j, BigRational.ONE, d + j, BigRational.MINUS_ONE),
          RowSense.GREATER_OR_EQUAL, BigRational.ZERO);
    }
    return builder.build();
  }
}
