package org.tacit.group.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The Lie bracket of LNHW Definition 1, {@code [X, Y](x) := dY(x) X(x) - dX(x) Y(x)} ({@code dY}
 * the Jacobian of {@code Y}), for polynomial vector fields on {@code R^D}, computed two independent
 * ways: symbolically ({@link #of}, a polynomial field) and at a rational point from the evaluated
 * Jacobians ({@link #at}, matrix-vector products).
 *
 * <p>Contract: exact; both fields have the same dimension. Cost of {@link #of}: {@code O(D^2)}
 * polynomial derivatives and products; of {@link #at}: {@code O(D^2)} evaluations and
 * {@code O(D^2)} rational products.
 *
 * <p>Spec: {@code LNHW:def-1}.
 */
public final class LieBracket {

  private LieBracket() {}

  /** {@code [X, Y] = dY X - dX Y} as a polynomial field. */
  public static PolynomialField of(PolynomialField x, PolynomialField y) {
    return y.alongField(x).subtract(x.alongField(y));
  }

  /** {@code [X, Y](point) = dY(point) X(point) - dX(point) Y(point)}, from evaluated Jacobians. */
  public static BigRational[] at(PolynomialField x, PolynomialField y, BigRational[] point) {
    RationalMatrix dx = x.jacobianAt(point);
    RationalMatrix dy = y.jacobianAt(point);
    BigRational[] first = dy.multiply(x.evaluate(point));
    BigRational[] second = dx.multiply(y.evaluate(point));
    BigRational[] bracket = new BigRational[first.length];
    for (int k = 0; k < bracket.length; k++) {
      bracket[k] = first[k].subtract(second[k]);
    }
    return bracket;
  }
}
