package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The two sides of the null-space inequalities, exactly: the stable form
 * {@code ||u_S||_1 <= rho ||u_{S_bar}||_1}, the robust form with {@code tau ||A u||_2}, and the
 * error bounds of Theorems C.36 / C.38
 * {@code ||v - u||_1 <= (1 + rho)/(1 - rho) (||v||_1 - ||u||_1 + 2 ||u_{S_bar}||_1)
 * [+ 2 tau/(1 - rho) ||A (v - u)||_2]}. The Euclidean norm is irrational in general; it is
 * enclosed by rational square roots ({@link RationalSquareRoots}, 30 digits), rounded towards the
 * side the caller asks for, so a check decided with the enclosure is a proof.
 *
 * <p>Cost: O(m n) per product, O(n) per norm.
 *
 * <p>Spec: {@code TDR:def-C.35}, {@code TDR:def-C.37}, {@code TDR:thm-C.36},
 * {@code TDR:thm-C.38}.
 */
public final class NullSpaceInequalities {

  private static final int DIGITS = 30;

  private NullSpaceInequalities() {}

  /** {@code ||A u||_2} rounded down ({@code lower = true}) or up. */
  public static BigRational residualNorm(RationalMatrix a, BigRational[] u, boolean lower) {
    BigRational squared = ExactVectors.squaredNorm(a.multiply(u));
    return lower ? RationalSquareRoots.lower(squared, DIGITS)
        : RationalSquareRoots.upper(squared, DIGITS);
  }

  /** {@code rho ||u_{S_bar}||_1 + tau ||A u||_2}, with the norm rounded as asked. */
  public static BigRational robustBound(RationalMatrix a, BigRational[] u, int[] support,
      BigRational rho, BigRational tau, boolean lower) {
    return rho.multiply(SupportSets.norm1Off(u, support))
        .add(tau.multiply(residualNorm(a, u, lower)));
  }

  /** {@code ||v - u||_1}. */
  public static BigRational distance(BigRational[] u, BigRational[] v) {
    return ExactVectors.norm1(ExactVectors.subtract(v, u));
  }

  /** {@code (1 + rho)/(1 - rho) (||v||_1 - ||u||_1 + 2 ||u_{S_bar}||_1)} (Theorem C.36). */
  public static BigRational stableBound(BigRational[] u, BigRational[] v, int[] support,
      BigRational rho) {
    BigRational bracket = ExactVectors.norm1(v).subtract(ExactVectors.norm1(u))
        .add(BigRational.TWO.multiply(SupportSets.norm1Off(u, support)));
    return BigRational.ONE.add(rho).divide(BigRational.ONE.subtract(rho)).multiply(bracket);
  }

  /**
   * The right side of Theorem C.38: {@link #stableBound} plus
   * {@code 2 tau/(1 - rho) ||A (v - u)||_2}, the norm rounded as asked.
   */
  public static BigRational robustErrorBound(RationalMatrix a, BigRational[] u, BigRational[] v,
      int[] support, BigRational rho, BigRational tau, boolean lower) {
    BigRational factor = BigRational.TWO.multiply(tau).divide(BigRational.ONE.subtract(rho));
    return stableBound(u, v, support, rho).add(factor.multiply(
        residualNorm(a, ExactVectors.subtract(v, u), lower)));
  }

  /** {@code u_S} padded with zeros (the restriction of u to S as a vector of length n). */
  public static BigRational[] restrict(BigRational[] u, int[] support) {
    BigRational[] out = ExactVectors.zeros(u.length);
    for (int i : support) {
      out[i] = u[i];
    }
    return out;
  }
}
