package org.tacit.group.model;

/**
 * A group-lasso estimate with its optimality certificate (see {@link GroupLasso}): for the
 * objective {@code P(w) = ||y - Xw||^2 / (2n) + lambda sum_l ||w_l||}, the primal value at
 * {@code w}, the dual value {@code D(rho) = (<rho, y> - ||rho||^2 / 2) / n} at the feasible dual
 * point {@code rho = s (y - Xw)}, {@code s = min(1, n lambda / max_l ||X_l^T (y - Xw)||)}, the
 * duality gap {@code P(w) - D(rho) >= P(w) - P(w_hat) >= 0}, and the per-group KKT residuals
 * ({@code ||X_l^T r / n - lambda w_l / ||w_l|| ||} for {@code w_l != 0},
 * {@code max(0, ||X_l^T r / n|| - lambda)} for {@code w_l = 0}).
 *
 * <p>Spec: {@code LNHW:fig-12}.
 *
 * @param w the estimate
 * @param lambda the penalty
 * @param primal {@code P(w)}
 * @param dual {@code D(rho)}
 * @param kktResiduals the KKT residual of every group
 * @param iterations the accelerated proximal-gradient iterations made
 */
public record GroupLassoSolution(double[] w, double lambda, double primal, double dual,
    double[] kktResiduals, int iterations) {

  /** Copies the arrays. */
  public GroupLassoSolution {
    w = w.clone();
    kktResiduals = kktResiduals.clone();
  }

  /** The estimate (a copy). */
  @Override
  public double[] w() {
    return w.clone();
  }

  /** The KKT residuals (a copy). */
  @Override
  public double[] kktResiduals() {
    return kktResiduals.clone();
  }

  /** The duality gap {@code P(w) - D(rho)}. */
  public double gap() {
    return primal - dual;
  }

  /** The gap relative to the primal value ({@code gap / P(w)}; 0 when {@code P(w) = 0}). */
  public double relativeGap() {
    return primal > 0 ? gap() / primal : 0;
  }

  /** The largest KKT residual over the groups. */
  public double maxKktResidual() {
    double max = 0;
    for (double residual : kktResiduals) {
      max = Math.max(max, residual);
    }
    return max;
  }

  /** Whether the certificate holds: relative gap at most {@code tolerance}. */
  public boolean certified(double tolerance) {
    return relativeGap() <= tolerance;
  }
}
