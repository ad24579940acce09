package org.tacit.l1rate.model;

import org.tacit.exact.BigRational;

/**
 * The MS null-space constants of an instance meeting Assumption II.1, with their maximizers:
 * <pre>
 *   rho    = max { -sum_{i in S} n_i          : n in Q }   (II.1)
 *   rho~   = max { ||n_S||_1                  : n in Q }   (II.2)
 *   rho^-  = max { sum_{i in S, n_i < 0} |n_i| : n in Q }   (II.2)
 *   kappa* = max_S x*_i / min_S x*_i
 * </pre>
 * where {@code Q = {n : A n = 0, n_{S^c} >= 0, 1^T n_{S^c} = 1}} is the slice of the cone N (each
 * ratio of (II.1)/(II.2) equals its numerator on Q). Each witness lies in Q (exactly in exact
 * mode), so {@code ||witness_{S^c}||_1 = 1} and the ratio at the witness is the value.
 *
 * <p>Spec: {@code MS:def-II.1}, {@code MS:eq-II.1}, {@code MS:eq-II.2}.
 *
 * @param exact whether computed exactly
 * @param xStar the nonnegative l1 minimizer
 * @param support S, increasing
 * @param rho rho
 * @param rhoTilde rho~
 * @param rhoMinus rho^-
 * @param kappa kappa*
 * @param rhoWitness a maximizer of (II.1) in Q
 * @param rhoTildeWitness a maximizer of rho~ in Q
 * @param rhoMinusWitness a maximizer of rho^- in Q
 * @param linearPrograms number of LPs solved for the constants (not counting Assumption II.1)
 * @param doublePrecisionOnly how many of them were solved in double precision only (exact mode:
 *     branch-and-bound nodes whose exact values were not needed; 0 in double mode)
 */
public record NullSpaceConstants(
    boolean exact,
    BigRational[] xStar,
    int[] support,
    BigRational rho,
    BigRational rhoTilde,
    BigRational rhoMinus,
    BigRational kappa,
    BigRational[] rhoWitness,
    BigRational[] rhoTildeWitness,
    BigRational[] rhoMinusWitness,
    int linearPrograms,
    int doublePrecisionOnly) {

  /** Copies the arrays. */
  public NullSpaceConstants {
    xStar = xStar.clone();
    support = support.clone();
    rhoWitness = rhoWitness.clone();
    rhoTildeWitness = rhoTildeWitness.clone();
    rhoMinusWitness = rhoMinusWitness.clone();
  }

  /** A copy of x*. */
  @Override
  public BigRational[] xStar() {
    return xStar.clone();
  }

  /** A copy of S. */
  @Override
  public int[] support() {
    return support.clone();
  }

  /** A copy of the rho witness. */
  @Override
  public BigRational[] rhoWitness() {
    return rhoWitness.clone();
  }

  /** A copy of the rho~ witness. */
  @Override
  public BigRational[] rhoTildeWitness() {
    return rhoTildeWitness.clone();
  }

  /** A copy of the rho^- witness. */
  @Override
  public BigRational[] rhoMinusWitness() {
    return rhoMinusWitness.clone();
  }
}
