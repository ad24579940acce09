package org.tacit.group.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedLoss;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.SwitchRuleInstance;
import org.tacit.group.model.UpdateOrder;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Algorithm 2, update by update: the run of {@link AlgorithmRun} (recorded at every step) is
 * re-derived from its own iterates with independent code:
 * <ul>
 *   <li>the recorded switching step equals the first step at which the rule's criterion holds,
 *       recomputed from the recorded {@code u(t)} (THEORY: {@code u_l(t)^2 >= (u_l*)^2/2} for all
 *       l; PRACTICAL: {@code max_l |u_l(t+1) - u_l(t)|/|u_l(t) + varepsilon| < tau}, switch at
 *       {@code t + 1}; the code's variant compares the first update with 1; FIXED: the given
 *       step), or -1 when it never holds within the run;</li>
 *   <li>every update {@code t} is {@code v_l(t+1) = z_l/||z_l||},
 *       {@code z_l = v_l(t) - eta_{l,t} grad_{v_l} L(u(t), v(t))} with the literal
 *       {@code eta_{l,t} = 1/u_l(t)^4} before the switch and the constant {@code eta} from it on,
 *       and {@code u(t+1) = u(t) - gamma grad_u L(u(t), v(t+1))} (or at {@code v(t)}, Jacobi),
 *       with the gradients of {@link GroupedLoss} (worst entry over the run, to
 *       {@link LnhwTolerances#ALGORITHM_STEPS} at the scale of the summed terms);</li>
 *   <li>{@code ||v_l(t)|| = 1} for {@code t >= 1} (to {@link LnhwTolerances#NORMALISED}) and
 *       {@code u_l(t) > 0} throughout.</li>
 * </ul>
 *
 * <p>Hypotheses: {@code u(0) = alpha 1} with {@code alpha > 0} (any positive {@code u(0)} here),
 * unit {@code v_l(0)}.
 *
 * <p>Spec: {@code LNHW:alg-2}.
 */
public final class SwitchRuleAlgorithmChecker extends TheoremChecker<SwitchRuleInstance> {

  /** The item. */
  public static final String SPEC_ID = "LNHW:alg-2";

  /** The initialisation. */
  public static final String POSITIVE_U = "u_l(0) > 0 for every l";

  /** The directions. */
  public static final String UNIT_V = "||v_l(0)|| = 1 for every l";

  /** The checker. */
  public SwitchRuleAlgorithmChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SwitchRuleInstance instance) {
    AlgorithmSettings s = instance.settings();
    return "n=" + instance.design().samples() + ", " + instance.design().groups() + ", rule "
        + s.rule() + ", eta=" + s.constantStep() + ", gamma=" + s.gamma() + ", "
        + s.convention() + ", " + s.order() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(SwitchRuleInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.design().groups();
    boolean positive = true;
    for (double ul : instance.u0()) {
      positive &= ul > 0;
    }
    double worstNorm = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      worstNorm = Math.max(worstNorm, Math.abs(norm(groups, instance.v0(), l) - 1));
    }
    if (!hypotheses.require(POSITIVE_U, positive)
        || !hypotheses.require(UNIT_V, worstNorm <= LnhwTolerances.NORMALISED)) {
      return List.of();
    }
    AlgorithmSettings settings = instance.settings();
    AlgorithmRun run = AlgorithmRun.of(instance.design(), settings, instance.u0(),
        instance.v0(), instance.steps(), AlgorithmRun.everyStep(instance.steps()));
    int recorded = run.checkpoints().size();
    List<Check> checks = new ArrayList<>();
    long expected = expectedSwitch(settings.rule(), run, recorded);
    checks.add(Check.equal(SPEC_ID, "recorded switching step = first step meeting the rule",
        run.switchStep(), expected, 0.0));
    GroupedLoss loss = new GroupedLoss(instance.design(), settings.convention());
    double[] worstV = {0, 0, 1};
    double worstVGap = -1;
    double[] worstU = {0, 0, 1};
    double worstUGap = -1;
    double minU = Double.POSITIVE_INFINITY;
    double unit = 0;
    for (int t = 0; t + 1 < recorded; t++) {
      double[] u = run.u(t);
      double[] v = run.v(t);
      double[] vNext = run.v(t + 1);
      double[] uNext = run.u(t + 1);
      boolean constant = expected >= 0 && t >= expected;
      GroupedLoss.Gradient gradient = loss.gradient(u, v);
      double[] z = new double[v.length];
      double[] normSquared = new double[groups.groupCount()];
      double[] terms = new double[groups.groupCount()];
      for (int i = 0; i < v.length; i++) {
        int l = groups.groupOf(i);
        double eta = constant ? settings.constantStep() : 1.0 / Math.pow(u[l], 4);
        z[i] = v[i] - eta * gradient.v()[i];
        normSquared[l] += z[i] * z[i];
        terms[l] += Math.abs(v[i]) + Math.abs(eta * gradient.v()[i]);
      }
      for (int i = 0; i < v.length; i++) {
        int l = groups.groupOf(i);
        double norm = Math.sqrt(normSquared[l]);
        double want = z[i] / norm;
        double scale = Math.max(1.0, terms[l] / norm);
        double gap = Math.abs(vNext[i] - want) / scale;
        if (gap > worstVGap) {
          worstVGap = gap;
          worstV = new double[] {vNext[i], want, scale};
        }
      }
      double[] gradU = loss.gradient(u,
          settings.order() == UpdateOrder.GAUSS_SEIDEL ? vNext : v).u();
      for (int l = 0; l < groups.groupCount(); l++) {
        double want = u[l] - settings.gamma() * gradU[l];
        double scale = Math.abs(u[l]) + Math.abs(settings.gamma() * gradU[l]);
        double gap = Math.abs(uNext[l] - want) / scale;
        if (gap > worstUGap) {
          worstUGap = gap;
          worstU = new double[] {uNext[l], want, scale};
        }
        minU = Math.min(minU, uNext[l]);
        unit = Math.max(unit, Math.abs(norm(groups, vNext, l) - 1));
      }
    }
    if (worstVGap >= 0) {
      checks.add(Check.equalAtScale(SPEC_ID, "v(t+1) = z/||z||, eta_t = 1/u^4 before T_s,"
          + " eta after (worst entry)", worstV[0], worstV[1], worstV[2],
          LnhwTolerances.ALGORITHM_STEPS));
      checks.add(Check.equalAtScale(SPEC_ID, "u(t+1) = u(t) - gamma grad_u L (worst group)",
          worstU[0], worstU[1], worstU[2], LnhwTolerances.ALGORITHM_STEPS));
      checks.add(Check.lessOrEqual(SPEC_ID, "max_t>=1 | ||v_l(t)|| - 1 | <= NORMALISED", unit,
          LnhwTolerances.NORMALISED, 0.0));
      checks.add(Check.less(SPEC_ID, "min_t>=1 u_l(t) > 0", 0.0, minU));
    }
    return checks;
  }

  /** The switching step the rule prescribes along the recorded iterates, or -1. */
  static long expectedSwitch(SwitchRule rule, AlgorithmRun run, int recorded) {
    int updates = recorded - 1;
    switch (rule.kind()) {
      case NEVER:
        return -1;
      case FIXED_STEP:
        return rule.fixedStep() < updates || rule.fixedStep() == 0 ? rule.fixedStep() : -1;
      case THEORY:
        double[] target = rule.targetMagnitudes();
        for (int t = 0; t < updates; t++) {
          double[] u = run.u(t);
          boolean all = true;
          for (int l = 0; l < u.length; l++) {
            all &= u[l] * u[l] >= target[l] / 2;
          }
          if (all) {
            return t;
          }
        }
        return -1;
      default:
        for (int t = 0; t < updates; t++) {
          double[] previous = run.u(t);
          if (t == 0 && rule.kind() == SwitchRule.Kind.PRACTICAL_FROM_ONE) {
            Arrays.fill(previous, 1.0);
          }
          double[] next = run.u(t + 1);
          double max = 0;
          for (int l = 0; l < next.length; l++) {
            max = Math.max(max, Math.abs(next[l] - previous[l])
                / Math.abs(previous[l] + rule.epsilon()));
          }
          if (max < rule.tolerance()) {
            return t + 1;
          }
        }
        return -1;
    }
  }

  private static double norm(GroupPartition groups, double[] v, int l) {
    double sum = 0;
    for (int k = 0; k < groups.size(l); k++) {
      double vi = v[groups.member(l, k)];
      sum += vi * vi;
    }
    return Math.sqrt(sum);
  }
}
