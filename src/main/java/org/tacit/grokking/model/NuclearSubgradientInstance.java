package org.tacit.grokking.model;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of Lemma C.41: {@code A = U diag(sigma) V^T} and a candidate subgradient
 * {@code H = U diag(h) V^T} in the same rational singular basis ({@code U}: {@code n1 x k},
 * {@code V}: {@code n2 x k}, orthonormal columns). H is in {@code d||A||_*} when
 * {@code h_i = 1} wherever {@code sigma_i > 0} and {@code |h_i| <= 1} wherever
 * {@code sigma_i = 0} (the polar factor plus a W on the complement with {@code ||W||_2 <= 1}).
 *
 * <p>Spec: {@code TDR:lem-C.41}.
 *
 * @param left U
 * @param right V
 * @param singularValues sigma (length k, {@code >= 0})
 * @param subgradientDiagonal h (length k)
 */
public record NuclearSubgradientInstance(RationalMatrix left, RationalMatrix right,
    List<BigRational> singularValues, List<BigRational> subgradientDiagonal) {

  /** Copies the lists. */
  public NuclearSubgradientInstance {
    singularValues = List.copyOf(singularValues);
    subgradientDiagonal = List.copyOf(subgradientDiagonal);
  }

  /** {@code A = U diag(sigma) V^T}. */
  public RationalMatrix matrix() {
    return ExactMatrices.diagonalProduct(left, singularValues.toArray(new BigRational[0]), right);
  }

  /** {@code H = U diag(h) V^T}. */
  public RationalMatrix subgradient() {
    return ExactMatrices.diagonalProduct(left, subgradientDiagonal.toArray(new BigRational[0]),
        right);
  }

  /** Whether {@code h_i = 1} where {@code sigma_i > 0} and {@code |h_i| <= 1} elsewhere. */
  public boolean inSubdifferential() {
    for (int i = 0; i < singularValues.size(); i++) {
      BigRational h = subgradientDiagonal.get(i);
      boolean ok = singularValues.get(i).signum() > 0 ? h.equals(BigRational.ONE)
          : h.abs().compareTo(BigRational.ONE) <= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return left.rows() + "x" + right.rows() + ", sigma=" + singularValues + ", h="
        + subgradientDiagonal;
  }
}
