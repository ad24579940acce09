package org.tacit.grokking.model;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of the matrix sign dynamics of Lemma C.42 in a known rational singular basis:
 * {@code A^(1) = U diag(sigma) V^T} with {@code U} ({@code n1 x k}) and {@code V}
 * ({@code n2 x k}) with orthonormal columns (e.g. from {@link ExactMatrices#cayley}),
 * {@code sigma_i >= 0}, and the step {@code alpha}.
 *
 * <p>Spec: {@code TDR:lem-C.42}, {@code TDR:eq-102}, {@code TDR:eq-103}.
 *
 * @param left U
 * @param right V
 * @param singularValues sigma (length k, any order, zeros allowed)
 * @param alpha the step
 */
public record MatrixSignInstance(RationalMatrix left, RationalMatrix right,
    List<BigRational> singularValues, BigRational alpha) {

  /** Copies the list. */
  public MatrixSignInstance {
    singularValues = List.copyOf(singularValues);
  }

  /** sigma as an array (a copy). */
  public BigRational[] sigma() {
    return singularValues.toArray(new BigRational[0]);
  }

  /** {@code A^(1) = U diag(sigma) V^T}. */
  public RationalMatrix initialMatrix() {
    return ExactMatrices.diagonalProduct(left, sigma(), right);
  }

  @Override
  public String toString() {
    return left.rows() + "x" + right.rows() + ", sigma=" + singularValues + ", alpha=" + alpha;
  }
}
