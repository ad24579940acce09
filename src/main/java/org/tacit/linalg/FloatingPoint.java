package org.tacit.linalg;

/**
 * The IEEE 754 double-precision rounding constants every error analysis in Tacit is written in,
 * defined once (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., Section 3.1).
 *
 * <p>Contract: {@link #UNIT_ROUNDOFF} {@code u = 2^-53} bounds the relative error of one rounded
 * operation ({@code fl(a op b) = (a op b)(1 + delta)}, {@code |delta| <= u}) in round-to-nearest;
 * {@link #gamma} is Higham's {@code gamma_n = n u / (1 - n u)}, which bounds the accumulated
 * relative error of {@code n} such operations, valid while {@code n u < 1}.
 */
public final class FloatingPoint {

  /** The unit roundoff of double precision, {@code u = 2^-53}. */
  public static final double UNIT_ROUNDOFF = 0x1.0p-53;

  /** The machine epsilon {@code 2^-52 = 2 u}: the gap between 1 and the next double. */
  public static final double MACHINE_EPSILON = 0x1.0p-52;

  private FloatingPoint() {}

  /**
   * Higham's {@code gamma_n = n u / (1 - n u)}; requires {@code 0 <= n} and {@code n u < 1}.
   *
   * @throws IllegalArgumentException if {@code n u >= 1} (no bound of this form exists)
   */
  public static double gamma(int n) {
    double nu = n * UNIT_ROUNDOFF;
    if (n < 0 || nu >= 1) {
      throw new IllegalArgumentException("gamma_n needs 0 <= n < 1/u, got n = " + n);
    }
    return nu / (1 - nu);
  }
}
