package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.training.Objective;

/**
 * Plain gradient descent on the grouped parameterization {@code w_i = u_{g(i)}^2 v_i} without
 * weight normalisation (LNHW Appendix E.1, Figure 7): the objective {@code c L_n(u, v)} on
 * {@code theta = (u_1, ..., u_L, v_1, ..., v_p)} with the gradient of Appendix B
 * ({@link GroupedLoss#fromCorrelations}), for {@link org.tacit.training.GradientDescent}.
 *
 * <p>Follows the {@link Objective} call protocol (caches the residual in {@link #loss}); one
 * instance per run. Cost O(n p) per evaluation.
 *
 * <p>Spec: {@code LNHW:fig-7}.
 */
public final class BaselineGroupedObjective implements Objective {

  private final GroupedDesign design;
  private final GroupPartition groups;
  private final double scale;
  private final int groupCount;
  private final int n;
  private final int p;
  private double[] residual;
  private final double[] weights;

  /** The loss of {@code design} in {@code convention}. */
  public BaselineGroupedObjective(GroupedDesign design, LossConvention convention) {
    this.design = design;
    this.groups = design.groups();
    this.n = design.samples();
    this.p = design.dimension();
    this.groupCount = groups.groupCount();
    this.scale = convention.scale(n);
    this.residual = new double[n];
    this.weights = new double[p];
  }

  /** The design. */
  public GroupedDesign design() {
    return design;
  }

  @Override
  public int dimension() {
    return groupCount + p;
  }

  @Override
  public double loss(double[] theta) {
    for (int i = 0; i < p; i++) {
      double ug = theta[groups.groupOf(i)];
      weights[i] = ug * ug * theta[groupCount + i];
    }
    residual = design.residual(weights);
    double sum = 0;
    for (double r : residual) {
      sum += r * r;
    }
    return scale * sum / (2.0 * n);
  }

  @Override
  public void gradient(double[] theta, double[] out) {
    double[] s = design.correlations(residual);
    double[] u = Arrays.copyOfRange(theta, 0, groupCount);
    double[] v = Arrays.copyOfRange(theta, groupCount, theta.length);
    GroupedLoss.Gradient gradient = GroupedLoss.fromCorrelations(groups, u, v, s, scale);
    System.arraycopy(gradient.u(), 0, out, 0, groupCount);
    System.arraycopy(gradient.v(), 0, out, groupCount, p);
  }
}
