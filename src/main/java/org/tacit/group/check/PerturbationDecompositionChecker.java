package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DecompositionInstance;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.PerturbationTerms;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Appendices C.3 and C.4 (unnumbered remarks): one step of Algorithm 1, computed from the
 * gradient of {@code L_n = ||y - Xw||^2/(2n)} ({@link ExactGramModel}, Appendix B's closed form),
 * equals the perturbed single-group dynamics term by term, exactly.
 *
 * <p>Checked for every support group {@code l} ({@code LNHW:rem-C.3.1}): {@code X_l^T r(t)/n =
 * (u_l*)^2 v_l* - u_l^2 v_l + b_{l,t}} with {@code b_{l,t}} as printed ({@link PerturbationTerms},
 * an independent term-by-term evaluation); the v-step {@code z_l(t+1) = v_l - eta dL/dv_l} equals
 * Eq. (4) and, with {@code eta = 1/u_l^4}, Eq. (6) {@code ((u_l*)^2 v_l* + b_{l,t})/u_l^2}; and
 * the u-step at the normalised {@code v(t+1)} equals Eq. (5) with {@code e_{l,t}} the printed
 * expression at {@code v(t+1)}. For every off-support group ({@code LNHW:rem-C.4.1}):
 * {@code u_l(t+1) = u_l(t)(1 + 2 gamma e_{l,t})} with the printed {@code e_{l,t}} evaluated at
 * {@code v(t+1)} (exact for Algorithm 1, whose u-gradient is taken at {@code v(t+1)}), and at
 * {@code v(t)} it is exactly the Jacobi update {@code u - gamma dL/du(u(t), v(t))} of the
 * authors' code.
 *
 * <p>Exactness: the normalisation {@code v_l(t+1) = z_l/||z_l||} needs {@code ||z_l||}; the
 * checker requires it rational (hypothesis "(exact normalisation)"), and the families construct
 * states whose noise makes it so; then the whole step is rational and every identity is decided
 * exactly, without any square root or tolerance.
 *
 * <p>Printed ({@link StatementForm#PRINTED}): Appendix C.4 writes the off-support u-step with
 * {@code v(t)} everywhere, contradicting Algorithm 1 ({@code v(t+1)}), and its expansion lists the
 * support term twice ({@code + v^T Sigma_ll' ((u*)^2 v* - u^2 v)} and again
 * {@code - v^T Sigma_ll' u^2 v}); the printed form adds these two identities, which fail as soon
 * as {@code v_l(t+1) != v_l(t)} or a support group is coupled to {@code l} (the expansion also
 * adds the other off-support groups' term with a plus sign where the definition of
 * {@code e_{l,t}} subtracts it).
 *
 * <p>Hypotheses: {@code Sigma} symmetric positive definite; {@code u_l > 0}; unit
 * {@code v_l(t)}; unit {@code v_l*} on the support; {@code gamma > 0}; {@code ||z_l(t+1)||}
 * rational and nonzero. Cost O(L p^2) exact operations.
 *
 * <p>Spec: {@code LNHW:rem-C.3.1}, {@code LNHW:rem-C.4.1}.
 */
public final class PerturbationDecompositionChecker
    extends TheoremChecker<DecompositionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-C.3.1";

  /** The spec ID of the off-support update. */
  public static final String OFF_SUPPORT_ID = "LNHW:rem-C.4.1";

  private final StatementForm form;

  /** The corrected form (registered). */
  public PerturbationDecompositionChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of the off-support update. */
  public PerturbationDecompositionChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(DecompositionInstance instance) {
    GroupState state = instance.state();
    return state.groups() + ", s=" + state.supportSize() + ", gamma=" + instance.gamma();
  }

  @Override
  protected List<Check> evaluate(DecompositionInstance instance, Hypotheses hypotheses) {
    GroupState state = instance.state();
    GroupPartition groups = state.groups();
    int groupCount = groups.groupCount();
    boolean positive = true;
    for (BigRational ul : state.u()) {
      positive &= ul.signum() > 0;
    }
    if (!hypotheses.require("Sigma = X^T X/n symmetric positive definite",
            state.positiveDefinite())
        || !hypotheses.require("u in R_+^L (u_l > 0)", positive)
        || !hypotheses.require("||v_l(t)|| = 1 for every group", state.unitGroups(state.v(),
            false))
        || !hypotheses.require("||v_l*|| = 1 on the support", state.unitGroups(state.vStar(),
            true))
        || !hypotheses.require("gamma > 0", instance.gamma().signum() > 0)) {
      return List.of();
    }
    BigRational[] u = state.u();
    BigRational[] v = state.v();
    BigRational[] c = state.correlations();
    ExactGramModel model = ExactGramModel.ofGram(groups, 1, state.sigma(), c, BigRational.ZERO);
    ExactGramModel.ExactGradient atT = model.gradient(u, v, LossConvention.PAPER);
    BigRational[] z = new BigRational[groups.dimension()];
    for (int i = 0; i < z.length; i++) {
      BigRational ul = u[groups.groupOf(i)];
      BigRational eta = ul.pow(4).reciprocal();
      z[i] = v[i].subtract(eta.multiply(atT.v()[i]));
    }
    BigRational[] next = new BigRational[z.length];
    boolean rational = true;
    for (int l = 0; l < groupCount; l++) {
      Optional<BigRational> norm = state.rationalGroupNorm(z, l);
      rational &= norm.isPresent() && norm.orElseThrow().signum() > 0;
      for (int i : groups.members(l)) {
        next[i] = norm.isPresent() && norm.orElseThrow().signum() > 0
            ? z[i].divide(norm.orElseThrow()) : BigRational.ZERO;
      }
    }
    if (!hypotheses.require("||z_l(t+1)|| rational and nonzero (exact normalisation)",
        rational)) {
      return List.of();
    }
    ExactGramModel.ExactGradient atNext = model.gradient(u, next, LossConvention.PAPER);
    BigRational[] residual = state.residualCorrelation(u, v);
    BigRational[] residualNext = state.residualCorrelation(u, next);
    BigRational[] gapNow = PerturbationTerms.gap(state, u, v);
    BigRational[] gapNext = PerturbationTerms.gap(state, u, next);
    BigRational gamma = instance.gamma();
    List<Check> checks = new ArrayList<>();
    for (int l = 0; l < groupCount; l++) {
      int[] members = groups.members(l);
      BigRational ul2 = u[l].multiply(u[l]);
      BigRational eta = ul2.multiply(ul2).reciprocal();
      BigRational uNext = u[l].subtract(gamma.multiply(atNext.u()[l]));
      if (state.inSupport(l)) {
        BigRational[] b = PerturbationTerms.of(state, u, v, l).total();
        BigRational[] bNext = PerturbationTerms.of(state, u, next, l).total();
        BigRational e = BigRational.ZERO;
        BigRational main = BigRational.ZERO;
        for (int k = 0; k < members.length; k++) {
          int i = members[k];
          String at = " (coordinate " + i + ")";
          checks.add(Check.equal(SPEC_ID, "X_l^T r/n = (u_l*)^2 v_l* - u_l^2 v_l + b_{l,t}" + at,
              residual[i], gapNow[i].add(b[k])));
          checks.add(Check.equal(SPEC_ID, "z_l(t+1) (Algorithm 1) = Eq. (4)" + at, z[i],
              v[i].add(eta.multiply(ul2).multiply(gapNow[i]))
                  .add(eta.multiply(ul2).multiply(b[k]))));
          checks.add(Check.equal(SPEC_ID, "z_l(t+1) = ((u_l*)^2 v_l* + b_{l,t})/u_l^2 (Eq. (6))"
              + at, z[i], state.uStarSquared()[l].multiply(state.vStar()[i]).add(b[k])
                  .divide(ul2)));
          e = e.add(next[i].multiply(bNext[k]));
          main = main.add(next[i].multiply(gapNext[i]));
        }
        checks.add(Check.equal(SPEC_ID, "u_l(t+1) (Algorithm 1) = Eq. (5), e_{l,t} at v(t+1)"
            + " (group " + l + ")", uNext,
            u[l].add(BigRational.TWO.multiply(gamma).multiply(u[l]).multiply(main.add(e)))));
      } else {
        BigRational eNext = PerturbationTerms.offSupportPerturbation(state, u, next, l);
        BigRational eNow = PerturbationTerms.offSupportPerturbation(state, u, v, l);
        String group = " (group " + l + ")";
        checks.add(Check.equal(OFF_SUPPORT_ID, "e_{l,t} expansion = v_l^T X_l^T r/n at v(t+1)"
            + group, eNext, state.groupDot(next, residualNext, l)));
        checks.add(Check.equal(OFF_SUPPORT_ID, "u_l(t+1) (Algorithm 1) = u_l(1 + 2 gamma"
            + " e_{l,t}), e_{l,t} at v(t+1)" + group, uNext, growth(u[l], gamma, eNext)));
        BigRational jacobi = u[l].subtract(gamma.multiply(atT.u()[l]));
        checks.add(Check.equal(OFF_SUPPORT_ID, "Jacobi update (authors' code) u_l - gamma"
            + " dL/du_l(u(t), v(t)) = u_l(1 + 2 gamma e_{l,t}), e_{l,t} at v(t)" + group, jacobi,
            growth(u[l], gamma, eNow)));
        if (form == StatementForm.PRINTED) {
          checks.add(Check.equal(OFF_SUPPORT_ID, "u_l(t+1) (Algorithm 1) = u_l(1 + 2 gamma"
              + " e_{l,t}), e_{l,t} at v(t) (as printed)" + group, uNext,
              growth(u[l], gamma, eNow)));
          BigRational otherOff = PerturbationTerms.offSupportTerms(state, u, v, l)[3].negate();
          BigRational printedExpansion = eNow.subtract(supportWeightTerm(state, l))
              .add(BigRational.TWO.multiply(otherOff));
          checks.add(Check.equal(OFF_SUPPORT_ID, "u_l(t+1) (Algorithm 1) = printed expansion"
              + " at v(t) (support term listed twice, other off-support term with + sign)"
              + group, uNext, growth(u[l], gamma, printedExpansion)));
        }
      }
    }
    return checks;
  }

  /** {@code u (1 + 2 gamma e)}. */
  private static BigRational growth(BigRational ul, BigRational gamma, BigRational e) {
    return ul.multiply(BigRational.ONE.add(BigRational.TWO.multiply(gamma).multiply(e)));
  }

  /** The term the printed expansion repeats: {@code v_l^T sum_{l' in S} Sigma_ll' u_l'^2 v_l'}. */
  private static BigRational supportWeightTerm(GroupState state, int l) {
    GroupPartition groups = state.groups();
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      for (int j = 0; j < groups.dimension(); j++) {
        int m = groups.groupOf(j);
        if (m != l && state.inSupport(m)) {
          sum = sum.add(state.v()[i].multiply(state.sigma()[i][j]).multiply(state.u()[m])
              .multiply(state.u()[m]).multiply(state.v()[j]));
        }
      }
    }
    return sum;
  }
}
