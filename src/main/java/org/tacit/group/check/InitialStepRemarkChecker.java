package org.tacit.group.check;

import java.util.ArrayList;
import java.util.Arrays;
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
 * LNHW's remark after Lemma 3, decided exactly: the initialisation {@code v_l(0)} proportional to
 * {@code X_l^T y / n} is one gradient step from {@code v = 0}. From {@code (u, 0)} one GD step of
 * size {@code h} on {@code L_n} gives {@code v_l = h u_l^2 X_l^T y / n} (since
 * {@code dL_n/dv_l = -u_l^2 X_l^T r / n} and {@code r = y} at {@code w = 0}) and leaves {@code u}
 * unchanged ({@code dL_n/du_l = 2 u_l v_l^T (Sigma w - c)_l = 0} at {@code v = 0}). The instance's
 * {@code v} is ignored (the remark starts from 0). Tolerance 0; O(p^2) exact operations.
 *
 * <p>Spec: {@code LNHW:rem-3.2.2}.
 */
public final class InitialStepRemarkChecker extends TheoremChecker<GradientInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-3.2.2";

  /** The checker (stateless). */
  public InitialStepRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GradientInstance instance) {
    return instance.describe() + " (from v = 0)";
  }

  @Override
  protected List<Check> evaluate(GradientInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("u in R_+^L (u_l > 0)", instance.magnitudesPositive())
        || !hypotheses.require("step h > 0", instance.step().signum() > 0)) {
      return List.of();
    }
    GroupPartition groups = instance.groups();
    ExactGramModel model = instance.model();
    BigRational[] u = instance.u();
    BigRational[] zero = new BigRational[groups.dimension()];
    Arrays.fill(zero, BigRational.ZERO);
    ExactGramModel.ExactGradient gradient = model.gradient(u, zero, LossConvention.PAPER);
    BigRational h = instance.step();
    List<Check> checks = new ArrayList<>();
    for (int l = 0; l < groups.groupCount(); l++) {
      checks.add(Check.equal(SPEC_ID, "u_" + l + " unchanged (dL_n/du_" + l + " = 0 at v = 0)",
          u[l].subtract(h.multiply(gradient.u()[l])), u[l]));
    }
    for (int i = 0; i < groups.dimension(); i++) {
      BigRational ug = u[groups.groupOf(i)];
      checks.add(Check.equal(SPEC_ID, "v_" + i + " after one step = h u^2 (X^T y/n)_" + i,
          h.negate().multiply(gradient.v()[i]),
          h.multiply(ug).multiply(ug).multiply(model.correlation(i))));
    }
    return checks;
  }
}
