package org.tacit.stepsize.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;

/**
 * The empirical Rademacher complexity of the l1 ball {@code {x -> <w, x> : ||w||_1 <= B}} (NRSS
 * rem-D.8), exactly: by duality of l1 and l_inf it is {@code (B/N) E_sigma ||sum_n sigma_n
 * x_n||_inf}, computed by enumerating the {@code 2^N} sign vectors. Clipping (dropping the samples
 * outside a box) cannot increase it (Jensen over the dropped signs). Massart's bound
 * {@code B max_n ||x_n||_inf sqrt(2 log(2d) / N)} and the printed {@code sqrt(2 log d / N)} are
 * evaluated in double precision.
 *
 * <p>Contract: samples are N rows of length d, {@code 1 <= N <= MAX_SAMPLES}. Cost:
 * {@code O(2^N N d)} rational operations.
 *
 * <p>Spec: {@code NRSS:rem-D.8}.
 */
public final class L1BallRademacher {

  /** The largest N for the exact enumeration of sign vectors. */
  public static final int MAX_SAMPLES = 16;

  private L1BallRademacher() {}

  /** {@code (B/N) E_sigma ||sum_n sigma_n x_n||_inf} exactly, over the {@code 2^N} sign vectors. */
  public static BigRational complexity(BigRational[][] samples, BigRational bound) {
    boolean[] keep = new boolean[samples.length];
    Arrays.fill(keep, true);
    return complexity(samples, keep, bound);
  }

  /**
   * The empirical complexity of the clipped class: samples outside the box
   * {@code ||x - mu 1||_inf <= R} contribute the zero function.
   */
  public static BigRational clippedComplexity(BigRational[][] samples, BigRational bound,
      BigRational mean, BigRational radius) {
    boolean[] keep = new boolean[samples.length];
    for (int n = 0; n < samples.length; n++) {
      keep[n] = supDistance(samples[n], mean).compareTo(radius) <= 0;
    }
    return complexity(samples, keep, bound);
  }

  private static BigRational complexity(BigRational[][] samples, boolean[] keep,
      BigRational bound) {
    int n = samples.length;
    if (n < 1 || n > MAX_SAMPLES) {
      throw new IllegalArgumentException("need 1 <= N <= " + MAX_SAMPLES + ", got " + n);
    }
    int d = samples[0].length;
    BigRational total = BigRational.ZERO;
    for (long signs = 0; signs < (1L << n); signs++) {
      BigRational worst = BigRational.ZERO;
      for (int i = 0; i < d; i++) {
        BigRational sum = BigRational.ZERO;
        for (int k = 0; k < n; k++) {
          if (keep[k]) {
            sum = ((signs >> k) & 1) == 0 ? sum.add(samples[k][i]) : sum.subtract(samples[k][i]);
          }
        }
        worst = worst.max(sum.abs());
      }
      total = total.add(worst);
    }
    return bound.multiply(total).divide(BigRational.of(n).multiply(BigRational.of(1L << n)));
  }

  /** Massart's bound {@code B max_n ||x_n||_inf sqrt(2 log(2d) / N)} (corrected form). */
  public static double massartBound(BigRational[][] samples, BigRational bound) {
    return massart(samples, bound, 2.0 * samples[0].length);
  }

  /** The printed bound {@code B max_n ||x_n||_inf sqrt(2 log d / N)}. */
  public static double printedBound(BigRational[][] samples, BigRational bound) {
    return massart(samples, bound, samples[0].length);
  }

  private static double massart(BigRational[][] samples, BigRational bound, double count) {
    BigRational largest = BigRational.ZERO;
    for (BigRational[] sample : samples) {
      largest = largest.max(RationalVectors.normInf(sample));
    }
    return bound.multiply(largest).doubleValue()
        * Math.sqrt(2 * Math.log(count) / samples.length);
  }

  /** {@code ||x - mu 1||_inf}, exactly. */
  public static BigRational supDistance(BigRational[] x, BigRational mean) {
    BigRational max = BigRational.ZERO;
    for (BigRational value : x) {
      max = max.max(value.subtract(mean).abs());
    }
    return max;
  }
}
