package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Check;
import org.tacit.verify.Verdict;

/**
 * The deterministic steps of the proof of NRSS Lemma D.6, exactly in rationals.
 *
 * <p>{@code NRSS:rem-D.6} (loss range): for {@code ||w||_1, ||w*||_1 <= B}, {@code mu >= 0} and a
 * point x with {@code ||x - mu 1||_inf <= R}: {@code <w* - w, x>^2 <= ||w* - w||_1^2 ||x||_inf^2
 * <= (2B)^2 (R + mu)^2}; for {@code y = <w*, x>} with independent coordinates of mean mu and
 * variance {@code s2}, {@code E(y^2) = mu^2 (1^T w*)^2 + s2 ||w*||_2^2 <= B^2 (mu^2 + s2)}; and
 * {@code max{(2B)^2 (R + mu)^2, B^2 (mu^2 + s2)} <= 4 B^2 (R + mu)^2} exactly when
 * {@code mu^2 + s2 <= 4 (R + mu)^2}.
 *
 * <p>{@code NRSS:rem-D.8} (Rademacher complexity of the l1 ball): the empirical complexity of
 * {@code {x -> <w, x> : ||w||_1 <= B}} on samples {@code x_1..x_N} is, by duality of l1 and
 * l_inf, {@code (B/N) E_sigma ||sum_n sigma_n x_n||_inf}, computed here exactly by enumerating the
 * {@code 2^N} sign vectors ({@link #rademacherComplexity}); clipping (dropping the samples outside
 * the box) cannot increase it ({@link #clippedRademacherComplexity}, by Jensen over the dropped
 * signs). Massart's bound {@code B max_n ||x_n||_inf sqrt(2 log(2d) / N)} holds; the printed
 * {@code sqrt(2 log d / N)} fails at d = 1, where it is 0.
 *
 * <p>Cost: {@code O(2^N N d)} rational operations; N is limited to {@link #MAX_SAMPLES}.
 *
 * <p>Spec: {@code NRSS:rem-D.6}, {@code NRSS:rem-D.8}.
 */
public final class AppendixDGeneralization {

  /** The largest N for the exact enumeration of sign vectors. */
  public static final int MAX_SAMPLES = 16;

  private AppendixDGeneralization() {}

  /**
   * An instance of rem-D.6.
   *
   * @param bound B
   * @param radius R
   * @param mean {@code mu >= 0}
   * @param variance {@code s2 >= 0}
   * @param w a vector with {@code ||w||_1 <= B}
   * @param wStar a vector with {@code ||w*||_1 <= B}
   * @param x a point with {@code ||x - mu 1||_inf <= R}
   */
  public record LossRangeInstance(BigRational bound, BigRational radius, BigRational mean,
      BigRational variance, BigRational[] w, BigRational[] wStar, BigRational[] x) {

    /** Copies the arrays. */
    public LossRangeInstance {
      w = w.clone();
      wStar = wStar.clone();
      x = x.clone();
    }
  }

  /** Checks rem-D.6 on {@code instance}; hypotheses are verified first (hypothesis failure otherwise). */
  public static Verdict checkLossRange(LossRangeInstance instance) {
    String id = "NRSS:rem-D.6";
    BigRational b = instance.bound();
    BigRational r = instance.radius();
    BigRational mu = instance.mean();
    BigRational[] x = instance.x.clone();
    if (mu.signum() < 0 || instance.variance().signum() < 0
        || RationalVectors.norm1(instance.w).compareTo(b) > 0
        || RationalVectors.norm1(instance.wStar).compareTo(b) > 0
        || supDistance(x, mu).compareTo(r) > 0) {
      return Verdict.hypothesisFailed(id, "rem-D.6", "mu >= 0, s2 >= 0, ||w||_1, ||w*||_1 <= B,"
          + " ||x - mu||_inf <= R");
    }
    BigRational[] difference = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      difference[i] = instance.wStar[i].subtract(instance.w[i]);
    }
    BigRational inner = RationalVectors.dot(difference, x);
    BigRational holder =
        RationalVectors.norm1(difference).pow(2).multiply(RationalVectors.normInf(x).pow(2));
    BigRational rPlusMu2 = r.add(mu).pow(2);
    BigRational boxBound = BigRational.of(4).multiply(b.pow(2)).multiply(rPlusMu2);
    BigRational ones = BigRational.ZERO;
    BigRational squares = BigRational.ZERO;
    for (BigRational v : instance.wStar) {
      ones = ones.add(v);
      squares = squares.add(v.pow(2));
    }
    BigRational mu2 = mu.pow(2);
    BigRational secondMoment = mu2.multiply(ones.pow(2)).add(instance.variance().multiply(squares));
    BigRational momentBound = b.pow(2).multiply(mu2.add(instance.variance()));
    boolean maxBelow = boxBound.max(momentBound).compareTo(boxBound) <= 0;
    boolean condition = mu2.add(instance.variance())
        .compareTo(BigRational.of(4).multiply(rPlusMu2)) <= 0;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(id, "<w* - w, x>^2 <= ||w* - w||_1^2 ||x||_inf^2", inner.pow(2),
        holder));
    checks.add(Check.lessOrEqual(id, "||w* - w||_1^2 ||x||_inf^2 <= (2B)^2 (R + mu)^2", holder,
        boxBound));
    checks.add(Check.lessOrEqual(id, "E(y^2) = mu^2 (1^T w*)^2 + s2 ||w*||_2^2 <= B^2 (mu^2 + s2)",
        secondMoment, momentBound));
    checks.add(Check.equal(id, "max{...} <= 4 B^2 (R + mu)^2 iff mu^2 + s2 <= 4 (R + mu)^2",
        maxBelow ? 1 : 0, condition ? 1 : 0, 0));
    return Verdict.of(id, "B=" + b + " R=" + r + " mu=" + mu + " d=" + x.length, checks);
  }

  /**
   * {@code (B/N) E_sigma ||sum_n sigma_n x_n||_inf} exactly, over the {@code 2^N} equally likely
   * sign vectors; {@code samples} has N rows of length d, {@code 1 <= N <= MAX_SAMPLES}.
   */
  public static BigRational rademacherComplexity(BigRational[][] samples, BigRational bound) {
    boolean[] keep = new boolean[samples.length];
    java.util.Arrays.fill(keep, true);
    return complexity(samples, keep, bound);
  }

  /**
   * The empirical complexity of the clipped class: samples outside the box
   * {@code ||x - mu 1||_inf <= R} contribute the zero function.
   */
  public static BigRational clippedRademacherComplexity(BigRational[][] samples, BigRational bound,
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

  private static BigRational supDistance(BigRational[] x, BigRational mean) {
    BigRational max = BigRational.ZERO;
    for (BigRational value : x) {
      max = max.max(value.subtract(mean).abs());
    }
    return max;
  }
}
