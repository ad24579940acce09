package org.tacit.lp;

import java.math.BigInteger;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The l1 minimizers ({@link SignedL1Minimizer}, {@link NonnegativeL1Minimizer}) for users' data:
 * in double precision the system is first row-equilibrated by exact powers of two (each row's
 * largest entry in {@code [1, 2)}, the right-hand side scaled with it: the same solution set, so
 * the same minimizers), and the double result is then checked against the original data in
 * exact arithmetic. A double result that fails the check or a double run that fails (overflow,
 * numerical cycling) is replaced by the exact solve, and the reason is returned with it; a double
 * claim of infeasibility is confirmed by the exact solve (and replaced, with a reason, if wrong).
 *
 * <p>Check: every row {@code i} of the original system satisfies
 * {@code |(A x - y)_i| <= LpTolerances.DOUBLE_CERTIFICATE (sum_j |a_ij x_j| + |y_i|)}, evaluated
 * exactly on the double solution's rationals (the relative scale of the double certificate; see
 * there). Optimality and the uniqueness decision are the double method's (with its tolerances);
 * feasibility is what a wrong double answer visibly breaks (e.g. entries near the overflow
 * threshold).
 *
 * <p>Cost: the double solve, O(N d) exact products for the check, and the exact solve only when
 * the check fails.
 *
 * <p>Spec: no paper item (the {@code tacit l1min} command; Tacit issue #13 point 8).
 */
public final class CheckedL1Minimizer {

  /**
   * A minimizer and, when the double result was replaced by the exact one, why.
   *
   * @param solution the solution (exact when {@code fallback} is present)
   * @param fallback why the double result was not used, or empty
   */
  public record Result(L1Solution solution, Optional<String> fallback) {}

  private CheckedL1Minimizer() {}

  /** Solves {@code min ||x||_1 s.t. A x = y} (and {@code x >= 0} if {@code nonnegative}). */
  public static Result solve(LinearSystem system, boolean nonnegative, LpPrecision precision) {
    if (precision.isExact()) {
      return new Result(minimize(system, nonnegative, LpPrecision.EXACT), Optional.empty());
    }
    String reason;
    try {
      L1Solution fast = minimize(equilibrated(system), nonnegative, LpPrecision.DOUBLE);
      if (fast.uniqueness() == L1Uniqueness.NO_SOLUTION) {
        L1Solution confirmed = minimize(system, nonnegative, LpPrecision.EXACT);
        return new Result(confirmed, confirmed.uniqueness() == L1Uniqueness.NO_SOLUTION
            ? Optional.empty()
            : Optional.of("the double simplex found no solution where there is one; solved"
                + " exactly instead"));
      } else {
        Optional<String> violation = violation(system, fast.x());
        if (violation.isEmpty()) {
          return new Result(fast, Optional.empty());
        }
        reason = "the double simplex result " + violation.get() + "; solved exactly instead";
      }
    } catch (ArithmeticException | IllegalStateException e) {
      reason = "the double simplex failed (" + e.getMessage() + "); solved exactly instead";
    }
    return new Result(minimize(system, nonnegative, LpPrecision.EXACT), Optional.of(reason));
  }

  private static L1Solution minimize(LinearSystem system, boolean nonnegative,
      LpPrecision precision) {
    return nonnegative ? NonnegativeL1Minimizer.solve(system, precision)
        : SignedL1Minimizer.solve(system, precision);
  }

  /**
   * The system with row {@code i} (and {@code y_i}) multiplied by {@code 2^-e_i}, {@code e_i} the
   * binary exponent of the row's largest entry in magnitude (rows of zeros unchanged). Exact.
   */
  static LinearSystem equilibrated(LinearSystem system) {
    BigRational[][] a = system.a().toArray();
    BigRational[] y = system.y();
    for (int i = 0; i < a.length; i++) {
      BigRational largest = BigRational.ZERO;
      for (BigRational entry : a[i]) {
        if (entry.abs().compareTo(largest) > 0) {
          largest = entry.abs();
        }
      }
      if (largest.isZero()) {
        continue;
      }
      BigRational scale = powerOfTwo(-binaryExponent(largest));
      for (int j = 0; j < a[i].length; j++) {
        a[i][j] = a[i][j].multiply(scale);
      }
      y[i] = y[i].multiply(scale);
    }
    return new LinearSystem(RationalMatrix.of(a), y);
  }

  /** {@code floor(log2 q)} for {@code q > 0}, exactly. */
  static int binaryExponent(BigRational q) {
    BigInteger numerator = q.numerator();
    BigInteger denominator = q.denominator();
    int exponent = numerator.bitLength() - denominator.bitLength();
    BigInteger shiftedNumerator = exponent >= 0 ? numerator : numerator.shiftLeft(-exponent);
    BigInteger shiftedDenominator = exponent >= 0 ? denominator.shiftLeft(exponent) : denominator;
    return shiftedNumerator.compareTo(shiftedDenominator) >= 0 ? exponent : exponent - 1;
  }

  private static BigRational powerOfTwo(int exponent) {
    BigInteger power = BigInteger.ONE.shiftLeft(Math.abs(exponent));
    return exponent >= 0 ? BigRational.of(power) : BigRational.of(BigInteger.ONE, power);
  }

  /** The first row of the original system that {@code x} violates beyond the check, if any. */
  static Optional<String> violation(LinearSystem system, BigRational[] x) {
    RationalMatrix a = system.a();
    BigRational[] y = system.y();
    BigRational tolerance = BigRational.of(java.math.BigDecimal.valueOf(
        LpTolerances.DOUBLE_CERTIFICATE));
    for (int i = 0; i < a.rows(); i++) {
      BigRational residual = y[i].negate();
      BigRational scale = y[i].abs();
      for (int j = 0; j < a.cols(); j++) {
        BigRational term = a.get(i, j).multiply(x[j]);
        residual = residual.add(term);
        scale = scale.add(term.abs());
      }
      if (residual.abs().compareTo(tolerance.multiply(scale)) > 0) {
        return Optional.of("violates row " + i + " of A x = y (residual "
            + residual.doubleValue() + ", allowed " + tolerance.multiply(scale).doubleValue()
            + ")");
      }
    }
    return Optional.empty();
  }
}
