package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * A rational regression instance with a rational parameter point: the design {@code X}
 * ({@code n x p}), the responses {@code y}, the column groups, a point {@code (u, v)} and a GD step
 * {@code h}. The checkers of the loss, its gradients and Lemma 2 take it.
 *
 * @param groups the column partition (L groups, p coordinates)
 * @param x the design, {@code n x p}
 * @param y the responses, length n
 * @param u the group magnitudes, length L
 * @param v the directions, length p
 * @param step a gradient-descent step size {@code h > 0}
 */
public record GradientInstance(GroupPartition groups, BigRational[][] x, BigRational[] y,
    BigRational[] u, BigRational[] v, BigRational step) {

  /** The exact Gram-form model of {@code (X, y)}. */
  public ExactGramModel model() {
    return ExactGramModel.ofDesign(groups, x, y);
  }

  /** The number of samples n. */
  public int samples() {
    return x.length;
  }

  /** Whether {@code u in R_+^L}: every {@code u_l > 0} (the domain of G). */
  public boolean magnitudesPositive() {
    for (BigRational value : u) {
      if (value.signum() <= 0) {
        return false;
      }
    }
    return true;
  }

  /** One line: sizes, and the point. */
  public String describe() {
    return "n=" + x.length + ", " + groups + ", u=" + Arrays.toString(u) + ", v="
        + Arrays.toString(v) + ", h=" + step;
  }
}
