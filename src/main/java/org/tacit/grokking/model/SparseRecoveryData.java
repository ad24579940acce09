package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Exact data of the TDR linear model: a rational design {@code X} ({@code N x n}), the ground
 * truth {@code a*} and the noise {@code xi}, with targets {@code y* = X a* + xi} (Section 3.1,
 * Appendix C.4; the G.1.2 conventions with rational entries).
 *
 * <p>Contract: the arrays are copied in and out; the shapes are checked. O(N n) per
 * {@link #targets()}.
 *
 * <p>Spec: {@code TDR:eq-65}, {@code TDR:thm-3.1}, {@code TDR:thm-3.6}.
 *
 * @param design X
 * @param groundTruth a* (length n)
 * @param noise xi (length N)
 */
public record SparseRecoveryData(RationalMatrix design, BigRational[] groundTruth,
    BigRational[] noise) {

  /** Checks the shapes and copies the vectors. */
  public SparseRecoveryData {
    if (groundTruth.length != design.cols() || noise.length != design.rows()) {
      throw new IllegalArgumentException("X is " + design.rows() + " x " + design.cols()
          + " but a* has length " + groundTruth.length + " and xi " + noise.length);
    }
    groundTruth = groundTruth.clone();
    noise = noise.clone();
  }

  /** N. */
  public int samples() {
    return design.rows();
  }

  /** n. */
  public int dimension() {
    return design.cols();
  }

  /** A copy of a*. */
  @Override
  public BigRational[] groundTruth() {
    return groundTruth.clone();
  }

  /** A copy of xi. */
  @Override
  public BigRational[] noise() {
    return noise.clone();
  }

  /** {@code y* = X a* + xi}. */
  public BigRational[] targets() {
    return ExactVectors.add(design.multiply(groundTruth), noise);
  }

  /** Whether {@code xi = 0}. */
  public boolean noiseless() {
    for (BigRational v : noise) {
      if (!v.isZero()) {
        return false;
      }
    }
    return true;
  }

  /** {@code g(a) = ||X a - y*||^2 / 2}, exactly. */
  public BigRational loss(BigRational[] a) {
    return ExactVectors.squaredNorm(ExactVectors.subtract(design.multiply(a), targets()))
        .divide(BigRational.TWO);
  }

  /** {@code X^T (X a - y*)}, exactly. */
  public BigRational[] lossGradient(BigRational[] a) {
    return design.transpose().multiply(ExactVectors.subtract(design.multiply(a), targets()));
  }
}
