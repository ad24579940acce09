package org.tacit.grokking.model;

import org.tacit.exact.RationalMatrix;

/**
 * Rational matrices for the notation identities of Appendix B: {@code a}, {@code b} the two
 * factors of a product, {@code c}, {@code d} the right factors of the mixed-product rule
 * {@code (A . B)(C (x) D) = (AC) . (BD)} (used only by the face-splitting checker; any shape
 * otherwise). Which shapes each checker needs is a hypothesis of that checker.
 *
 * <p>Spec: {@code TDR:rem-B.2}, {@code TDR:rem-B.3}, {@code TDR:rem-B.4}.
 *
 * @param a the left factor
 * @param b the right factor
 * @param c the left factor of the Kronecker product in the mixed-product rule
 * @param d the right factor of the Kronecker product in the mixed-product rule
 */
public record ProductInstance(RationalMatrix a, RationalMatrix b, RationalMatrix c,
    RationalMatrix d) {

  /** A short label: the four shapes. */
  public String shapes() {
    return "A " + a.rows() + "x" + a.cols() + ", B " + b.rows() + "x" + b.cols() + ", C "
        + c.rows() + "x" + c.cols() + ", D " + d.rows() + "x" + d.cols();
  }
}
