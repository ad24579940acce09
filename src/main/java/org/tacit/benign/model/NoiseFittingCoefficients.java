package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * The coefficients {@code b_t} of (3) and {@code a_t} of (4) by their recursions (Section 4),
 * {@code b_{t+1} = b_t - (eta d/n)(b_t - 1/n)}, {@code a_{t+1} = a_t - eta (b_t - 1/n)},
 * {@code a_0 = b_0 = 0} (the start values are not printed; they are implied by {@code v^(0) = 0}),
 * and their closed forms {@code b_t = (1 - q^t)/n}, {@code a_t = (1 - q^t)/d}, {@code q = 1 - eta
 * d/n} (Lemmas 5.4, B.2, B.3).
 *
 * <p>Contract: exact; {@code t >= 0}; the recursions cost O(t) rational operations.
 *
 * <p>Spec: {@code ZG:eq-3}, {@code ZG:eq-4}, {@code ZG:rem-B.6}.
 *
 * @param eta the step size
 * @param samples {@code n}
 * @param dimension {@code d}
 */
public record NoiseFittingCoefficients(BigRational eta, int samples, int dimension) {

  /** {@code b_t} by the recursion of (3). */
  public BigRational b(int t) {
    BigRational b = BigRational.ZERO;
    for (int tau = 0; tau < t; tau++) {
      b = b.subtract(etaDOverN().multiply(b.subtract(inverseN())));
    }
    return b;
  }

  /** {@code a_t} by the recursion of (4) (driven by the recursion of {@code b_t}). */
  public BigRational a(int t) {
    BigRational a = BigRational.ZERO;
    BigRational b = BigRational.ZERO;
    for (int tau = 0; tau < t; tau++) {
      a = a.subtract(eta.multiply(b.subtract(inverseN())));
      b = b.subtract(etaDOverN().multiply(b.subtract(inverseN())));
    }
    return a;
  }

  /** {@code q = 1 - eta d/n}. */
  public BigRational q() {
    return BigRational.ONE.subtract(etaDOverN());
  }

  /** The closed form {@code (1 - q^t)/n} of {@code b_t}. */
  public BigRational bClosedForm(int t) {
    return BigRational.ONE.subtract(q().pow(t)).multiply(inverseN());
  }

  /** The closed form {@code (1 - q^t)/d} of {@code a_t}. */
  public BigRational aClosedForm(int t) {
    return BigRational.ONE.subtract(q().pow(t)).divide(BigRational.of(dimension));
  }

  /** {@code eta t/n - eta sum_{tau < t} b_tau} (the form of {@code a_t} in Lemma B.3's proof). */
  public BigRational aFromSumOfB(int t) {
    BigRational sum = BigRational.ZERO;
    for (int tau = 0; tau < t; tau++) {
      sum = sum.add(b(tau));
    }
    return eta.multiply(BigRational.of(t).multiply(inverseN()).subtract(sum));
  }

  private BigRational inverseN() {
    return BigRational.of(1, samples);
  }

  private BigRational etaDOverN() {
    return eta.multiply(BigRational.of(dimension, samples));
  }
}
