package org.tacit.grokking.model;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of Lemma C.43: {@code A = U diag(sigma) V^T} and {@code A* = U B V^T} with
 * {@code U} ({@code n1 x k}), {@code V} ({@code n2 x k}) with orthonormal columns,
 * {@code sigma} (length k) and {@code B} ({@code k x k}), all rational.
 *
 * <p>Spec: {@code TDR:lem-C.43}.
 *
 * @param left U
 * @param right V
 * @param singularValues sigma
 * @param core B
 */
public record SharedBasisInstance(RationalMatrix left, RationalMatrix right,
    List<BigRational> singularValues, RationalMatrix core) {

  /** Copies the list. */
  public SharedBasisInstance {
    singularValues = List.copyOf(singularValues);
  }

  /** {@code A = U diag(sigma) V^T}. */
  public RationalMatrix matrix() {
    return ExactMatrices.diagonalProduct(left, singularValues.toArray(new BigRational[0]), right);
  }

  /** {@code A* = U B V^T}. */
  public RationalMatrix target() {
    return left.multiply(core).multiply(right.transpose());
  }

  /** {@code Sigma - B}. */
  public RationalMatrix coreDifference() {
    int k = singularValues.size();
    BigRational[][] d = new BigRational[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        d[i][j] = (i == j ? singularValues.get(i) : BigRational.ZERO).subtract(core.get(i, j));
      }
    }
    return RationalMatrix.of(d);
  }

  @Override
  public String toString() {
    return left.rows() + "x" + right.rows() + ", sigma=" + singularValues + ", B=" + core;
  }
}
