package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * The scalar constants of Theorem C.28 at a point {@code x}, as exact rationals: the values
 * {@code g(x)}, {@code h(x)}, the ball quantities on {@code B(x, r')} ({@code r' = epsilon r}),
 * and the two CL constants. The theorem's algebra (its quadratic inequalities in {@code beta})
 * only involves these numbers.
 *
 * @param g g(x)
 * @param h h(x)
 * @param gLow {@code g_low = inf_{y in B(x, r'), g(y) != 0} g(y)}
 * @param gBar {@code g_bar = sup_{B(x, r')} g}
 * @param hBar {@code h_bar = sup_{B(x, r')} h}
 * @param chiG {@code chi(g, x, r)}
 * @param chiH {@code chi(h, x, r')}
 * @param r the radius r
 * @param epsilon the shrink factor in (0, 1)
 *     <p>Spec: {@code TDR:thm-C.28}, {@code TDR:eq-55}.
 */
public record ClStabilityConstants(BigRational g, BigRational h, BigRational gLow,
    BigRational gBar, BigRational hBar, BigRational chiG, BigRational chiH, BigRational r,
    BigRational epsilon) {

  /** {@code r' = epsilon r}. */
  public BigRational shrunkRadius() {
    return epsilon.multiply(r);
  }

  /** {@code A = 4 g(x) g_bar}. */
  public BigRational a() {
    return BigRational.of(4).multiply(g).multiply(gBar);
  }

  /** {@code B = 4 g(x) h_bar + 4 h(x) g_bar}. */
  public BigRational b() {
    return BigRational.of(4).multiply(g.multiply(hBar).add(h.multiply(gBar)));
  }

  /** {@code C = 4 h(x) h_bar}. */
  public BigRational c() {
    return BigRational.of(4).multiply(h).multiply(hBar);
  }

  /** {@code D = r'^2 chi(g, x, r) g_low / 2}. */
  public BigRational d() {
    return shrunkRadius().pow(2).multiply(chiG).multiply(gLow).divide(BigRational.TWO);
  }
}
