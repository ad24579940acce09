package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DormandPrinceIntegrator;
import org.tacit.group.model.ExactFlowField;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.FlowEquationInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedDesign;
import org.tacit.group.model.GroupedGradientFlow;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.Rationals;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW eq. (3): the gradient flow {@code du_l/dt = (2/n) u_l v_l^T X_l^T r},
 * {@code dv_l/dt = (1/n) u_l^2 X_l^T r}, {@code r = y - sum_l' u_l'^2 X_l' v_l'}, is the gradient
 * flow of {@code L_n = ||y - Xw||^2 / (2n)}.
 *
 * <p>Checks: (i) exactly, at the rational starting point, the right-hand side of (3) in its printed
 * design form ({@link ExactFlowField}) equals {@code -grad L_n} computed independently in Gram form
 * ({@link ExactGramModel}); (ii) the double-precision field that the integrator uses
 * ({@link GroupedGradientFlow}) agrees with the exact one to its rounding
 * ({@link LnhwTolerances#ALGEBRA} at the scale of the absolute terms); (iii) along the
 * Dormand-Prince solution up to the horizon, the Lemma 2 quantity {@code u_l^2/2 - ||v_l||^2}
 * (conserved by the exact flow) drifts by at most {@link LnhwTolerances#flowAccumulation} of its
 * scale, which validates the integrator, and {@code u_l} stays positive ({@code u_l' = u_l (...)}
 * cannot cross 0).
 *
 * <p>Hypothesis: {@code u(0)} in {@code R_+^L} (the paper's parameter domain).
 */
public final class GradientFlowEquationChecker extends TheoremChecker<FlowEquationInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:eq-3";

  /** The hypothesis on the starting point. */
  public static final String POSITIVE_U = "u(0) in R_+^L";

  private static final int SAMPLES = 8;

  /** The checker. */
  public GradientFlowEquationChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(FlowEquationInstance instance) {
    return "n=" + instance.design().length + ", p=" + instance.groups().dimension() + ", L="
        + instance.groups().groupCount() + ", T=" + instance.horizon();
  }

  @Override
  protected List<Check> evaluate(FlowEquationInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    boolean positive = true;
    for (BigRational ul : instance.u()) {
      positive &= ul.signum() > 0;
    }
    if (!hypotheses.require(POSITIVE_U, positive)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    ExactFlowField field = new ExactFlowField(groups, instance.design(), instance.responses());
    ExactFlowField.Velocity velocity = field.velocity(instance.u(), instance.v());
    ExactGramModel.ExactGradient gradient = ExactGramModel.ofDesign(groups, instance.design(),
        instance.responses()).gradient(instance.u(), instance.v(), LossConvention.PAPER);
    checks.add(Check.equal(SPEC_ID, "sum_l (du_l/dt + dL_n/du_l)^2 = 0 (exact)",
        squaredSum(velocity.u(), gradient.u()), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "sum_i (dv_i/dt + dL_n/dv_i)^2 = 0 (exact)",
        squaredSum(velocity.v(), gradient.v()), BigRational.ZERO));

    GroupedDesign design = instance.groupedDesign();
    GroupedGradientFlow flow = new GroupedGradientFlow(design);
    double[] start = GroupedGradientFlow.state(Rationals.toDouble(instance.u()),
        Rationals.toDouble(instance.v()));
    double[] dz = new double[start.length];
    flow.evaluate(start, dz);
    double[] scale = absoluteScale(design, Rationals.toDouble(instance.u()),
        Rationals.toDouble(instance.v()));
    double worst = 0;
    for (int k = 0; k < dz.length; k++) {
      BigRational exact = k < groups.groupCount() ? velocity.u()[k]
          : velocity.v()[k - groups.groupCount()];
      worst = Math.max(worst, Math.abs(dz[k] - exact.doubleValue()) / Math.max(scale[k],
          Double.MIN_NORMAL));
    }
    checks.add(Check.lessOrEqual(SPEC_ID,
        "double field of (3) = exact field, relative to the absolute terms", worst,
        LnhwTolerances.ALGEBRA, 0.0));

    double[] times = new double[SAMPLES + 1];
    for (int k = 0; k <= SAMPLES; k++) {
      times[k] = instance.horizon() * k / SAMPLES;
    }
    DormandPrinceIntegrator.Trajectory trajectory = new DormandPrinceIntegrator(
        LnhwTolerances.FLOW_RTOL, LnhwTolerances.FLOW_ATOL, LnhwTolerances.FLOW_MAX_STEPS)
        .integrate(flow, start, times);
    double drift = LnhwTolerances.flowAccumulation(trajectory.acceptedSteps(), start.length);
    for (int l = 0; l < groups.groupCount(); l++) {
      double invariantScale = 0;
      for (int k = 0; k <= SAMPLES; k++) {
        invariantScale = Math.max(invariantScale, balanceScale(flow, trajectory.state(k), l));
      }
      double initial = balance(flow, trajectory.state(0), l);
      double worstDrift = 0;
      double worstValue = initial;
      for (int k = 1; k <= SAMPLES; k++) {
        double value = balance(flow, trajectory.state(k), l);
        if (Math.abs(value - initial) >= worstDrift) {
          worstDrift = Math.abs(value - initial);
          worstValue = value;
        }
      }
      checks.add(Check.equalAtScale(SPEC_ID, "integrator: u_" + l + "^2/2 - ||v_" + l
          + "||^2 conserved on [0, T]", worstValue, initial, invariantScale, drift));
    }
    double smallestU = Double.POSITIVE_INFINITY;
    for (int k = 0; k <= SAMPLES; k++) {
      for (double ul : flow.u(trajectory.state(k))) {
        smallestU = Math.min(smallestU, ul);
      }
    }
    checks.add(Check.less(SPEC_ID, "u_l(t) > 0 on [0, T]", 0.0, smallestU));
    return checks;
  }

  private static BigRational squaredSum(BigRational[] velocity, BigRational[] gradient) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < velocity.length; k++) {
      BigRational d = velocity[k].add(gradient[k]);
      sum = sum.add(d.multiply(d));
    }
    return sum;
  }

  private static double balance(GroupedGradientFlow flow, double[] z, int l) {
    double ul = flow.u(z)[l];
    double[] v = flow.v(z);
    double norm = 0;
    for (int i : flow.design().groups().members(l)) {
      norm += v[i] * v[i];
    }
    return ul * ul / 2 - norm;
  }

  private static double balanceScale(GroupedGradientFlow flow, double[] z, int l) {
    double ul = flow.u(z)[l];
    double[] v = flow.v(z);
    double norm = 0;
    for (int i : flow.design().groups().members(l)) {
      norm += v[i] * v[i];
    }
    return ul * ul / 2 + norm;
  }

  /** The field of (3) evaluated with every term replaced by its absolute value. */
  private static double[] absoluteScale(GroupedDesign design, double[] u, double[] v) {
    GroupPartition groups = design.groups();
    int n = design.samples();
    int p = groups.dimension();
    double[] w = new double[p];
    for (int i = 0; i < p; i++) {
      double ul = u[groups.groupOf(i)];
      w[i] = Math.abs(ul * ul * v[i]);
    }
    double[] y = design.responses();
    double[] s = new double[p];
    for (int row = 0; row < n; row++) {
      double residual = Math.abs(y[row]);
      for (int j = 0; j < p; j++) {
        residual += Math.abs(design.x(row, j)) * w[j];
      }
      for (int j = 0; j < p; j++) {
        s[j] += Math.abs(design.x(row, j)) * residual / n;
      }
    }
    double[] scale = new double[groups.groupCount() + p];
    for (int i = 0; i < p; i++) {
      int l = groups.groupOf(i);
      scale[groups.groupCount() + i] = u[l] * u[l] * s[i];
      scale[l] += 2 * Math.abs(u[l] * v[i]) * s[i];
    }
    return scale;
  }
}
