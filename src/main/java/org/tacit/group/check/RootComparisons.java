package org.tacit.group.check;

import org.tacit.exact.BigRational;
import org.tacit.verify.Check;

/**
 * Exact comparisons of sums with one square root, by squaring non-negative sides, so that chains
 * like {@code ||x|| <= a + b sqrt(d)} are decided in rational arithmetic. The signed square
 * {@code x|x|} is increasing, which turns "{@code X <= Y} with {@code Y >= 0}" into a comparison
 * of squares without a case split.
 */
final class RootComparisons {

  private RootComparisons() {}

  /**
   * {@code sqrt(n) <= a + b sqrt(d)} for {@code n, a, b, d >= 0}: equivalent to
   * {@code X <= 2 a b sqrt(d)} with {@code X = n - a^2 - b^2 d}, decided as
   * {@code X|X| <= 4 a^2 b^2 d}.
   */
  static Check rootAtMostSum(String specId, String label, BigRational n, BigRational a,
      BigRational b, BigRational d) {
    BigRational x = n.subtract(a.multiply(a)).subtract(b.multiply(b).multiply(d));
    BigRational rhs = BigRational.of(4).multiply(a.multiply(a)).multiply(b.multiply(b))
        .multiply(d);
    return Check.lessOrEqual(specId, label + " [X|X| <= 4a^2b^2d]", x.multiply(x.abs()), rhs);
  }

  /**
   * {@code a + b sqrt(d) <= r} for {@code b, d >= 0}: equivalent to
   * {@code b^2 d <= (r - a)|r - a|}.
   */
  static Check sumAtMost(String specId, String label, BigRational a, BigRational b,
      BigRational d, BigRational r) {
    BigRational gap = r.subtract(a);
    return Check.lessOrEqual(specId, label + " [b^2 d <= (r-a)|r-a|]",
        b.multiply(b).multiply(d), gap.multiply(gap.abs()));
  }

  /** {@code |x| <= sqrt(ySquared)} for {@code ySquared >= 0}, as {@code x^2 <= ySquared}. */
  static Check absAtMostRoot(String specId, String label, BigRational x, BigRational ySquared) {
    return Check.lessOrEqual(specId, label + " [squared]", x.multiply(x), ySquared);
  }
}
