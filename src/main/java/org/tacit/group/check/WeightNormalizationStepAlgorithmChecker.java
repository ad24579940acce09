package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.ExactWeightNormalization;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.RationalArrays;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.UpdateOrder;
import org.tacit.group.model.WeightNormalizationStepInstance;
import org.tacit.group.model.WeightNormalizedDescent;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Algorithm 1, the v-step: the literal update {@code z_l = v_l - u_l^{-4} grad_{v_l} L}
 * (Gram-form gradient) and the scaled update {@code u_l^2 v_l + c X_l^T r / n} (from the design)
 * are parallel with the positive factor {@code u_l^2}: {@code u_l^2 z_literal = z_scaled} entry by
 * entry, exactly; and the double implementation's normalised direction {@code v_l(t+1)} equals
 * {@code z_l / ||z_l||} to {@link LnhwTolerances#ALGORITHM_STEPS} at the scale of the summed
 * terms, in the groups whose exact {@code z_l} is not 0 (where it is 0 the double {@code z_l} is
 * rounding noise whose direction is arbitrary: inventory pitfall 2; the exact guard keeps
 * {@code v_l(t)}).
 *
 * <p>Hypotheses: {@code u_l(t) > 0} (the domain of G; Algorithm 1 starts at
 * {@code alpha 1, alpha > 0}) and unit-norm {@code v_l(t)}.
 *
 * <p>Spec: {@code LNHW:alg-1}.
 */
public final class WeightNormalizationStepAlgorithmChecker
    extends TheoremChecker<WeightNormalizationStepInstance> {

  /** The item. */
  public static final String SPEC_ID = "LNHW:alg-1";

  /** The hypothesis on u. */
  public static final String POSITIVE_U = "u_l(t) > 0 for every l";

  /** The hypothesis on v. */
  public static final String UNIT_V = "||v_l(t)|| = 1 for every l";

  /** The checker. */
  public WeightNormalizationStepAlgorithmChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(WeightNormalizationStepInstance instance) {
    return "n=" + instance.x().length + ", " + instance.groups() + ", "
        + instance.convention();
  }

  @Override
  protected List<Check> evaluate(WeightNormalizationStepInstance instance,
      Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    if (!hypotheses.require(POSITIVE_U, RationalArrays.positive(instance.u()))
        || !hypotheses.require(UNIT_V, RationalArrays.unitGroups(groups, instance.v()))) {
      return List.of();
    }
    BigRational[] u = instance.u();
    BigRational[] literal = ExactWeightNormalization.literalDirections(instance.model(), u,
        instance.v(), instance.convention());
    BigRational[] scaled = ExactWeightNormalization.scaledDirections(groups, instance.x(),
        instance.y(), u, instance.v(), instance.convention());
    List<Check> checks = new ArrayList<>();
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational factor = u[l].multiply(u[l]);
      checks.add(Check.less(SPEC_ID, "group " + l + ": factor u_l^2 > 0", BigRational.ZERO,
          factor));
      for (int k = 0; k < groups.size(l); k++) {
        int i = groups.member(l, k);
        checks.add(Check.equal(SPEC_ID, "group " + l + ", entry " + i
            + ": u_l^2 z_literal = z_scaled", factor.multiply(literal[i]), scaled[i]));
      }
    }
    doubleStepMatches(instance, literal).ifPresent(checks::add);
    return checks;
  }

  /**
   * One update of the double implementation from the rounded state: the worst entry of
   * {@code v(t+1)} against {@code z / ||z||} of the exact literal {@code z}, at the scale
   * {@code max(1, (sum of |terms|) / ||z_l||)} of the group; empty when every exact {@code z_l}
   * is 0.
   */
  private static Optional<Check> doubleStepMatches(WeightNormalizationStepInstance instance,
      BigRational[] literal) {
    GroupPartition groups = instance.groups();
    double[] u = RationalArrays.toDouble(instance.u());
    double[] v = RationalArrays.toDouble(instance.v());
    AlgorithmSettings settings = new AlgorithmSettings(1.0, instance.convention(),
        UpdateOrder.JACOBI, SwitchRule.never(), Double.NaN);
    WeightNormalizedDescent method = new WeightNormalizedDescent(instance.doubleDesign(),
        settings.convention(), settings.order(), settings.rule(), settings.constantStep(), u);
    double[] theta = WeightNormalizedDescent.pack(u, v);
    method.loss(theta);
    method.update(theta, 0, Double.MIN_VALUE);
    BigRational[] scaled = ExactWeightNormalization.scaledDirections(groups, instance.x(),
        instance.y(), instance.u(), instance.v(), instance.convention());
    double worst = -1;
    double worstScale = 1;
    double recorded = 0;
    double expected = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational normSquared = ExactWeightNormalization.squaredNorm(groups, literal, l);
      if (normSquared.isZero()) {
        continue;
      }
      double norm = Math.sqrt(normSquared.doubleValue());
      double terms = 0;
      for (int k = 0; k < groups.size(l); k++) {
        terms += Math.abs(scaled[groups.member(l, k)].doubleValue());
      }
      double ul2 = u[l] * u[l];
      double scale = Math.max(1.0, (terms + 2 * groups.size(l) * ul2) / (ul2 * norm));
      for (int k = 0; k < groups.size(l); k++) {
        int i = groups.member(l, k);
        double want = literal[i].doubleValue() / norm;
        double got = theta[groups.groupCount() + i];
        double gap = Math.abs(got - want) / scale;
        if (gap >= worst) {
          worst = gap;
          worstScale = scale;
          recorded = got;
          expected = want;
        }
      }
    }
    return worst < 0 ? Optional.empty()
        : Optional.of(Check.equalAtScale(SPEC_ID, "double v(t+1) = z/||z|| (worst entry)",
            recorded, expected, worstScale, LnhwTolerances.ALGORITHM_STEPS));
  }
}
