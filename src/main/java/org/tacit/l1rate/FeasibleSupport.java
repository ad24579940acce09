package org.tacit.l1rate;

import java.util.Arrays;
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

  /** The maximal support of {@code {x >= 0 : A x = y}}. */
  public static FeasibleSupport of(LinearSystem system) {
    int d = system.cols();
    boolean[] mask = new boolean[d];
    BigRational[] sum = new BigRational[d];
    Arrays.fill(sum, BigRational.ZERO);
    int witnesses = 0;
    int programs = 0;
    for (int i = 0; i < d; i++) {
      if (mask[i]) {
        continue;
      }
      LpResult result = new ExactSimplexSolver().solve(program(system, i));
      programs++;
      if (result.status() == LpStatus.INFEASIBLE) {
        throw new IllegalArgumentException("no x >= 0 solves A x = y");
      }
      BigRational optimum = result.objective();
      boolean unbounded = result.status() == LpStatus.UNBOUNDED;
      if (!unbounded && (result.status() != LpStatus.OPTIMAL || optimum == null)) {
        throw new IllegalStateException("LP neither optimal nor unbounded: " + result.status());
      }
      if (unbounded || (optimum != null && optimum.signum() > 0)) {
        witnesses++;
        for (int j = 0; j < d; j++) {
          BigRational v = result.x().get(j);
          if (unbounded) {
            v = v.add(result.ray().get(j));
          }
          sum[j] = sum[j].add(v);
          mask[j] |= v.signum() > 0;
        }
      }
    }
    BigRational[] point = new BigRational[d];
    if (witnesses == 0) {
      LpResult any = new ExactSimplexSolver().solve(program(system, -1));
      programs++;
      for (int j = 0; j < d; j++) {
        point[j] = any.x().get(j);
      }
    } else {
      BigRational count = BigRational.of(witnesses);
      for (int j = 0; j < d; j++) {
        point[j] = sum[j].divide(count);
      }
    }
    return new FeasibleSupport(mask, point, programs);
  }

  /** max x_i s.t. A x = y, 0 <= x (a feasibility problem when i = -1). */
  private static LinearProgram program(LinearSystem system, int i) {
    LinearProgram.Builder builder = LinearProgram.builder().name("max x_" + i)
        .sense(ObjectiveSense.MAXIMIZE);
    for (int j = 0; j < system.cols(); j++) {
      builder.addColumn("x" + j, j == i ? BigRational.ONE : BigRational.ZERO);
    }
    BigRational[] y = system.y();
    for (int r = 0; r < system.rows(); r++) {
      builder.addRow("r" + r, system.a().row(r), RowSense.EQUAL, y[r]);
    }
    return builder.build();
  }
}
