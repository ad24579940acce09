package org.tacit.linalg;

/**
 * The rotation angle of one Jacobi step, shared by the symmetric eigensolver ({@link SymmetricEigen})
 * and the one-sided Jacobi SVD ({@link Svd}): the tangent {@code t} of the angle that annihilates
 * the off-diagonal entry, chosen as the root of {@code t^2 + 2 zeta t - 1 = 0} of smaller modulus
 * (Golub and Van Loan, "Matrix Computations", 4th ed., Section 8.5.2), with
 * {@code zeta = (a_qq - a_pp) / (2 a_pq)}.
 *
 * <p>Contract: {@code |t| <= 1} (the rotation angle is at most pi/4, which makes the method
 * converge); {@code zeta = 0} gives {@code t = 1}; when {@code zeta^2} overflows the asymptotic
 * root {@code 1 / (2 zeta)} is returned. Cost: O(1).
 */
final class JacobiRotation {

  private JacobiRotation() {}

  /** The tangent of the Jacobi angle for {@code zeta = (a_qq - a_pp) / (2 a_pq)}. */
  static double tangent(double zeta) {
    if (zeta == 0) {
      return 1;
    }
    if (Double.isInfinite(zeta * zeta)) {
      return 0.5 / zeta;
    }
    return Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(zeta * zeta + 1));
  }
}
