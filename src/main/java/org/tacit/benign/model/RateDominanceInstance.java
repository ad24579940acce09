package org.tacit.benign.model;

/**
 * Parameters of ZG remark 3.3 (when the first term of Theorem 3.1's test-loss bound dominates).
 *
 * <p>Spec: {@code ZG:rem-3.3}.
 *
 * @param d the dimension, {@code >= 2}
 * @param n the number of samples, {@code >= 1}
 * @param s the sparsity, {@code >= 1}
 * @param sigma the noise level, {@code > 0}
 */
public record RateDominanceInstance(long d, long n, int s, double sigma) {

  /** The first term {@code sigma sqrt(log(d)/n)} of Theorem 3.1's bound. */
  public double noiseTerm() {
    return sigma * Math.sqrt(Math.log(d) / n);
  }

  /** The second term {@code sigma sqrt(n/d)} (the min-l2 fit of the noise). */
  public double interpolationTerm() {
    return sigma * Math.sqrt((double) n / d);
  }

  /** Whether {@code n = 3 sqrt(d)} exactly (the experiments' choice, d a perfect square). */
  public boolean experimentsSampleSize() {
    long root = (long) Math.sqrt((double) d);
    while (root * root > d) {
      root--;
    }
    while ((root + 1) * (root + 1) <= d) {
      root++;
    }
    return root * root == d && n == 3 * root;
  }
}
