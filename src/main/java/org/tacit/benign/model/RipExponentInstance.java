package org.tacit.benign.model;

/**
 * One point of the constant chase in the proof of ZG Proposition A.1 (remark A.2): the RIP order
 * k, the dimensions n (samples) and d, the universal constant {@code c2 > 0} and the RIP level
 * delta at which Baraniuk et al.'s failure exponent is bounded.
 *
 * <p>Spec: {@code ZG:rem-A.2}, {@code ZG:prop-A.1}.
 *
 * @param k the RIP order, {@code >= 1}
 * @param n the number of samples, {@code >= 1} (a double: the chain's failure needs n beyond the
 *     long range)
 * @param d the dimension, {@code > k}
 * @param c2 the constant of {@code delta >= c2 sqrt((k/n) log(d/k))}
 * @param delta the RIP level, a double read as its exact binary value
 */
public record RipExponentInstance(int k, double n, long d, double c2, double delta) {

  /** {@code L = log(d/k)}, natural logarithm. */
  public double logRatio() {
    return Math.log((double) d / k);
  }

  /**
   * Baraniuk et al.'s failure exponent {@code E = -c0(delta/2) n + k [log(e d/k) + log(12/delta)]
   * + log 2} with {@code c0(eps) = eps^2/4 - eps^3/6}.
   */
  public double exponent() {
    double half = delta / 2;
    double c0 = half * half / 4 - half * half * half / 6;
    return -c0 * n + k * (1 + logRatio() + Math.log(12 / delta)) + Math.log(2);
  }

  /** The smallest admissible level {@code c2 sqrt((k/n) log(d/k))}. */
  public double smallestDelta() {
    return c2 * Math.sqrt(k * logRatio() / n);
  }
}
