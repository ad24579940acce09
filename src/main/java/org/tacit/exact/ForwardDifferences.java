package org.tacit.exact;

/**
 * Exact derivatives of polynomials from their values: if {@code f} is a polynomial of degree at
 * most {@code d} and {@code values[k] = f(k)} for {@code k = 0..d}, then, by Newton's forward
 * formula {@code f(t) = sum_j C(t, j) Delta^j f(0)} and {@code d/dt C(t, j) |_{t=0} =
 * (-1)^{j-1} / j}, {@code f'(0) = sum_{j=1}^{d} (-1)^{j-1} Delta^j f(0) / j} exactly.
 *
 * <p>Contract: exact; O(d^2) additions. The result is the derivative of the interpolating
 * polynomial of the values, so it equals {@code f'(0)} exactly only when {@code deg f <= d}. Used
 * as an oracle independent of any closed-form gradient.
 */
public final class ForwardDifferences {

  private ForwardDifferences() {}

  /** {@code f'(0)} from {@code values[k] = f(k)}, {@code k = 0..d}, {@code d >= 1}. */
  public static BigRational derivativeAtZero(BigRational[] values) {
    if (values.length < 2) {
      throw new IllegalArgumentException("need at least two values");
    }
    BigRational[] differences = values.clone();
    BigRational derivative = BigRational.ZERO;
    for (int j = 1; j < values.length; j++) {
      for (int k = 0; k < values.length - j; k++) {
        differences[k] = differences[k + 1].subtract(differences[k]);
      }
      BigRational term = differences[0].divide(BigRational.of(j));
      derivative = j % 2 == 1 ? derivative.add(term) : derivative.subtract(term);
    }
    return derivative;
  }
}
