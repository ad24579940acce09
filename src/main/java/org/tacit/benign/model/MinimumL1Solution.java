package org.tacit.benign.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.lp.L1Solution;

/**
 * A minimum-l1 interpolator {@code beta in argmin { ||b||_1 : X b = y }} with a dual certificate
 * u: if {@code X beta = y}, {@code ||X^T u||_inf <= 1} and {@code y^T u = ||beta||_1}, then beta
 * is optimal, since every interpolator b has
 * {@code ||b||_1 >= u^T X b = u^T y = ||beta||_1} (weak duality).
 *
 * <p>Spec: the min-l1 baseline of {@code ZG:rem-1.1} (its second claim) and {@code ZG:rem-1.3}.
 *
 * @param primal the minimizer and its uniqueness decision ({@link L1Solution})
 * @param dual the dual point u (length n), from an independent solve of the dual LP
 */
public record MinimumL1Solution(L1Solution primal, BigRational[] dual) {

  /** Copies the dual point. */
  public MinimumL1Solution {
    dual = dual.clone();
  }

  /** A copy of the dual point. */
  @Override
  public BigRational[] dual() {
    return dual.clone();
  }

  /**
   * Checks the certificate exactly against X and y: primal feasibility {@code X beta = y}, dual
   * feasibility {@code ||X^T u||_inf <= 1} and equal objectives {@code y^T u = ||beta||_1}. In
   * double mode the values are the exact values of the solver's doubles, so the check may fail by
   * rounding; use it exactly on exact solutions.
   */
  public boolean certifies(RationalMatrix x, BigRational[] y) {
    BigRational[] beta = primal.x();
    if (beta.length != x.cols() || dual.length != x.rows()) {
      return false;
    }
    BigRational[] fitted = x.multiply(beta);
    for (int i = 0; i < y.length; i++) {
      if (!fitted[i].equals(y[i])) {
        return false;
      }
    }
    return RationalVectors.normInf(x.transpose().multiply(dual)).compareTo(BigRational.ONE) <= 0
        && RationalVectors.dot(y, dual).equals(RationalVectors.norm1(beta));
  }
}
