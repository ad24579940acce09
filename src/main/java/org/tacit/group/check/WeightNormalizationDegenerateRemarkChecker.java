package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.ExactWeightNormalization;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedWeights;
import org.tacit.group.model.RationalArrays;
import org.tacit.group.model.WeightNormalizationDegenerateInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW, remark after Algorithm 2 (degenerate case {@code p_l = 1}), on exact runs of Algorithm 1:
 * <ul>
 *   <li>for {@code t >= 1}, {@code v_i(t) = +-1} (normalisation of a scalar is its sign; a zero
 *       {@code z_i} keeps {@code v_i(t-1) = +-1}), hence {@code w_i(t) = u_i(t)^2 sgn(v_i(t))}
 *       exactly (the paper writes "roughly");</li>
 *   <li>the large step: {@code v_i(1) = sgn(s_i(0))}, {@code s = X^T (y - X w(0)) / n}, for every
 *       {@code i} with {@code u_i(0)^2 < c |s_i(0)|}: a wrongly signed {@code v_i(0)} flips;</li>
 *   <li>a small constant step {@code eta = 1 / (2 c max_i u_i(0)^2 |s_i(0)|)} keeps every sign:
 *       {@code sgn(v_i(0) - eta grad_{v_i} L) = v_i(0)}.</li>
 * </ul>
 *
 * <p>Hypotheses: {@code p_l = 1} for every group, {@code u(0) > 0}, {@code v_i(0) = +-1},
 * {@code gamma > 0}.
 *
 * <p>Spec: {@code LNHW:rem-4.6}.
 */
public final class WeightNormalizationDegenerateRemarkChecker
    extends TheoremChecker<WeightNormalizationDegenerateInstance> {

  /** The item. */
  public static final String SPEC_ID = "LNHW:rem-4.6";

  /** The setting of the remark. */
  public static final String SIZE_ONE = "p_l = 1 for every l";

  /** The initialisation. */
  public static final String POSITIVE_U = "u_l(0) > 0 for every l";

  /** Unit directions of size 1. */
  public static final String SIGNS = "v_i(0) in {-1, +1}";

  /** The step. */
  public static final String POSITIVE_GAMMA = "gamma > 0";

  /** The checker. */
  public WeightNormalizationDegenerateRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(WeightNormalizationDegenerateInstance instance) {
    return "n=" + instance.x().length + ", p=" + instance.groups().dimension() + ", "
        + instance.convention() + ", gamma=" + instance.gamma() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(WeightNormalizationDegenerateInstance instance,
      Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    if (!hypotheses.require(SIZE_ONE, groups.maxSize() == 1)
        || !hypotheses.require(POSITIVE_U, RationalArrays.positive(instance.u0()))
        || !hypotheses.require(SIGNS, RationalArrays.unitGroups(groups, instance.v0()))
        || !hypotheses.require(POSITIVE_GAMMA, instance.gamma().signum() > 0)) {
      return List.of();
    }
    ExactGramModel model = ExactGramModel.ofDesign(groups, instance.x(), instance.y());
    List<Check> checks = new ArrayList<>();
    BigRational[] u = instance.u0();
    BigRational[] v = instance.v0();
    int p = groups.dimension();
    BigRational c = instance.convention().exactScale(instance.x().length);
    BigRational[] s = model.negativeCorrelations(GroupedWeights.of(groups, u, v));
    BigRational largest = BigRational.ZERO;
    for (int i = 0; i < p; i++) {
      s[i] = s[i].negate();
      largest = largest.max(u[i].multiply(u[i]).multiply(s[i].abs()).multiply(c));
    }
    if (largest.signum() > 0) {
      BigRational eta = BigRational.TWO.multiply(largest).reciprocal();
      BigRational[] small = ExactWeightNormalization.constantStepDirections(model, u, v,
          instance.convention(), eta);
      for (int i = 0; i < p; i++) {
        checks.add(Check.equal(SPEC_ID, "entry " + i + ": small constant step keeps sgn v_i(0)",
            BigRational.of(small[i].signum()), v[i]));
      }
    }
    for (int t = 0; t < instance.steps(); t++) {
      BigRational[] z = ExactWeightNormalization.literalDirections(model, u, v,
          instance.convention());
      Optional<BigRational[]> normalised = ExactWeightNormalization.normalize(groups, z, v);
      if (normalised.isEmpty()) {
        throw new IllegalStateException("|z_i| is always rational");
      }
      BigRational[] vNext = normalised.get();
      BigRational[] uNext = ExactWeightNormalization.uStep(model, u, vNext,
          instance.convention(), instance.gamma());
      BigRational[] w = GroupedWeights.of(groups, uNext, vNext);
      for (int i = 0; i < p; i++) {
        checks.add(Check.equal(SPEC_ID, "t=" + (t + 1) + ", entry " + i + ": v_i(t)^2 = 1",
            vNext[i].multiply(vNext[i]), BigRational.ONE));
        checks.add(Check.equal(SPEC_ID, "t=" + (t + 1) + ", entry " + i
            + ": w_i = u_i^2 sgn(v_i)", w[i],
            uNext[i].multiply(uNext[i]).multiply(BigRational.of(vNext[i].signum()))));
        if (t == 0 && u[i].multiply(u[i]).compareTo(c.multiply(s[i].abs())) < 0) {
          checks.add(Check.equal(SPEC_ID, "entry " + i
              + ": u_i(0)^2 < c|s_i(0)| gives v_i(1) = sgn s_i(0)", vNext[i],
              BigRational.of(s[i].signum())));
        }
      }
      u = uNext;
      v = vNext;
    }
    return checks;
  }
}
