package org.tacit.grokking.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * The sign dynamics {@code a^(t+1) = a^(t) - alpha H(a^(t))}, {@code H(a) in d||a||_1}, of Lemmas
 * C.30 (one coordinate) and C.31 (n coordinates), in exact rational arithmetic. The subgradient is
 * {@code H_i(a) = sign(a_i)} where {@code a_i != 0} (the only choice there) and the fixed selection
 * {@code z_i in [-1, 1]} where {@code a_i = 0}; {@code z = 0} is {@code H = sign} with
 * {@code sign(0) = 0} (the paper's footnote 5, {@link L1Norm}).
 *
 * <p>Index convention: the paper's, {@code a^(1)} is the initial point, so entry {@code t - 1} of
 * {@link #trajectory} is {@code a^(t)}.
 *
 * <p>Cost: O(n) rational operations per step. Exact: no tolerance.
 *
 * <p>Spec: {@code TDR:lem-C.30}, {@code TDR:lem-C.31}, {@code TDR:lem-C.42} (the singular values).
 */
public final class SignDynamics {

  private SignDynamics() {}

  /** {@code sign(x)} in {-1, 0, 1}. */
  public static BigRational sign(BigRational x) {
    return BigRational.of(x.signum());
  }

  /**
   * The subgradient {@code H(a)}: {@code sign(a_i)} where {@code a_i != 0}, {@code z_i} where
   * {@code a_i = 0}. Requires equal lengths.
   */
  public static BigRational[] subgradient(BigRational[] a, BigRational[] zeroSelection) {
    BigRational[] h = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      h[i] = a[i].isZero() ? zeroSelection[i] : sign(a[i]);
    }
    return h;
  }

  /** One step {@code a - alpha H(a)}. */
  public static BigRational[] step(BigRational[] a, BigRational alpha,
      BigRational[] zeroSelection) {
    BigRational[] h = subgradient(a, zeroSelection);
    BigRational[] next = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      next[i] = a[i].subtract(alpha.multiply(h[i]));
    }
    return next;
  }

  /**
   * The iterates {@code a^(1), ..., a^(count)} (entry {@code t - 1} is {@code a^(t)}); requires
   * {@code count >= 1}.
   */
  public static List<BigRational[]> trajectory(BigRational[] initial, BigRational alpha,
      BigRational[] zeroSelection, int count) {
    List<BigRational[]> iterates = new ArrayList<>();
    BigRational[] a = initial.clone();
    iterates.add(a);
    for (int t = 1; t < count; t++) {
      a = step(a, alpha, zeroSelection);
      iterates.add(a);
    }
    return iterates;
  }

  /** {@code floor(|x| / alpha)} for {@code alpha > 0}. */
  public static int floorRatio(BigRational x, BigRational alpha) {
    BigRational ratio = x.abs().divide(alpha);
    return ratio.numerator().divide(ratio.denominator()).intValueExact();
  }

  /** {@code ceil(|x| / alpha)} for {@code alpha > 0}. */
  public static int ceilRatio(BigRational x, BigRational alpha) {
    BigRational ratio = x.abs().divide(alpha);
    BigInteger[] qr = ratio.numerator().divideAndRemainder(ratio.denominator());
    return qr[0].intValueExact() + (qr[1].signum() == 0 ? 0 : 1);
  }

  /** Whether {@code x / alpha} is an integer. */
  public static boolean integerRatio(BigRational x, BigRational alpha) {
    return x.divide(alpha).isInteger();
  }

  /** {@code ||a||_0}, the number of nonzero entries. */
  public static int support(BigRational[] a) {
    int count = 0;
    for (BigRational ai : a) {
      if (!ai.isZero()) {
        count++;
      }
    }
    return count;
  }

  /** {@code |{i : a_i / alpha in Z}|} (zero entries count: 0 is an integer). */
  public static int integerRatioCount(BigRational[] a, BigRational alpha) {
    int count = 0;
    for (BigRational ai : a) {
      if (integerRatio(ai, alpha)) {
        count++;
      }
    }
    return count;
  }
}
