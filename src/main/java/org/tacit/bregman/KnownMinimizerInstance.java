package org.tacit.bregman;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of MS Assumption II.1 whose unique nonnegative l1 minimiser x* is known by design,
 * with the certificates that prove it.
 *
 * <p>Contract (guaranteed by {@link ProjectionFamilies#knownMinimizer}, checked exactly by the
 * tests): {@code A x* = y}, {@code x* >= 0} with support S; {@code A_S} is injective; the dual
 * certificate mu satisfies {@code A_S^T mu = 1} and {@code a_j^T mu < 1} for j outside S (so x* is
 * the unique minimiser of {@code 1^T x} over {@code {x >= 0, A x = y}} by strict complementary
 * slackness); {@code kernelDirection} lies in N = {n in ker A : n_{S^c} >= 0} with
 * {@code n_{S^c} > 0}; {@code positiveFeasiblePoint = x* + eps kernelDirection} is strictly
 * positive, so the maximal support is [d] and the problem's mask is all true. Arrays are copied.
 *
 * <p>Spec: {@code MS:asm-II.1} instances (x*, S as in Section II).
 *
 * @param problem the projection problem (mask all true)
 * @param minimizer x*
 * @param dualCertificate mu
 * @param kernelDirection an element of N with positive off-support part
 * @param positiveFeasiblePoint a strictly positive feasible point
 */
public record KnownMinimizerInstance(EntropyProjectionProblem problem, BigRational[] minimizer,
    BigRational[] dualCertificate, BigRational[] kernelDirection,
    BigRational[] positiveFeasiblePoint) {

  /** Compact canonical constructor: copies the arrays. */
  public KnownMinimizerInstance {
    minimizer = minimizer.clone();
    dualCertificate = dualCertificate.clone();
    kernelDirection = kernelDirection.clone();
    positiveFeasiblePoint = positiveFeasiblePoint.clone();
  }

  /** x* (a copy). */
  @Override
  public BigRational[] minimizer() {
    return minimizer.clone();
  }

  /** mu (a copy). */
  @Override
  public BigRational[] dualCertificate() {
    return dualCertificate.clone();
  }

  /** The element of N (a copy). */
  @Override
  public BigRational[] kernelDirection() {
    return kernelDirection.clone();
  }

  /** The strictly positive feasible point (a copy). */
  @Override
  public BigRational[] positiveFeasiblePoint() {
    return positiveFeasiblePoint.clone();
  }

  /** Whether coordinate i lies in S = supp(x*). */
  public boolean inSupport(int i) {
    return minimizer[i].signum() != 0;
  }

  /** The indices of S, increasing. */
  public int[] support() {
    return indices(true);
  }

  /** The indices of S^c, increasing. */
  public int[] offSupport() {
    return indices(false);
  }

  private int[] indices(boolean inS) {
    int count = 0;
    for (BigRational v : minimizer) {
      count += (v.signum() != 0) == inS ? 1 : 0;
    }
    int[] out = new int[count];
    for (int i = 0, k = 0; i < minimizer.length; i++) {
      if ((minimizer[i].signum() != 0) == inS) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** The off-support levels {@code gamma_j = a_j^T mu} for j in S^c, in the order of offSupport(). */
  public BigRational[] offSupportLevels() {
    RationalMatrix at = problem.a().transpose();
    int[] off = offSupport();
    BigRational[] levels = new BigRational[off.length];
    for (int p = 0; p < off.length; p++) {
      BigRational s = BigRational.ZERO;
      BigRational[] column = at.row(off[p]);
      for (int j = 0; j < column.length; j++) {
        s = s.add(column[j].multiply(dualCertificate[j]));
      }
      levels[p] = s;
    }
    return levels;
  }

  /**
   * {@code B = A_S^+ A_{S^c} = (A_S^T A_S)^-1 A_S^T A_{S^c}} exactly ({@code |S| x |S^c|}): for n in
   * ker A, {@code n_S = -B n_{S^c}}. Requires A_S injective (guaranteed by construction).
   */
  public RationalMatrix offSupportMap() {
    RationalMatrix as = problem.a().selectColumns(support());
    RationalMatrix asc = problem.a().selectColumns(offSupport());
    RationalMatrix ast = as.transpose();
    return ast.multiply(as).inverse().multiply(ast).multiply(asc);
  }
}
