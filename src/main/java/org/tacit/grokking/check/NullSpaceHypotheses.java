package org.tacit.grokking.check;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.NullSpaceInstance;
import org.tacit.verify.Hypotheses;

/**
 * The hypotheses shared by the null-space checkers ({@link NullSpacePropertyChecker},
 * {@link NullSpaceErrorBoundTheoremChecker}), decided exactly by name: S is a set of distinct
 * indices of {@code [n]}; {@code 0 < rho < 1}; A has full row rank {@code m < n} (needed for the
 * certified tau). O(m^2 n) for the rank.
 *
 * <p>Spec: {@code TDR:def-C.37}, {@code TDR:thm-C.36}, {@code TDR:thm-C.38}.
 */
final class NullSpaceHypotheses {

  private NullSpaceHypotheses() {}

  /** Requires the three hypotheses in order; false at the first that fails. */
  static boolean require(NullSpaceInstance instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.design();
    int n = a.cols();
    BigRational rho = instance.rho();
    return hypotheses.require("S is a set of distinct indices of [n]",
            validSupport(n, instance.support()))
        && hypotheses.require("0 < rho < 1", rho.signum() > 0
            && rho.compareTo(BigRational.ONE) < 0)
        && hypotheses.require("A has full row rank m < n", a.rows() < n
            && a.rank() == a.rows());
  }

  /** A short description of the instance. */
  static String describe(NullSpaceInstance instance) {
    return "A " + instance.design().rows() + " x " + instance.design().cols() + ", S = "
        + Arrays.toString(instance.support()) + ", rho = " + instance.rho();
  }

  /** Whether {@code support} holds distinct indices of {@code [n]}. */
  static boolean validSupport(int n, int[] support) {
    boolean[] seen = new boolean[n];
    for (int i : support) {
      if (i < 0 || i >= n || seen[i]) {
        return false;
      }
      seen[i] = true;
    }
    return true;
  }
}
