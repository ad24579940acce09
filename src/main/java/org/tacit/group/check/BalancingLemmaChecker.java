package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 2 (balancing), decided exactly: along flow (3),
 * {@code d/dt ((1/2) u_l^2 - ||v_l||^2) = 0} for every group {@code l}.
 *
 * <p>Since {@code u' = -dL/du} and {@code v' = -dL/dv}, the derivative of the balance is
 * {@code -u_l dL/du_l + 2 v_l^T dL/dv_l}; the lemma is the identity
 * {@code u_l dL/du_l = 2 v_l^T dL/dv_l} (both sides equal {@code 2 u_l^2 v_l^T grad_{w_l} L}),
 * checked exactly at the instance's point in each of the three loss normalisations. The remark of
 * Section 4 that balancing is sensitive to the step size is checked as the exact one-step drift of
 * plain GD with step {@code h}: with {@code a_l = dL_n/du_l} and {@code b_l = dL_n/dv_l},
 * {@code Delta((1/2) u_l^2 - ||v_l||^2) = h^2 ((1/2) a_l^2 - ||b_l||^2)} (second order in
 * {@code h}, so the balance is exactly conserved only in the limit).
 *
 * <p>Cost: O(L + p) gradient evaluations of O(p^2) exact operations; tolerance 0.
 *
 * <p>Spec: {@code LNHW:lem-2}, {@code LNHW:rem-4.1}.
 */
public final class BalancingLemmaChecker extends TheoremChecker<GradientInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-2";

  /** The spec ID of the step-size remark. */
  public static final String STEP_REMARK_ID = "LNHW:rem-4.1";

  /** The checker (stateless). */
  public BalancingLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GradientInstance instance) {
    return instance.describe();
  }

  @Override
  protected List<Check> evaluate(GradientInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    if (!hypotheses.require("u in R_+^L (u_l > 0)", instance.magnitudesPositive())
        || !hypotheses.require("step h > 0", instance.step().signum() > 0)) {
      return List.of();
    }
    ExactGramModel model = instance.model();
    BigRational[] u = instance.u();
    BigRational[] v = instance.v();
    List<Check> checks = new ArrayList<>();
    for (LossConvention convention : LossConvention.values()) {
      ExactGramModel.ExactGradient gradient = model.gradient(u, v, convention);
      for (int l = 0; l < groups.groupCount(); l++) {
        BigRational twoVDotGrad = BigRational.TWO.multiply(dot(groups, l, v, gradient.v()));
        checks.add(Check.equal(SPEC_ID, "u_" + l + " dL/du_" + l + " = 2 v_" + l
            + "^T dL/dv_" + l + " (" + convention + ")", u[l].multiply(gradient.u()[l]),
            twoVDotGrad));
      }
    }
    ExactGramModel.ExactGradient gradient = model.gradient(u, v, LossConvention.PAPER);
    BigRational h = instance.step();
    BigRational[] nextU = new BigRational[u.length];
    BigRational[] nextV = new BigRational[v.length];
    for (int l = 0; l < u.length; l++) {
      nextU[l] = u[l].subtract(h.multiply(gradient.u()[l]));
    }
    for (int i = 0; i < v.length; i++) {
      nextV[i] = v[i].subtract(h.multiply(gradient.v()[i]));
    }
    BigRational half = BigRational.of(1, 2);
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational drift = balance(groups, l, nextU, nextV).subtract(balance(groups, l, u, v));
      BigRational a = gradient.u()[l];
      BigRational predicted = h.multiply(h).multiply(half.multiply(a).multiply(a)
          .subtract(dot(groups, l, gradient.v(), gradient.v())));
      checks.add(Check.equal(STEP_REMARK_ID, "GD drift of (1/2)u_" + l + "^2 - ||v_" + l
          + "||^2 = h^2((1/2)a^2 - ||b||^2)", drift, predicted));
    }
    return checks;
  }

  private static BigRational balance(GroupPartition groups, int l, BigRational[] u,
      BigRational[] v) {
    return BigRational.of(1, 2).multiply(u[l]).multiply(u[l]).subtract(dot(groups, l, v, v));
  }

  private static BigRational dot(GroupPartition groups, int l, BigRational[] a, BigRational[] b) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(a[i].multiply(b[i]));
    }
    return sum;
  }
}
