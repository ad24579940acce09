package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.training.Objective;

/**
 * The unstructured baselines of LNHW Figure 4 as {@link Objective}s for plain gradient descent:
 * Vaskevicius et al. (2019), {@code w = u o u - v o v} with {@code theta = (u, v)} (the paper's
 * text), and the authors' code's {@code w = v o v} with {@code theta = v} (positive entries only,
 * inventory E14). The loss is {@code c ||y - X w||^2 / (2n)} with the {@link LossConvention}'s
 * factor; with {@code s = X^T r / n}, {@code dL/dw = -c s}, so
 * {@code dL/du = -2 c u o s}, {@code dL/dv = 2 c v o s} (difference) and {@code dL/dv = -2 c v o s}
 * (squares).
 *
 * <p>Follows the {@link Objective} call protocol (caches the residual in {@link #loss}); one
 * instance per run. Cost O(n p) per evaluation.
 *
 * <p>Spec: {@code LNHW:fig-4}.
 */
public final class BaselineObjective implements Objective {

  /** The two parameterizations. */
  public enum Kind {
    /** {@code w = u^2 - v^2}, theta = (u, v). */
    DIFFERENCE_OF_SQUARES,
    /** {@code w = v^2}, theta = v. */
    SQUARES
  }

  private final GroupedDesign design;
  private final Kind kind;
  private final double scale;
  private final int p;
  private final int n;
  private double[] residual;

  /** The baseline {@code kind} on {@code design} in {@code convention}. */
  public BaselineObjective(GroupedDesign design, Kind kind, LossConvention convention) {
    this.design = design;
    this.kind = kind;
    this.n = design.samples();
    this.p = design.dimension();
    this.scale = convention.scale(n);
    this.residual = new double[n];
  }

  /** {@code alpha 1} in this parameterization ({@code u = v = alpha 1}: w = 0 for u^2 - v^2). */
  public double[] initial(double alpha) {
    double[] theta = new double[dimension()];
    Arrays.fill(theta, alpha);
    return theta;
  }

  /** {@code w} of the parameters. */
  public double[] weights(double[] theta) {
    double[] w = new double[p];
    for (int i = 0; i < p; i++) {
      w[i] = kind == Kind.SQUARES ? theta[i] * theta[i]
          : theta[i] * theta[i] - theta[p + i] * theta[p + i];
    }
    return w;
  }

  /** The design. */
  public GroupedDesign design() {
    return design;
  }

  @Override
  public int dimension() {
    return kind == Kind.SQUARES ? p : 2 * p;
  }

  @Override
  public double loss(double[] theta) {
    residual = design.residual(weights(theta));
    double sum = 0;
    for (double r : residual) {
      sum += r * r;
    }
    return scale * sum / (2.0 * n);
  }

  @Override
  public void gradient(double[] theta, double[] out) {
    double[] s = design.correlations(residual);
    for (int i = 0; i < p; i++) {
      double gw = -scale * s[i];
      out[i] = 2 * theta[i] * gw;
      if (kind == Kind.DIFFERENCE_OF_SQUARES) {
        out[p + i] = -2 * theta[p + i] * gw;
      }
    }
  }
}
