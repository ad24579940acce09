package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.OffSupportBoundInstance;
import org.tacit.group.model.PerturbationTerms;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Appendix C.4, Eq. (8): for every off-support group {@code l}, the perturbation
 * {@code e_{l,t}} of the multiplicative update {@code u_l(t+1) = u_l(t)(1 + 2 gamma e_{l,t})}
 * satisfies the term-wise bound ({@code LNHW:rem-C.4.1})
 * {@code |e_{l,t}| <= alpha + alpha delta_in + alpha delta_out (L - s)
 * + C (u*_max)^2 delta_out s + N_l}, and, under {@code alpha <= (u*_min)^2/(80 L)} and the delta
 * bounds, Eq. (8) {@code |e_{l,t}| <= (u*_min)^2/20 + N_l}. Each of the five terms of
 * {@code e_{l,t}} ({@link PerturbationTerms#offSupportTerms}) is checked against its share, and
 * the arithmetic step from the term-wise bound to Eq. (8) is checked exactly.
 *
 * <p>Printed ({@link StatementForm#PRINTED}): {@code C = 3/2} and
 * {@code N_l = ||X_l^T xi/n||_inf}. Both fail: {@code |v_l^T X_l^T xi/n|} reaches
 * {@code ||X_l^T xi/n||_2}, and {@code ||(u*)^2 v* - u^2 v||} reaches {@code sqrt(13)/2 (u*)^2}
 * when {@code u^2 = (3/2)(u*)^2} and {@code v} is orthogonal to {@code v*}. Corrected
 * ({@link StatementForm#CORRECTED}, registered): {@code C = 5/2} (the triangle inequality with
 * {@code u^2 <= (3/2)(u*)^2}) and {@code N_l = ||X_l^T xi/n||_2}; Eq. (8) then still holds
 * ({@code 1/80 (1 + 1/120 + 1/120) + 5/240 < 1/20}).
 *
 * <p>Hypotheses: {@code Sigma} symmetric positive definite; Assumption 1 with Frobenius
 * certificates; the delta bounds of Lemma 12; {@code 0 < alpha <= (u*_min)^2/(80 L)};
 * off-support magnitudes {@code u_l^2 <= alpha} (Lemma 14: {@code u <= sqrt(alpha)}); support
 * magnitudes {@code u_l^2 <= (3/2)(u_l*)^2}; unit directions; at least one support and one
 * off-support group; {@code ||X_l^T xi/n||_2} rational off the support (exact evaluation).
 * Cost O(L p^2) exact operations.
 *
 * <p>Spec: {@code LNHW:eq-8}, {@code LNHW:rem-C.4.1}.
 */
public final class OffSupportPerturbationChecker extends TheoremChecker<OffSupportBoundInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:eq-8";

  /** The spec ID of the term-wise bound. */
  public static final String TERMWISE_ID = "LNHW:rem-C.4.1";

  private static final BigRational HUNDRED_TWENTY = BigRational.of(120);

  private final StatementForm form;

  /** The corrected form (registered). */
  public OffSupportPerturbationChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of the bound. */
  public OffSupportPerturbationChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(OffSupportBoundInstance instance) {
    GroupState state = instance.state();
    return state.groups() + ", s=" + state.supportSize() + ", alpha=" + instance.alpha()
        + ", delta_in=" + instance.deltaIn() + ", delta_out=" + instance.deltaOut();
  }

  @Override
  protected List<Check> evaluate(OffSupportBoundInstance instance, Hypotheses hypotheses) {
    GroupState state = instance.state();
    int groupCount = state.groups().groupCount();
    int s = state.supportSize();
    if (!hypotheses.require("Sigma = X^T X/n symmetric positive definite",
            state.positiveDefinite())
        || !hypotheses.require("S and S^c non-empty", s > 0 && s < groupCount)
        || !hypotheses.require("unit directions v_l, and v_l* on S",
            state.unitGroups(state.v(), false) && state.unitGroups(state.vStar(), true))
        || !hypotheses.require("Assumption 1 (1): ||Sigma_ll - I||_2 <= delta_in"
            + " (Frobenius certificate)", state.assumptionOneCertified(instance.deltaIn(), true))
        || !hypotheses.require("Assumption 1 (2): ||Sigma_ll'||_2 <= delta_out"
            + " (Frobenius certificate)",
            state.assumptionOneCertified(instance.deltaOut(), false))) {
      return List.of();
    }
    BigRational uMin2 = state.uStarMinSquared();
    BigRational uMax2 = state.uStarMaxSquared();
    BigRational alpha = instance.alpha();
    boolean offSmall = true;
    boolean supportBounded = true;
    boolean rational = true;
    for (int l = 0; l < groupCount; l++) {
      BigRational ul2 = state.u()[l].multiply(state.u()[l]);
      if (state.inSupport(l)) {
        supportBounded &= ul2.compareTo(BigRational.of(3, 2).multiply(state.uStarSquared()[l]))
            <= 0;
      } else {
        offSmall &= ul2.compareTo(alpha) <= 0;
        rational &= state.rationalGroupNorm(state.noise(), l).isPresent();
      }
    }
    if (!hypotheses.require("delta_in <= (u*_min)^2/(120 (u*_max)^2)",
            instance.deltaIn().compareTo(uMin2.divide(HUNDRED_TWENTY.multiply(uMax2))) <= 0)
        || !hypotheses.require("delta_out <= (u*_min)^2/(120 s (u*_max)^2)",
            instance.deltaOut().compareTo(uMin2.divide(HUNDRED_TWENTY
                .multiply(BigRational.of(s)).multiply(uMax2))) <= 0)
        || !hypotheses.require("0 < alpha <= (u*_min)^2/(80 L)", alpha.signum() > 0
            && alpha.compareTo(uMin2.divide(BigRational.of(80L * groupCount))) <= 0)
        || !hypotheses.require("off-support u_l^2 <= alpha (Lemma 14: u_l <= sqrt(alpha))",
            offSmall)
        || !hypotheses.require("support u_l^2 <= (3/2)(u_l*)^2", supportBounded)
        || !hypotheses.require("||X_l^T xi/n||_2 rational off the support (exact evaluation)",
            rational)) {
      return List.of();
    }
    boolean printed = form == StatementForm.PRINTED;
    BigRational constant = printed ? BigRational.of(3, 2) : BigRational.of(5, 2);
    String noiseText = printed ? "||X_l^T xi/n||_inf" : "||X_l^T xi/n||_2";
    BigRational offCount = BigRational.of(groupCount - s);
    BigRational alphaTerms = alpha.add(alpha.multiply(instance.deltaIn()))
        .add(alpha.multiply(instance.deltaOut()).multiply(offCount));
    BigRational supportTerm = constant.multiply(uMax2).multiply(instance.deltaOut())
        .multiply(BigRational.of(s));
    BigRational twentieth = uMin2.divide(BigRational.of(20));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "alpha (1 + delta_in + delta_out (L - s)) + " + constant
        + " (u*_max)^2 delta_out s <= (u*_min)^2/20", alphaTerms.add(supportTerm), twentieth));
    for (int l = 0; l < groupCount; l++) {
      if (state.inSupport(l)) {
        continue;
      }
      String at = " (group " + l + ")";
      BigRational[] terms = PerturbationTerms.offSupportTerms(state, state.u(), state.v(), l);
      Optional<BigRational> l2 = state.rationalGroupNorm(state.noise(), l);
      BigRational noiseNorm = printed ? state.groupNormInf(state.noise(), l) : l2.orElseThrow();
      BigRational e = BigRational.ZERO;
      for (BigRational term : terms) {
        e = e.add(term);
      }
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|u_l^2| <= alpha" + at, terms[0].abs(), alpha));
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|u_l^2 v_l^T (Sigma_ll - I) v_l| <= alpha"
          + " delta_in" + at, terms[1].abs(), alpha.multiply(instance.deltaIn())));
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|support term| <= " + constant
          + " (u*_max)^2 delta_out s" + at, terms[2].abs(), supportTerm));
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|other off-support term| <= alpha delta_out"
          + " (L - s)" + at, terms[3].abs(), alpha.multiply(instance.deltaOut())
              .multiply(offCount)));
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|v_l^T X_l^T xi/n| <= " + noiseText + at,
          terms[4].abs(), noiseNorm));
      checks.add(Check.lessOrEqual(TERMWISE_ID, "|e_{l,t}| <= alpha + alpha delta_in + alpha"
          + " delta_out (L - s) + " + constant + " (u*_max)^2 delta_out s + " + noiseText + at,
          e.abs(), alphaTerms.add(supportTerm).add(noiseNorm)));
      checks.add(Check.lessOrEqual(SPEC_ID, "|e_{l,t}| <= (u*_min)^2/20 + " + noiseText
          + " (Eq. (8))" + at, e.abs(), twentieth.add(noiseNorm)));
    }
    return checks;
  }
}
