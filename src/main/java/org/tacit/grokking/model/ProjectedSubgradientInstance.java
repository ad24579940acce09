package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * An exact run of the projected subgradient method of TDR Appendix D.1 for
 * {@code min ||a||_1 s.t. X a = y*}: {@code a^(t+1) = Pi(a^(t) - alpha beta H(a^(t)))}, with
 * {@code H = sign} (sign(0) = 0) and {@code Pi(a) = a - X^+ (X a - y*)} the orthogonal projection
 * onto {@code {a : X a = y*}}, from {@code a^(1)}; iterates {@code a^(1) .. a^(steps+1)}.
 *
 * <p>Spec: {@code TDR:rem-3.1.5}, {@code TDR:rem-3.1.6}, {@code TDR:rem-D.1.1},
 * {@code TDR:rem-D.1.2}, {@code TDR:eq-116}, {@code TDR:eq-117}.
 *
 * @param data X, a*, xi (the method's bound needs xi = 0: a* must be feasible)
 * @param alpha the step
 * @param beta the weight of the l1 term
 * @param initial a^(1) (length n)
 * @param steps the number of updates
 */
public record ProjectedSubgradientInstance(SparseRecoveryData data, BigRational alpha,
    BigRational beta, BigRational[] initial, int steps) {

  /** Copies the initial point and checks its length. */
  public ProjectedSubgradientInstance {
    if (initial.length != data.dimension()) {
      throw new IllegalArgumentException("a^(1) of length " + initial.length + " for n = "
          + data.dimension());
    }
    initial = initial.clone();
  }

  /** A copy of a^(1). */
  @Override
  public BigRational[] initial() {
    return initial.clone();
  }

  /**
   * The iterates {@code a^(1) .. a^(steps+1)} (index {@code t - 1} holds {@code a^(t)}), exactly.
   * O(steps (N n + n r + r^2)) rational operations after one pseudo-inverse.
   */
  public BigRational[][] iterates() {
    ExactLeastSquares projector = new ExactLeastSquares(data.design());
    BigRational[] targets = data.targets();
    BigRational step = alpha.multiply(beta);
    BigRational[][] path = new BigRational[steps + 1][];
    path[0] = initial.clone();
    for (int t = 0; t < steps; t++) {
      BigRational[] moved = ExactVectors.subtract(path[t],
          ExactVectors.scale(step, ExactVectors.sign(path[t])));
      BigRational[] violation = ExactVectors.subtract(data.design().multiply(moved), targets);
      path[t + 1] = ExactVectors.subtract(moved, projector.pseudoInverseTimes(violation));
    }
    return path;
  }
}
