package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DormandPrinceIntegrator;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedGradientFlow;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.OrthogonalFacts;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.group.model.OrthogonalFlowReduction;
import org.tacit.group.model.OrthogonalFlowWindow;
import org.tacit.group.model.OrthogonalRecoveryHypotheses;
import org.tacit.group.model.Rationals;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Theorem 2 with explicit constants: under an exactly orthogonal design, with
 * {@code u_l(0) = theta < eps / (2 (u*_max)^2)} and {@code v_l(0) = eta_l X_l^T y / n},
 * {@code ||v_l(0)||^2 = theta^2 / 2}, there is a window {@code [t_in, t_out]} of the flow (3) on
 * which {@code ||w_l(t) - w_l*||_inf <= 2 (||X^T xi / n||_inf v eps)} for {@code l in S} and
 * {@code ||w_l(t)||_inf <= theta^{3/2} / sqrt 2} for {@code l not in S} (the paper's hidden
 * constants replaced by 2 and {@code 1/sqrt 2}).
 *
 * <p>Checks: the window of {@link OrthogonalFlowWindow} (from the exact reduction) is non-empty,
 * {@code t_in <= t_out} (or no off-support group ever reaches {@code sqrt theta}, decided exactly
 * by {@code 2 m_l^2 <= theta^3}), and lies between the explicit times
 * {@code t_in <= T_in^+ <= T_out^- <= t_out}; both bounds at both ends of the window (enough: each
 * {@code u_l} is monotone and the support error is convex in {@code ||w_l||}); and the
 * Dormand-Prince solution of (3) itself agrees with the reduction at {@code t_in/2} and
 * {@code t_in} ({@link LnhwTolerances#flowVersusReduction}) and meets both bounds at {@code t_in}.
 *
 * <p>Hypotheses ({@link OrthogonalRecoveryHypotheses}): the theorem's, plus the proof's noise
 * condition {@code ||X_l^T xi/n||_2 <= (u*_min)^2/100} (its {@code B <= 1/100}, in the l2 norm its
 * Lemma 3 step uses), {@code theta < 1} and {@code X_l^T y / n != 0} (so that {@code eta_l} exists).
 */
public final class OrthogonalRecoveryTheoremChecker
    extends TheoremChecker<OrthogonalFlowInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:thm-2";

  private static final double SQRT2 = Math.sqrt(2);

  /** The checker. */
  public OrthogonalRecoveryTheoremChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(OrthogonalFlowInstance instance) {
    return instance.describe();
  }

  @Override
  protected List<Check> evaluate(OrthogonalFlowInstance instance, Hypotheses hypotheses) {
    if (!OrthogonalRecoveryHypotheses.decide(instance, hypotheses::require)) {
      return List.of();
    }
    GroupPartition groups = instance.groups();
    OrthogonalFlowWindow window = OrthogonalFlowWindow.of(instance);
    BigRational[] a = instance.correlations();
    BigRational[] g = instance.noiseCorrelations();
    double theta = instance.theta().doubleValue();
    double eps = instance.epsilon().doubleValue();
    double noise = 0;
    for (BigRational gi : g) {
      noise = Math.max(noise, gi.abs().doubleValue());
    }
    double supportBound = 2 * Math.max(noise, eps);
    double offBound = Math.pow(theta, 1.5) / SQRT2;
    double tol = LnhwTolerances.REDUCTION_TIME;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "t_in <= T_in^+ = max_S [1/(sqrt2 m theta) + "
        + "log(3m/eps)/(3 (sqrt2 m)^{4/3})]", window.entry(), window.entryBound(), tol));
    if (Double.isFinite(window.exit())) {
      checks.add(Check.lessOrEqual(SPEC_ID, "window exists: t_in <= t_out", window.entry(),
          window.exit(), tol));
      checks.add(Check.lessOrEqual(SPEC_ID, "T_in^+ <= T_out^- = min_{not S} (1/theta - "
          + "1/sqrt theta)/(sqrt2 m)", window.entryBound(), window.exitBound(), tol));
      checks.add(Check.lessOrEqual(SPEC_ID, "T_out^- <= t_out", window.exitBound(),
          window.exit(), tol));
    } else {
      for (int l = 0; l < groups.groupCount(); l++) {
        if (!instance.inSupport(l)) {
          checks.add(Check.lessOrEqual(SPEC_ID, "t_out = infinity: 2 m_" + l
              + "^2 <= theta^3 (u_" + l + " never reaches sqrt theta)",
              BigRational.TWO.multiply(OrthogonalFacts.groupSquaredNorm(groups, a, l)),
              instance.theta().pow(3)));
        }
      }
    }
    double[] ends = {window.entry(), window.exit()};
    String[] names = {"t_in", "t_out"};
    for (int e = 0; e < ends.length; e++) {
      double[] u = new double[groups.groupCount()];
      for (int l = 0; l < u.length; l++) {
        u[l] = window.magnitudeAt(l, theta, ends[e]);
      }
      addBounds(checks, instance, window, u, a, "reduction at " + names[e], supportBound,
          offBound, tol);
    }
    addFlowChecks(checks, instance, window, a, supportBound, offBound);
    return checks;
  }

  private static void addFlowChecks(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window, BigRational[] a, double supportBound, double offBound) {
    GroupPartition groups = instance.groups();
    double theta = instance.theta().doubleValue();
    double[] aDouble = Rationals.toDouble(a);
    double[] u0 = new double[groups.groupCount()];
    double[] v0 = new double[groups.dimension()];
    double amplification = 1;
    for (int l = 0; l < u0.length; l++) {
      u0[l] = theta;
      amplification = Math.max(amplification,
          OrthogonalFlowReduction.fixedPoint(window.magnitudes()[l]) / theta);
    }
    for (int i = 0; i < v0.length; i++) {
      v0[i] = theta / (SQRT2 * window.magnitudes()[groups.groupOf(i)]) * aDouble[i];
    }
    GroupedGradientFlow flow = new GroupedGradientFlow(instance.groupedDesign());
    double[] times = {window.entry() / 2, window.entry()};
    DormandPrinceIntegrator.Trajectory trajectory = new DormandPrinceIntegrator(
        LnhwTolerances.FLOW_RTOL, LnhwTolerances.FLOW_ATOL, LnhwTolerances.FLOW_MAX_STEPS)
        .integrate(flow, GroupedGradientFlow.state(u0, v0), times);
    double tol = LnhwTolerances.flowVersusReduction(trajectory.acceptedSteps(),
        u0.length + v0.length, amplification);
    for (int k = 0; k < times.length; k++) {
      double[] u = flow.u(trajectory.state(k));
      double worst = 0;
      double worstFlow = 0;
      double worstReduced = 0;
      for (int l = 0; l < u.length; l++) {
        double reduced = window.magnitudeAt(l, theta, times[k]);
        double gap = Math.abs(u[l] - reduced) / reduced;
        if (gap >= worst) {
          worst = gap;
          worstFlow = u[l];
          worstReduced = reduced;
        }
      }
      checks.add(Check.equal(SPEC_ID, "flow (3) u_l = reduction u_l at " + (k == 0 ? "t_in/2"
          : "t_in") + " (worst group)", worstFlow, worstReduced, tol));
    }
    double[] w = flow.weights(trajectory.state(1));
    double[] truth = Rationals.toDouble(instance.truth());
    double supportError = 0;
    double offNorm = 0;
    for (int i = 0; i < w.length; i++) {
      if (instance.inSupport(groups.groupOf(i))) {
        supportError = Math.max(supportError, Math.abs(w[i] - truth[i]));
      } else {
        offNorm = Math.max(offNorm, Math.abs(w[i]));
      }
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "flow (3) at t_in: max_S ||w_l - w_l*||_inf <= "
        + "2 (||g||_inf v eps)", supportError, supportBound, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, "flow (3) at t_in: max_{not S} ||w_l||_inf <= "
        + "theta^{3/2}/sqrt2", offNorm, offBound, tol));
  }

  private static void addBounds(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window, double[] u, BigRational[] a, String where,
      double supportBound, double offBound, double tol) {
    GroupPartition groups = instance.groups();
    double supportError = 0;
    double offNorm = 0;
    for (int l = 0; l < u.length; l++) {
      double scale = u[l] * u[l] * u[l] / (SQRT2 * window.magnitudes()[l]);
      for (int i : groups.members(l)) {
        double wi = scale * a[i].doubleValue();
        if (instance.inSupport(l)) {
          supportError = Math.max(supportError,
              Math.abs(wi - instance.truth()[i].doubleValue()));
        } else {
          offNorm = Math.max(offNorm, Math.abs(wi));
        }
      }
    }
    checks.add(Check.lessOrEqual(SPEC_ID, where + ": max_S ||w_l - w_l*||_inf <= "
        + "2 (||g||_inf v eps)", supportError, supportBound, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, where + ": max_{not S} ||w_l||_inf <= "
        + "theta^{3/2}/sqrt2", offNorm, offBound, tol));
  }
}
