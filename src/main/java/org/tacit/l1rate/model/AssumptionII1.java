package org.tacit.l1rate.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.lp.L1Solution;
import org.tacit.lp.L1Uniqueness;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.NonnegativeL1Minimizer;

/**
 * Decides MS Assumption II.1 on an instance {@code (A, y)}, each part separately:
 * <ul>
 *   <li>(a) {@code y != 0}, exactly (the data are rational);</li>
 *   <li>(c) the nonnegative l1 minimizer exists and is unique
 *       ({@link NonnegativeL1Minimizer}, exact in exact mode);</li>
 *   <li>(b) two distinct nonnegative solutions exist: with x* a minimizer and S its support, the
 *       feasible set {@code {x >= 0 : A x = y}} has a second point iff the cone
 *       {@code {n in ker A : n_{S^c} >= 0}} is non-zero, i.e. iff {@code A_S} has a kernel or the
 *       slice Q is non-empty. In exact mode a second solution {@code x' = x* + t n} is built and
 *       checked exactly ({@code A x' = y}, {@code x' >= 0}, {@code x' != x*}).</li>
 * </ul>
 * Proof in {@code proofs-notes/MS/uniqueness.md}. Cost: that of the minimizer (two LPs).
 *
 * <p>Spec: {@code MS:asm-II.1}.
 */
public final class AssumptionII1 {

  private AssumptionII1() {}

  /** Decides the three parts on {@code system}. */
  public static AssumptionII1Report check(LinearSystem system, LpPrecision precision) {
    boolean yNonZero = Arrays.stream(system.y()).anyMatch(v -> !v.isZero());
    AssumptionII1Report.Part a = new AssumptionII1Report.Part(yNonZero,
        yNonZero ? "y has a non-zero entry" : "y = 0");
    L1Solution minimizer = NonnegativeL1Minimizer.solve(system, precision);
    if (!minimizer.feasible()) {
      String none = "A x = y has no nonnegative solution";
      return new AssumptionII1Report(a, new AssumptionII1Report.Part(false, none),
          new AssumptionII1Report.Part(false, none + ", so there is no minimizer"), minimizer);
    }
    AssumptionII1Report.Part c = new AssumptionII1Report.Part(minimizer.unique(),
        "the nonnegative l1 minimizer is " + minimizer.reason());
    return new AssumptionII1Report(a, partB(system, minimizer), c, minimizer);
  }

  private static AssumptionII1Report.Part partB(LinearSystem system, L1Solution minimizer) {
    if (minimizer.uniqueness() == L1Uniqueness.UNIQUE_ONLY_SOLUTION) {
      return new AssumptionII1Report.Part(false, "the nonnegative solution is unique: no non-zero"
          + " n in ker A has n >= 0 off the support of x*");
    }
    BigRational[] direction = minimizer.direction();
    if (direction.length == 0) {
      return new AssumptionII1Report.Part(true, "the cone of feasible directions at x* is"
          + " non-zero (the slice LP is feasible)");
    }
    if (!minimizer.exact()) {
      return new AssumptionII1Report.Part(true, "a feasible direction exists at x*");
    }
    BigRational[] second = secondSolution(minimizer.x(), direction);
    boolean verified = system.solves(second) && Arrays.stream(second).allMatch(v -> v.signum() >= 0)
        && !Arrays.equals(second, minimizer.x());
    return new AssumptionII1Report.Part(verified, verified
        ? "x* and x' = " + Arrays.toString(second) + " are distinct nonnegative solutions"
        : "the constructed second solution failed the exact check (a bug)");
  }

  /**
   * {@code x + t n} with {@code t = min(1, min_{n_i < 0} x_i / (2 |n_i|))}: nonnegative when
   * {@code x_i > 0} wherever {@code n_i < 0}, and different from x when {@code n != 0}.
   */
  static BigRational[] secondSolution(BigRational[] x, BigRational[] n) {
    BigRational t = BigRational.ONE;
    for (int i = 0; i < x.length; i++) {
      if (n[i].signum() < 0) {
        t = t.min(x[i].divide(n[i].abs().multiply(BigRational.TWO)));
      }
    }
    BigRational[] result = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      result[i] = x[i].add(t.multiply(n[i]));
    }
    return result;
  }
}
