package org.tacit.training;

/**
 * A differentiable objective {@code L : R^n -> R} on flat parameter vectors, as
 * {@link GradientDescent} uses it.
 *
 * <p>Call protocol: the loop evaluates {@link #loss} at {@code theta} first, and calls
 * {@link #gradient} or {@link #descend} only right after that, at the same (unmodified)
 * {@code theta}. An implementation may therefore cache in {@link #loss} what the gradient needs
 * (e.g. the residuals of a least-squares loss) and reuse it; callers outside the loop must follow
 * the same protocol. Such an objective holds per-run scratch state: use one instance per
 * concurrent run.
 *
 * <p>Cost: whatever the model's evaluation costs; the loop adds O(n) per step.
 */
public interface Objective {

  /** The number {@code n} of parameters; every {@code theta} passed in has this length. */
  int dimension();

  /**
   * {@code L(theta)}; may be non-finite (the loop then stops as diverged). Does not modify
   * {@code theta}.
   */
  double loss(double[] theta);

  /**
   * Writes {@code grad L(theta)} into {@code out} (length {@link #dimension()}); called right
   * after {@link #loss} at the same {@code theta}. Does not modify {@code theta}.
   */
  void gradient(double[] theta, double[] out);

  /**
   * The gradient step {@code theta <- theta - step grad L(theta)} in place; called right after
   * {@link #loss} at the same {@code theta}. The default computes the gradient into a fresh array
   * (O(n) allocation) and subtracts {@code step * g[k]} from each entry; an objective may override
   * it with a fused update whose floating-point operations differ (e.g. to keep the rounding of an
   * earlier implementation bit for bit), as long as it is the same step in exact arithmetic.
   */
  default void descend(double[] theta, double step) {
    double[] g = new double[theta.length];
    gradient(theta, g);
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= step * g[k];
    }
  }
}
