package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.ExactWeightNormalization;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.RationalArrays;
import org.tacit.group.model.WeightNormalizationOrthogonalInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Algorithm 1 on an exactly orthogonal noiseless design (inventory LG-DER-2): run exactly
 * (literal v-step {@code 1/u^4}, exact normalisation, Gauss-Seidel u-step, paper convention), the
 * iterates are {@code v_l(t+1) = a_l / ||a_l||} with {@code a_l = X_l^T y / n} (independent of
 * {@code v_l(t)}; a group with {@code a_l = 0} has {@code z_l = 0} and keeps {@code v_l(t)}), and
 * {@code u_l(t+1) = u_l(t) (1 + 2 gamma (||a_l|| - u_l(t)^2))}, exactly, for each of the
 * instance's updates. The double implementation ({@link AlgorithmRun}) follows the exact iterates
 * to {@link LnhwTolerances#ALGORITHM_STEPS}: {@code u} in every group, {@code v} in the groups with
 * {@code a_l != 0} (where {@code a_l = 0} the double {@code z_l} is rounding noise, so its
 * direction is arbitrary: inventory pitfall 2; the u-update does not depend on it).
 *
 * <p>Hypotheses: {@code X^T X / n = I} exactly, {@code u(0) > 0}, unit {@code v_l(0)},
 * {@code gamma > 0}, and {@code ||a_l||} rational (so that normalisation is exact; the families
 * use Pythagorean tuples).
 *
 * <p>Spec: {@code LNHW:alg-1}.
 */
public final class WeightNormalizationOrthogonalAlgorithmChecker
    extends TheoremChecker<WeightNormalizationOrthogonalInstance> {

  /** The item. */
  public static final String SPEC_ID = "LNHW:alg-1";

  /** The design hypothesis. */
  public static final String ORTHOGONAL = "X^T X / n = I (orthogonal design)";

  /** The initialisation hypothesis. */
  public static final String POSITIVE_U = "u_l(0) > 0 for every l";

  /** The direction hypothesis. */
  public static final String UNIT_V = "||v_l(0)|| = 1 for every l";

  /** The step hypothesis. */
  public static final String POSITIVE_GAMMA = "gamma > 0";

  /** The exactness precondition. */
  public static final String RATIONAL_NORMS = "||a_l|| rational for every l";

  /** The checker. */
  public WeightNormalizationOrthogonalAlgorithmChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(WeightNormalizationOrthogonalInstance instance) {
    return "n=" + instance.x().length + ", " + instance.groups() + ", gamma="
        + instance.gamma() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(WeightNormalizationOrthogonalInstance instance,
      Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    ExactGramModel model = ExactGramModel.ofDesign(groups, instance.x(), instance.y());
    if (!hypotheses.require(ORTHOGONAL, identityGram(model))
        || !hypotheses.require(POSITIVE_U, RationalArrays.positive(instance.u0()))
        || !hypotheses.require(UNIT_V, RationalArrays.unitGroups(groups, instance.v0()))
        || !hypotheses.require(POSITIVE_GAMMA, instance.gamma().signum() > 0)) {
      return List.of();
    }
    int groupCount = groups.groupCount();
    BigRational[] a = new BigRational[groups.dimension()];
    for (int i = 0; i < a.length; i++) {
      a[i] = model.correlation(i);
    }
    BigRational[] aNorm = new BigRational[groupCount];
    for (int l = 0; l < groupCount; l++) {
      Optional<BigRational> norm =
          ExactWeightNormalization.sqrt(ExactWeightNormalization.squaredNorm(groups, a, l));
      if (!hypotheses.require(RATIONAL_NORMS, norm.isPresent())) {
        return List.of();
      }
      aNorm[l] = norm.get();
    }
    List<Check> checks = new ArrayList<>();
    BigRational[] u = instance.u0();
    BigRational[] v = instance.v0();
    BigRational gamma = instance.gamma();
    List<BigRational[]> exactU = new ArrayList<>();
    List<BigRational[]> exactV = new ArrayList<>();
    for (int t = 0; t < instance.steps(); t++) {
      BigRational[] z = ExactWeightNormalization.literalDirections(model, u, v,
          LossConvention.PAPER);
      Optional<BigRational[]> normalised = ExactWeightNormalization.normalize(groups, z, v);
      checks.add(Check.equal(SPEC_ID, "t=" + t + ": ||z_l|| rational in every group (1 = yes)",
          BigRational.of(normalised.isPresent() ? 1 : 0), BigRational.ONE));
      if (normalised.isEmpty()) {
        return checks;
      }
      BigRational[] vNext = normalised.get();
      BigRational[] uNext = ExactWeightNormalization.uStep(model, u, vNext,
          LossConvention.PAPER, gamma);
      for (int l = 0; l < groupCount; l++) {
        for (int k = 0; k < groups.size(l); k++) {
          int i = groups.member(l, k);
          BigRational want = aNorm[l].isZero() ? v[i] : a[i].divide(aNorm[l]);
          checks.add(Check.equal(SPEC_ID, "t=" + (t + 1) + ", entry " + i
              + ": v_i(t+1) = a_i/||a_l|| (v_i(t) if a_l = 0)", vNext[i], want));
        }
        BigRational closed = u[l].multiply(BigRational.ONE.add(BigRational.TWO.multiply(gamma)
            .multiply(aNorm[l].subtract(u[l].multiply(u[l])))));
        checks.add(Check.equal(SPEC_ID, "t=" + (t + 1) + ", group " + l
            + ": u_l(t+1) = u_l(t)(1 + 2 gamma(||a_l|| - u_l(t)^2))", uNext[l], closed));
      }
      u = uNext;
      v = vNext;
      exactU.add(u);
      exactV.add(v);
    }
    checks.addAll(doubleRunMatches(instance, exactU, exactV, aNorm));
    return checks;
  }

  private static boolean identityGram(ExactGramModel model) {
    int p = model.groups().dimension();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        if (!model.sigma(i, j).equals(i == j ? BigRational.ONE : BigRational.ZERO)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Check> doubleRunMatches(WeightNormalizationOrthogonalInstance instance,
      List<BigRational[]> exactU, List<BigRational[]> exactV, BigRational[] aNorm) {
    GroupPartition groups = instance.groups();
    AlgorithmRun run = AlgorithmRun.of(
        RationalArrays.doubleDesign(groups, instance.x(), instance.y()),
        AlgorithmSettings.algorithmOne(instance.gamma().doubleValue()),
        RationalArrays.toDouble(instance.u0()), RationalArrays.toDouble(instance.v0()),
        instance.steps(), AlgorithmRun.everyStep(instance.steps()));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "double run recorded every update",
        run.checkpoints().size(), instance.steps() + 1, 0.0));
    if (run.checkpoints().size() != instance.steps() + 1) {
      return checks;
    }
    double worstU = -1;
    double[] worstUPair = {0, 0, 1};
    double worstV = -1;
    double[] worstVPair = {0, 0};
    for (int t = 1; t <= instance.steps(); t++) {
      double[] u = run.u(t);
      double[] v = run.v(t);
      for (int l = 0; l < groups.groupCount(); l++) {
        double want = exactU.get(t - 1)[l].doubleValue();
        double scale = Math.max(Math.abs(want), Math.abs(run.u(t - 1)[l]));
        double gap = Math.abs(u[l] - want) / scale;
        if (gap > worstU) {
          worstU = gap;
          worstUPair = new double[] {u[l], want, scale};
        }
        if (aNorm[l].isZero()) {
          continue;
        }
        for (int k = 0; k < groups.size(l); k++) {
          int i = groups.member(l, k);
          double wantV = exactV.get(t - 1)[i].doubleValue();
          if (Math.abs(v[i] - wantV) > worstV) {
            worstV = Math.abs(v[i] - wantV);
            worstVPair = new double[] {v[i], wantV};
          }
        }
      }
    }
    checks.add(Check.equalAtScale(SPEC_ID, "double u(t) = exact u(t) (worst group and step)",
        worstUPair[0], worstUPair[1], worstUPair[2], LnhwTolerances.ALGORITHM_STEPS));
    if (worstV >= 0) {
      checks.add(Check.equalAtScale(SPEC_ID,
          "double v(t) = exact v(t) where a_l != 0 (worst entry)", worstVPair[0], worstVPair[1],
          1.0, LnhwTolerances.ALGORITHM_STEPS));
    }
    return checks;
  }
}
