package org.tacit.verify;

/**
 * A source of random draws for instance generators. Generators take a {@code Draws} rather than
 * a concrete random generator so that the same generator serves the command line (seeded, see
 * {@link SeededDraws}) and property tests (QuickTheories' randomness source, which then shrinks
 * generated instances for free).
 *
 * <p>Contract: {@link #between} returns a value in {@code [lo, hi]} inclusive; all other methods
 * are derived from it, so a source that shrinks towards {@code lo} shrinks instances towards
 * small, simple values.
 */
public interface Draws {

  /** A long in {@code [lo, hi]} inclusive; requires {@code lo <= hi}. */
  long between(long lo, long hi);

  /** An int in {@code [lo, hi]} inclusive. */
  default int intBetween(int lo, int hi) {
    return (int) between(lo, hi);
  }

  /** A double uniform on {@code [0, 1)} with 53 random bits. */
  default double uniform() {
    return between(0, (1L << 53) - 1) * 0x1.0p-53;
  }

  /** A double uniform on {@code [lo, hi)}. */
  default double uniform(double lo, double hi) {
    return lo + (hi - lo) * uniform();
  }

  /** A standard normal draw (Box-Muller on two uniforms). */
  default double gaussian() {
    double u1 = 1.0 - uniform();
    double u2 = uniform();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** True or false with equal probability. */
  default boolean coin() {
    return between(0, 1) == 1;
  }

  /**
   * A uniformly random permutation of {@code 0..n-1} (Fisher-Yates, drawing from the last
   * position down).
   */
  default int[] permutation(int n) {
    int[] p = new int[n];
    for (int j = 0; j < n; j++) {
      p[j] = j;
    }
    for (int j = n - 1; j > 0; j--) {
      int k = intBetween(0, j);
      int tmp = p[j];
      p[j] = p[k];
      p[k] = tmp;
    }
    return p;
  }
}
