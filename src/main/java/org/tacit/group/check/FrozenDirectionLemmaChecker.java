package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DormandPrinceIntegrator;
import org.tacit.group.model.ExactFlowField;
import org.tacit.group.model.FrozenDirectionInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedGradientFlow;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.OrthogonalFacts;
import org.tacit.group.model.Rationals;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 4: if {@code X_l^T X_l / n = I}, {@code X_l^T X_l' / n = O} ({@code l != l'}) and
 * {@code v_l(0) = eta X_l^T y / n}, then along the flow (3) {@code v_l(t) = c(t) X_l^T y / n} for a
 * scalar {@code c(t)} (the paper's "constant c" depends on t).
 *
 * <p>Checks, with {@code a_l = X_l^T y / n}: (i) the proof's identity
 * {@code dv_l/dt = u_l^2 a_l - u_l^4 v_l}, exactly, at the starting point and at every Euler
 * iterate (it holds at every point under orthogonal design); (ii) explicit Euler on (3) (plain
 * gradient descent on {@code L_n}) with the rational step {@code h} keeps {@code v_l} in
 * {@code span{a_l}} exactly (Lagrange's defect {@code ||v_l||^2 ||a_l||^2 - <v_l, a_l>^2 = 0}), with
 * coefficients following {@code c_{k+1} = c_k + h u_k^2 (1 - u_k^2 c_k)}; (iii) along the
 * Dormand-Prince solution of (3), the component of {@code v_l} orthogonal to {@code a_l}, which the
 * exact flow contracts ({@code d v_perp/dt = -u_l^4 v_perp}), stays below the accumulated local
 * error {@link LnhwTolerances#flowAccumulation} times {@code max_t ||v_l(t)||}.
 *
 * <p>Hypothesis: the orthogonal design, decided exactly ({@code X^T X / n = I}).
 */
public final class FrozenDirectionLemmaChecker extends TheoremChecker<FrozenDirectionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-4";

  /** The orthogonality hypothesis, as the paper states it. */
  public static final String ORTHOGONAL =
      "X_l^T X_l / n = I and X_l^T X_l' / n = O for l != l'";

  private static final int SAMPLES = 8;

  /** The checker. */
  public FrozenDirectionLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(FrozenDirectionInstance instance) {
    return "n=" + instance.design().length + ", p=" + instance.groups().dimension() + ", L="
        + instance.groups().groupCount() + ", h=" + instance.step() + ", "
        + instance.eulerSteps() + " Euler steps, T=" + instance.horizon();
  }

  @Override
  protected List<Check> evaluate(FrozenDirectionInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require(ORTHOGONAL, OrthogonalFacts.gramIsIdentity(instance.design()))) {
      return List.of();
    }
    GroupPartition groups = instance.groups();
    int groupCount = groups.groupCount();
    List<Check> checks = new ArrayList<>();
    BigRational[] a = OrthogonalFacts.transposeTimes(instance.design(), instance.responses());
    ExactFlowField field = new ExactFlowField(groups, instance.design(), instance.responses());
    BigRational[] u = instance.u().clone();
    BigRational[] v = instance.initialV();
    BigRational[] c = instance.eta().clone();
    BigRational h = instance.step();
    for (int k = 0; k <= instance.eulerSteps(); k++) {
      ExactFlowField.Velocity velocity = field.velocity(u, v);
      BigRational identityDefect = BigRational.ZERO;
      BigRational spanDefect = BigRational.ZERO;
      BigRational coefficientDefect = BigRational.ZERO;
      for (int i = 0; i < v.length; i++) {
        BigRational ul2 = u[groups.groupOf(i)].multiply(u[groups.groupOf(i)]);
        BigRational d = velocity.v()[i].subtract(ul2.multiply(a[i]))
            .add(ul2.multiply(ul2).multiply(v[i]));
        identityDefect = identityDefect.add(d.multiply(d));
        BigRational e = v[i].subtract(c[groups.groupOf(i)].multiply(a[i]));
        coefficientDefect = coefficientDefect.add(e.multiply(e));
      }
      for (int l = 0; l < groupCount; l++) {
        spanDefect = spanDefect.add(OrthogonalFacts.spanDefect(groups, v, a, l));
      }
      checks.add(Check.equal(SPEC_ID, "Euler iterate " + k
          + ": dv_l/dt = u_l^2 a_l - u_l^4 v_l (exact, sum of squared defects)", identityDefect,
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "Euler iterate " + k
          + ": v_l in span{a_l} (exact, sum of Lagrange defects)", spanDefect,
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "Euler iterate " + k
          + ": v_l = c_k a_l, c_{k+1} = c_k + h u_k^2 (1 - u_k^2 c_k) (exact)",
          coefficientDefect, BigRational.ZERO));
      if (k == instance.eulerSteps()) {
        break;
      }
      BigRational[] nextU = new BigRational[groupCount];
      BigRational[] nextV = new BigRational[v.length];
      for (int l = 0; l < groupCount; l++) {
        nextU[l] = u[l].add(h.multiply(velocity.u()[l]));
        BigRational ul2 = u[l].multiply(u[l]);
        c[l] = c[l].add(h.multiply(ul2).multiply(BigRational.ONE.subtract(ul2.multiply(c[l]))));
      }
      for (int i = 0; i < v.length; i++) {
        nextV[i] = v[i].add(h.multiply(velocity.v()[i]));
      }
      u = nextU;
      v = nextV;
    }
    checks.addAll(flowChecks(instance, Rationals.toDouble(a)));
    return checks;
  }

  private static List<Check> flowChecks(FrozenDirectionInstance instance, double[] a) {
    GroupPartition groups = instance.groups();
    GroupedGradientFlow flow = new GroupedGradientFlow(instance.groupedDesign());
    double[] start = GroupedGradientFlow.state(Rationals.toDouble(instance.u()),
        Rationals.toDouble(instance.initialV()));
    double[] times = new double[SAMPLES + 1];
    for (int k = 0; k <= SAMPLES; k++) {
      times[k] = instance.horizon() * k / SAMPLES;
    }
    DormandPrinceIntegrator.Trajectory trajectory = new DormandPrinceIntegrator(
        LnhwTolerances.FLOW_RTOL, LnhwTolerances.FLOW_ATOL, LnhwTolerances.FLOW_MAX_STEPS)
        .integrate(flow, start, times);
    double accumulation = LnhwTolerances.flowAccumulation(trajectory.acceptedSteps(),
        start.length);
    List<Check> checks = new ArrayList<>();
    for (int l = 0; l < groups.groupCount(); l++) {
      int[] members = groups.members(l);
      double aNorm = 0;
      for (int i : members) {
        aNorm += a[i] * a[i];
      }
      aNorm = Math.sqrt(aNorm);
      if (aNorm == 0) {
        continue;
      }
      double largest = 0;
      double worstRatio = 0;
      double worstNorm = 1;
      for (int k = 0; k <= SAMPLES; k++) {
        double[] v = flow.v(trajectory.state(k));
        double along = 0;
        double norm = 0;
        for (int i : members) {
          along += v[i] * a[i] / aNorm;
          norm += v[i] * v[i];
        }
        double perpendicular = 0;
        for (int i : members) {
          double residual = v[i] - along * a[i] / aNorm;
          perpendicular += residual * residual;
        }
        norm = Math.sqrt(norm);
        largest = Math.max(largest, norm);
        double ratio = norm == 0 ? 0 : Math.sqrt(perpendicular) / norm;
        if (ratio >= worstRatio) {
          worstRatio = ratio;
          worstNorm = norm;
        }
      }
      double bound = (accumulation * largest
          + 4.0 * trajectory.acceptedSteps() * Math.sqrt(start.length) * LnhwTolerances.FLOW_ATOL)
          / Math.max(worstNorm, Double.MIN_NORMAL);
      checks.add(Check.lessOrEqual(SPEC_ID, "flow: ||v_" + l + " - proj_{a_" + l + "} v_" + l
          + "|| / ||v_" + l + "|| on [0, T]", worstRatio, bound, 0.0));
    }
    return checks;
  }
}
