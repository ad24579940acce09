package org.tacit.l1rate.model;

import org.tacit.exact.BigRational;

/**
 * The null-space constants of MS Section II for an instance of Assumption II.1, exactly.
 *
 * <p>With {@code S = supp(x*)} and {@code N = {n in ker A : n_{S^c} >= 0}}:
 * {@code rho = sup_{0 != n in N} -sum_S n_i / ||n_{S^c}||_1} (II.1),
 * {@code rhoTilde = sup ||n_S||_1 / ||n_{S^c}||_1} and
 * {@code rhoMinus = sup sum_{i in S, n_i < 0} |n_i| / ||n_{S^c}||_1} (II.2), and
 * {@code kappa = max_S x*_i / min_S x*_i}. The witness m is an element of N with
 * {@code m_{S^c} != 0} attaining the supremum of (II.1): {@code -sum_S m_i = rho ||m_{S^c}||_1}
 * (the m of step (III.6)).
 *
 * <p>Contract: the record stores what a producer (a closed form, or an LP solver) claims; it does
 * not prove the suprema. The checkers of Theorem II.2 verify exactly what can be verified from the
 * record alone (the witness lies in N and attains rho, kappa matches x*, the order
 * {@code rho <= rhoMinus <= rhoTilde}, {@code rho < 1}). Arrays are copied on construction and
 * access; {@code support} is increasing, indices into the columns of A.
 *
 * <p>Spec: {@code MS:eq-II.1}, {@code MS:eq-II.2}, {@code MS:def-II.1}, {@code MS:eq-III.6}.
 *
 * @param support the indices of S, increasing
 * @param xStar the unique nonnegative l1 minimizer x*
 * @param rho the constant of (II.1)
 * @param rhoTilde the first constant of (II.2)
 * @param rhoMinus the second constant of (II.2)
 * @param kappa kappa_* = max_S x* / min_S x*
 * @param witness a maximizer m of (II.1), an element of N
 */
public record RateConstants(int[] support, BigRational[] xStar, BigRational rho,
    BigRational rhoTilde, BigRational rhoMinus, BigRational kappa, BigRational[] witness) {

  /** Compact canonical constructor: copies the arrays. */
  public RateConstants {
    support = support.clone();
    xStar = xStar.clone();
    witness = witness.clone();
  }

  /** The indices of S (a copy). */
  @Override
  public int[] support() {
    return support.clone();
  }

  /** x* (a copy). */
  @Override
  public BigRational[] xStar() {
    return xStar.clone();
  }

  /** The witness m (a copy). */
  @Override
  public BigRational[] witness() {
    return witness.clone();
  }

  /**
   * The constants computed by {@link NullSpaceConstantsSolver} in exact mode, with the rho
   * maximizer as the witness m.
   *
   * @throws IllegalArgumentException if {@code solved} was computed in double precision
   */
  public static RateConstants of(NullSpaceConstants solved) {
    if (!solved.exact()) {
      throw new IllegalArgumentException("Theorem II.2 needs exact constants");
    }
    return new RateConstants(solved.support(), solved.xStar(), solved.rho(), solved.rhoTilde(),
        solved.rhoMinus(), solved.kappa(), solved.rhoWitness());
  }

  /**
   * {@code log C = log(2 (1 + rhoTilde) |S^c| kappa^rhoMinus)} in double: the constant of the
   * hypothesis {@code C eps^(1 - rho) <= 1} of Theorem II.2(b).
   */
  public double logLowerBoundConstant() {
    return Math.log(2 * (1 + rhoTilde.doubleValue()) * offSupport().length)
        + rhoMinus.doubleValue() * Math.log(kappa.doubleValue());
  }

  /** The indices of S^c, increasing. */
  public int[] offSupport() {
    boolean[] inS = new boolean[xStar.length];
    for (int i : support) {
      inS[i] = true;
    }
    int[] out = new int[xStar.length - support.length];
    for (int i = 0, k = 0; i < xStar.length; i++) {
      if (!inS[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** {@code min_S x*_i} (the lambda of the proof of (a)); requires S non-empty. */
  public BigRational minOnSupport() {
    BigRational min = xStar[support[0]];
    for (int i : support) {
      min = min.min(xStar[i]);
    }
    return min;
  }

  /** {@code max_S x*_i = ||x*||_inf} (the lambda of the proof of (b)); requires S non-empty. */
  public BigRational maxOnSupport() {
    BigRational max = xStar[support[0]];
    for (int i : support) {
      max = max.max(xStar[i]);
    }
    return max;
  }

  /** {@code ||m_S||_1 / ||m_{S^c}||_1}, the factor dropped in the printed (III.11). */
  public BigRational witnessRatio() {
    BigRational onS = BigRational.ZERO;
    for (int i : support) {
      onS = onS.add(witness[i].abs());
    }
    BigRational off = BigRational.ZERO;
    for (int i : offSupport()) {
      off = off.add(witness[i].abs());
    }
    return onS.divide(off);
  }
}
