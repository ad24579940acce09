package org.tacit.lp;

import java.util.Arrays;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.FractionFreeSolver;
import org.tacit.exact.TransposeAccumulator;

/**
 * Exact optimality certificate for a candidate basis of a {@link StandardForm} (typically the
 * final basis of the double simplex), without running the exact simplex method.
 *
 * <p>For basic standard columns B (k of them, {@code k <= m}) it solves, exactly and fraction
 * free ({@link FractionFreeSolver}):
 * <ol>
 *   <li>{@code As[:, B] z_B = bs}; requires the columns independent and the system consistent
 *       (every row, redundant ones included, is checked); then requires {@code z_B >= 0};
 *   <li>with R the k pivot rows of step 1 ({@code As[R, B]} non-singular):
 *       {@code As[R, B]^T y_R = cs_B}, {@code y = 0} off R; then requires every reduced cost
 *       {@code cs_j - As[:, j]^T y >= 0}.
 * </ol>
 * If all holds, z is primal feasible, y dual feasible, and complementary slackness holds
 * ({@code z_j > 0} only on B, where the reduced cost is 0 because {@code As[:, B]^T y = cs_B}), so
 * both are optimal. Otherwise the result is null and the caller runs the exact simplex method.
 * The caller still verifies the translated certificate with {@link LpCertificateVerifier}.
 *
 * <p>Cost: two fraction-free solves of size {@code m x k} and {@code k x k} plus one exact
 * pricing pass over the {@code m x n} matrix, against a sequence of full-tableau rational pivots
 * in the simplex method.
 *
 * <p>Spec: no paper item; the exact {@code lp} solver of the design brief (Tacit issue #3).
 */
final class BasisCertifier {

  private BasisCertifier() {}

  /**
   * The optimal result of {@code form}'s program certified from {@code basicColumns} (standard
   * column indices, distinct), or null when that basis is not exactly optimal.
   */
  static @Nullable LpResult certify(StandardForm form, int[] basicColumns) {
    int m = form.numRows();
    int n = form.numColumns();
    int k = basicColumns.length;
    if (k > m) {
      return null;
    }
    BigRational[][] primalMatrix = new BigRational[m][k];
    BigRational[] rightSide = new BigRational[m];
    for (int i = 0; i < m; i++) {
      for (int c = 0; c < k; c++) {
        primalMatrix[i][c] = form.entry(i, basicColumns[c]);
      }
      rightSide[i] = form.rightSide(i);
    }
    FractionFreeSolver.Solution primal = FractionFreeSolver.solve(primalMatrix, rightSide);
    if (primal == null) {
      return null;
    }
    BigRational[] basicValues = primal.x();
    BigRational[] z = RationalField.INSTANCE.zeros(n);
    for (int c = 0; c < k; c++) {
      if (basicValues[c].signum() < 0) {
        return null;
      }
      z[basicColumns[c]] = basicValues[c];
    }
    int[] pivotRows = primal.pivotRows();
    BigRational[][] dualMatrix = new BigRational[k][k];
    BigRational[] basicCost = new BigRational[k];
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < k; r++) {
        dualMatrix[c][r] = form.entry(pivotRows[r], basicColumns[c]);
      }
      basicCost[c] = form.cost(basicColumns[c]);
    }
    FractionFreeSolver.Solution dual = FractionFreeSolver.solve(dualMatrix, basicCost);
    if (dual == null) {
      throw new IllegalStateException("non-singular pivot block became singular (a bug)");
    }
    BigRational[] ys = RationalField.INSTANCE.zeros(m);
    BigRational[] pivotDuals = dual.x();
    for (int r = 0; r < k; r++) {
      ys[pivotRows[r]] = pivotDuals[r];
    }
    TransposeAccumulator pricing = new TransposeAccumulator(ys, n);
    for (int i = 0; i < m; i++) {
      if (pricing.isZero(i)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        pricing.add(i, j, form.entry(i, j));
      }
    }
    for (int j = 0; j < n; j++) {
      if (pricing.compareToSum(j, form.cost(j)) < 0) {
        return null;
      }
    }
    LinearProgram program = form.program();
    BigRational[] x = form.originalPoint(z);
    BigRational[] y = form.originalRowMultipliers(ys, program.sense().sign());
    List<BigRational> none = List.of();
    return new LpResult(LpStatus.OPTIMAL, true, program.objectiveValue(x), Arrays.asList(x),
        Arrays.asList(y), Arrays.asList(ResultTranslation.reducedCosts(program, y)), none, 0);
  }
}
