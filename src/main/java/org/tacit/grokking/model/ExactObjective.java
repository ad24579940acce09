package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;

/**
 * {@code f = g + beta h} in exact rational arithmetic, with {@code g} a
 * {@link RationalLeastSquares} and {@code h} the l1 norm ({@link L1Norm}, subgradient
 * {@code sign} with {@code sign(0) = 0}) or {@code ||.||^2/2} ({@link HalfSquaredL2Norm},
 * gradient the identity): the exact values and the exact subgradient
 * {@code F(x) = grad g(x) + beta H(x)} that (1) uses, at rational (e.g. recorded double) points.
 *
 * <p>Contract: immutable. O(N p) exact operations per value or subgradient.
 *
 * <p>Spec: {@code TDR:eq-3}, {@code TDR:lem-C.12}.
 */
public final class ExactObjective {

  private final RationalLeastSquares loss;
  private final boolean l1;
  private final BigRational beta;

  /**
   * The objective of {@code loss + beta h}.
   *
   * @throws IllegalArgumentException if {@code h} is neither l1 nor {@code ||.||^2/2}, or the
   *     dimensions differ
   */
  public ExactObjective(RationalLeastSquares loss, Regularizer h, BigRational beta) {
    if (!(h instanceof L1Norm) && !(h instanceof HalfSquaredL2Norm)) {
      throw new IllegalArgumentException("exact h is available for l1 and l2 only, got "
          + h.name());
    }
    if (h.dimension() != loss.dimension()) {
      throw new IllegalArgumentException("h has dimension " + h.dimension() + ", g "
          + loss.dimension());
    }
    this.loss = loss;
    this.l1 = h instanceof L1Norm;
    this.beta = beta;
  }

  /** The data loss g. */
  public RationalLeastSquares loss() {
    return loss;
  }

  /** {@code h(x)}. */
  public BigRational regularizer(BigRational[] x) {
    if (l1) {
      return RationalVectors.norm1(x);
    }
    return RationalVectors.dot(x, x).divide(BigRational.TWO);
  }

  /** {@code f(x) = g(x) + beta h(x)}. */
  public BigRational value(BigRational[] x) {
    return loss.value(x).add(beta.multiply(regularizer(x)));
  }

  /** {@code H(x)}: {@code sign(x)} for l1, {@code x} for l2. */
  public BigRational[] regularizerSubgradient(BigRational[] x) {
    BigRational[] s = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = l1 ? BigRational.of(x[i].signum()) : x[i];
    }
    return s;
  }

  /** {@code F(x) = grad g(x) + beta H(x)}. */
  public BigRational[] subgradient(BigRational[] x) {
    BigRational[] f = loss.gradient(x);
    BigRational[] s = regularizerSubgradient(x);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].add(beta.multiply(s[i]));
    }
    return f;
  }

  /** The exact rational value of a double vector. */
  public static BigRational[] exact(double[] v) {
    BigRational[] e = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      e[i] = BigRational.valueOf(v[i]);
    }
    return e;
  }
}
