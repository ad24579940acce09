package org.tacit.l1rate.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The deviation {@code n = x_inf(alpha) - x*} of a projection from the unique nonnegative l1
 * minimizer, computed directly (issue #4: never by subtracting two nearly equal vectors):
 * {@code n_{S^c} = x_{S^c}} from the projection's logs, and {@code n_S = -B n_{S^c}} with the exact
 * {@code B = A_S^+ A_{S^c} = (A_S^T A_S)^{-1} A_S^T A_{S^c}} (valid because the exact n lies in
 * ker A, so {@code A_S n_S = -A_{S^c} n_{S^c}} is in range(A_S); A_S is injective under
 * Assumption II.1: a kernel vector of A_S would be an element of N with {@code n_{S^c} = 0},
 * excluded by Lemma III.1(i)).
 *
 * <p>Results are natural logs, so they stay meaningful far below {@code 1e-16 ||x*||} and below
 * the double range. Accuracy: the projection's certified relative error on {@code x_{S^c}} times
 * the conditioning of the small product {@code B n_{S^c}}.
 *
 * <p>Spec: the quantity (I.2) of MS ({@code MS:eq-I.2}) and n of {@code MS:lem-III.3}.
 *
 * @param logL1 {@code log ||n||_1}
 * @param logSupportL1 {@code log ||n_S||_1} (-infinity when n_S = 0)
 * @param logOffSupportL1 {@code log ||n_{S^c}||_1}
 */
public record DirectDeviation(double logL1, double logSupportL1, double logOffSupportL1) {

  /**
   * The deviation of the projection with coordinates {@code exp(logX)} (zero where logX is
   * -infinity) from x* with support S.
   *
   * @throws IllegalArgumentException if A_S is not injective (Assumption II.1 fails)
   */
  public static DirectDeviation of(RationalMatrix a, int[] support, double[] logX) {
    int d = a.cols();
    boolean[] inSupport = new boolean[d];
    for (int i : support) {
      inSupport[i] = true;
    }
    int[] off = new int[d - support.length];
    for (int j = 0, k = 0; j < d; j++) {
      if (!inSupport[j]) {
        off[k++] = j;
      }
    }
    RationalMatrix aS = a.selectColumns(support);
    if (aS.rank() != support.length) {
      throw new IllegalArgumentException("A_S is not injective: Assumption II.1 fails");
    }
    double scale = Double.NEGATIVE_INFINITY;
    for (int j : off) {
      scale = Math.max(scale, logX[j]);
    }
    if (scale == Double.NEGATIVE_INFINITY) {
      return new DirectDeviation(scale, scale, scale);
    }
    double offL1 = 0;
    double[] scaledOff = new double[off.length];
    for (int p = 0; p < off.length; p++) {
      scaledOff[p] = Math.exp(logX[off[p]] - scale);
      offL1 += scaledOff[p];
    }
    double supportL1 = 0;
    RationalMatrix transposed = aS.transpose();
    RationalMatrix gram = transposed.multiply(aS);
    BigRational[][] columns = new BigRational[off.length][];
    for (int p = 0; p < off.length; p++) {
      BigRational[] b = gram.solve(transposed.multiply(a.column(off[p]))).particular();
      if (b == null) {
        throw new IllegalStateException("A_S^T A_S is singular although A_S is injective");
      }
      columns[p] = b;
    }
    for (int r = 0; r < support.length; r++) {
      double s = 0;
      for (int p = 0; p < off.length; p++) {
        s -= columns[p][r].doubleValue() * scaledOff[p];
      }
      supportL1 += Math.abs(s);
    }
    return new DirectDeviation(scale + Math.log(offL1 + supportL1),
        supportL1 > 0 ? scale + Math.log(supportL1) : Double.NEGATIVE_INFINITY,
        scale + Math.log(offL1));
  }
}
