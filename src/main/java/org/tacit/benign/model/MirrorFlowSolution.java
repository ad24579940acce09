package org.tacit.benign.model;

/**
 * The gradient-flow limit {@code beta = phi(X^T mu)} computed by {@link MirrorFlowLimit}, with its
 * certificate.
 *
 * <p>Certificate: {@code beta} is {@code phi(X^T mu)} for the returned {@code mu} (up to the
 * rounding of {@link MirrorLink}), so it lies on the flow's invariant manifold by construction and
 * is the exact minimizer of {@code sum_i Phi(beta_i)} subject to {@code X beta = y + r} for its own
 * residual {@code r}; {@code residualNorm = ||X beta - y||} (the dual gradient norm
 * {@code ||grad F(mu)||}) measures how far {@code y + r} is from {@code y}. {@code correctionNorm}
 * is the norm of the primal Newton correction {@code D X^T (X D X^T)^{-1} r},
 * {@code D = diag(phi'(X^T mu))}: the first-order change of the minimizer when {@code r} is removed
 * (an estimate of the forward error, not a bound). {@code converged} is true when the residual
 * reached the tolerance {@link ZgTolerances#flowLimitResidual} of its rounding scale.
 *
 * <p>Spec: {@code ZG:rem-1.4}, {@code ZG:rem-1.1}.
 *
 * @param beta the limit {@code beta = phi(X^T mu)}
 * @param multiplier the dual variable {@code mu} in {@code R^n}
 * @param iterations Newton iterations used
 * @param converged whether the residual reached its tolerance
 * @param residualNorm {@code ||X beta - y||_2}
 * @param residualScale the rounding scale {@code || |X| |beta| ||_2 + ||y||_2} of the residual
 * @param relativeTarget the residual target relative to {@code residualScale}
 *     ({@link ZgTolerances#flowLimitResidual}); it also bounds the relative rounding of each
 *     {@code beta_j = phi(z_j)}
 * @param correctionNorm the norm of the primal Newton correction at the end
 */
public record MirrorFlowSolution(double[] beta, double[] multiplier, int iterations,
    boolean converged, double residualNorm, double residualScale, double relativeTarget,
    double correctionNorm) {

  /** Copies the arrays. */
  public MirrorFlowSolution {
    beta = beta.clone();
    multiplier = multiplier.clone();
  }

  /** Whether the residual is at most {@code relativeTarget * residualScale}. */
  public boolean residualWithinTarget() {
    return residualNorm <= relativeTarget * residualScale;
  }

  /** The limit (a copy). */
  @Override
  public double[] beta() {
    return beta.clone();
  }

  /** The dual variable (a copy). */
  @Override
  public double[] multiplier() {
    return multiplier.clone();
  }
}
