package org.tacit.group.model;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The instance of LNHW Definition 1's property checks: three polynomial vector fields
 * {@code X, Y, Z}, two square matrices {@code A, B} (for the linear fields {@code x -> Ax},
 * {@code x -> Bx}) and a rational point {@code x}.
 *
 * <p>Contract: immutable; the dimensions are not required to agree here — whether all live in one
 * {@code R^D} is the checker's hypothesis.
 *
 * <p>Spec: {@code LNHW:def-1}.
 *
 * @param x the field X
 * @param y the field Y
 * @param z the field Z
 * @param a the matrix A
 * @param b the matrix B
 * @param point the point x
 */
public record VectorFieldTriple(PolynomialField x, PolynomialField y, PolynomialField z,
    RationalMatrix a, RationalMatrix b, List<BigRational> point) {

  /** Copies the point. */
  public VectorFieldTriple {
    point = List.copyOf(point);
  }

  /** The point as an array. */
  public BigRational[] pointArray() {
    return point.toArray(new BigRational[0]);
  }

  /** Whether X, Y, Z, A, B and the point all live in one {@code R^D}. */
  public boolean sameDimension() {
    int d = x.dimension();
    return y.dimension() == d && z.dimension() == d && a.rows() == d && a.cols() == d
        && b.rows() == d && b.cols() == d && point.size() == d;
  }
}
