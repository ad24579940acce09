package org.tacit.grokking.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * A run of subgradient descent (1) on {@code f = g + beta h}, {@code g = ||X a - y||^2/2}, given by
 * exact data that double precision represents exactly (dyadic rationals), so that the double run
 * of {@link SubgradientDescent} and the exact analysis of {@link SubgradientTrajectory} see the
 * same problem.
 *
 * @param loss g (X, y)
 * @param regularizer h (l1 or {@code ||.||^2/2})
 * @param beta the regularization strength
 * @param alpha the step
 * @param initial {@code x^(0)}
 * @param steps T, the number of updates
 * @param start t1, the first index of the window {@code [t1, t2]} of Lemma C.12 / Theorem C.13
 * @param groundTruth {@code a*} with {@code X a* = y} (a point of {@code Theta_g}), a comparator
 *     <p>Spec: {@code TDR:lem-C.12}, {@code TDR:thm-C.13}.
 */
public record SubgradientRunInstance(RationalLeastSquares loss, Regularizer regularizer,
    BigRational beta, BigRational alpha, BigRational[] initial, int steps, int start,
    BigRational[] groundTruth) {

  /** Copies the arrays. */
  public SubgradientRunInstance {
    initial = initial.clone();
    groundTruth = groundTruth.clone();
  }

  /** Whether every datum equals its double value (so the double run sees the exact problem). */
  public boolean representableInDouble() {
    boolean ok = exactDouble(beta) && exactDouble(alpha);
    for (BigRational[] row : loss.design().toArray()) {
      ok &= Arrays.stream(row).allMatch(SubgradientRunInstance::exactDouble);
    }
    ok &= Arrays.stream(loss.targets()).allMatch(SubgradientRunInstance::exactDouble);
    ok &= Arrays.stream(initial).allMatch(SubgradientRunInstance::exactDouble);
    return ok;
  }

  private static boolean exactDouble(BigRational q) {
    double d = q.doubleValue();
    return Double.isFinite(d) && BigRational.valueOf(d).equals(q);
  }

  /** A short description for verdicts. */
  public String describe() {
    return "N=" + loss.design().rows() + ", p=" + loss.dimension() + ", h=" + regularizer.name()
        + ", alpha=" + alpha + ", beta=" + beta + ", T=" + steps + ", t1=" + start + ", X="
        + loss.design() + ", y=" + Arrays.toString(loss.targets()) + ", x0="
        + Arrays.toString(initial);
  }
}
