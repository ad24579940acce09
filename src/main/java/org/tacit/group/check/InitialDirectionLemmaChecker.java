package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GramMatrices;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.InitialDirectionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 3 (direction at initialisation), decided exactly: if {@code v_l(0)} is a positive
 * multiple of {@code a_l = X_l^T y / n}, then
 * {@code <v_l(0)/||v_l(0)||, v_l*> >= 1 - beta_l^2}.
 *
 * <p>Printed ({@link StatementForm#PRINTED}): {@code beta = delta_in + L delta_out +
 * ||X_l^T xi/n|| / (u_l*)^2}. The proof bounds the cross-group leakage
 * {@code ||sum_{l' != l} Sigma_ll' w_l'*||} by {@code L delta_out (u_l*)^2}, which needs
 * {@code sum_{l' != l} (u_l'*)^2 <= L (u_l*)^2}: false when group magnitudes differ (erratum of
 * {@code LNHW:lem-3}). Corrected ({@link StatementForm#CORRECTED}, registered):
 * {@code beta_l = delta_in + delta_out sum_{l' != l, l' in S} (u_l'*)^2 / (u_l*)^2 +
 * ||X_l^T xi/n|| / (u_l*)^2}, with the hypothesis {@code beta_l < 1} the proof uses silently
 * (for {@code beta_l > 1} the direction can be reversed).
 *
 * <p>Proof steps checked (rem-B.1): {@code a_l = w_l* + b_l} with
 * {@code b_l = (Sigma_ll - I) w_l* + sum_{l' != l} Sigma_ll' w_l'* + X_l^T xi/n}, exactly;
 * {@code ||b_l|| <= beta_l (u_l*)^2} (Assumption 1 and the triangle inequality), compared in
 * squares; the cosine identity {@code cos^2 = 1 - (||beta||^2 - <beta, v*>^2) / (1 + 2<beta, v*>
 * + ||beta||^2)} with {@code beta = b_l / (u_l*)^2}; and the sharper {@code cos^2 >= 1 -
 * beta_l^2}. The statement {@code cos >= t} is compared as {@code t|t| ||a_l||^2 <=
 * d|d|} with {@code d = <a_l, v_l*>} ({@code x -> x|x|} is increasing), so no square root is taken.
 *
 * <p>Hypotheses: {@code Sigma} symmetric positive definite (a realisable Gram matrix);
 * Assumption 1 with the claimed {@code delta_in, delta_out} in {@code [0, 1)}, certified by
 * Frobenius norms of the blocks of {@code Sigma - I} (sufficient, since {@code ||B||_2 <=
 * ||B||_F}); {@code l in S}; the group norms rational (exact evaluation). Cost O(p^3) exact.
 *
 * <p>Spec: {@code LNHW:lem-3}, {@code LNHW:rem-B.1}.
 */
public final class InitialDirectionLemmaChecker
    extends TheoremChecker<InitialDirectionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-3";

  /** The spec ID of the proof steps. */
  public static final String PROOF_ID = "LNHW:rem-B.1";

  private final StatementForm form;

  /** The corrected form (registered). */
  public InitialDirectionLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of the bound. */
  public InitialDirectionLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(InitialDirectionInstance instance) {
    return instance.groups() + ", l=" + instance.group() + ", delta_in=" + instance.deltaIn()
        + ", delta_out=" + instance.deltaOut();
  }

  @Override
  protected List<Check> evaluate(InitialDirectionInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    int l = instance.group();
    int groupCount = groups.groupCount();
    if (!hypotheses.require("Sigma = X^T X/n symmetric positive definite",
            instance.positiveDefinite())
        || !hypotheses.require("delta_in, delta_out in [0, 1)",
            inUnitInterval(instance.deltaIn()) && inUnitInterval(instance.deltaOut()))
        || !hypotheses.require("Assumption 1 (1): ||Sigma_ll - I||_2 <= delta_in"
            + " (Frobenius certificate)", GramMatrices.certifies(instance.sigma(), groups, instance.deltaIn(), true))
        || !hypotheses.require("Assumption 1 (2): ||Sigma_ll'||_2 <= delta_out"
            + " (Frobenius certificate)", GramMatrices.certifies(instance.sigma(), groups, instance.deltaOut(), false))
        || !hypotheses.require("l in S (w_l* != 0)", l >= 0 && l < groupCount
            && instance.groupNormSquared(instance.wStar(), l).signum() > 0)) {
      return List.of();
    }
    BigRational[] magnitudes = new BigRational[groupCount];
    boolean rational = true;
    for (int m = 0; m < groupCount; m++) {
      Optional<BigRational> norm = instance.rationalNorm(instance.wStar(), m);
      rational &= norm.isPresent();
      magnitudes[m] = norm.orElse(BigRational.ZERO);
    }
    Optional<BigRational> noiseNorm = instance.rationalNorm(instance.noiseCorrelation(), l);
    if (!hypotheses.require("||w_l'*|| and ||X_l^T xi/n|| rational (exact evaluation)",
        rational && noiseNorm.isPresent())) {
      return List.of();
    }
    BigRational uStarSquared = magnitudes[l];
    BigRational noiseTerm = noiseNorm.orElseThrow().divide(uStarSquared);
    BigRational leakage = BigRational.ZERO;
    for (int m = 0; m < groupCount; m++) {
      if (m != l) {
        leakage = leakage.add(magnitudes[m]);
      }
    }
    BigRational correctedBeta = instance.deltaIn()
        .add(instance.deltaOut().multiply(leakage).divide(uStarSquared)).add(noiseTerm);
    BigRational printedBeta = instance.deltaIn()
        .add(BigRational.of(groupCount).multiply(instance.deltaOut())).add(noiseTerm);
    if (form == StatementForm.CORRECTED
        && !hypotheses.require("beta_l < 1 (added: the proof needs it)",
            correctedBeta.compareTo(BigRational.ONE) < 0)) {
      return List.of();
    }
    BigRational beta = form == StatementForm.PRINTED ? printedBeta : correctedBeta;

    List<Check> checks = new ArrayList<>();
    BigRational[] a = instance.correlations();
    BigRational[] b = leakageDecomposition(instance);
    int[] members = groups.members(l);
    BigRational aNormSquared = BigRational.ZERO;
    BigRational aDotStar = BigRational.ZERO;
    BigRational bNormSquared = BigRational.ZERO;
    BigRational bDotStar = BigRational.ZERO;
    for (int k = 0; k < members.length; k++) {
      int i = members[k];
      BigRational vStar = instance.wStar()[i].divide(uStarSquared);
      checks.add(Check.equal(PROOF_ID, "a_l = w_l* + b_l (coordinate " + i + ")", a[i],
          instance.wStar()[i].add(b[k])));
      aNormSquared = aNormSquared.add(a[i].multiply(a[i]));
      aDotStar = aDotStar.add(a[i].multiply(vStar));
      bNormSquared = bNormSquared.add(b[k].multiply(b[k]));
      bDotStar = bDotStar.add(b[k].multiply(vStar));
    }
    if (form == StatementForm.CORRECTED) {
      BigRational bound = beta.multiply(uStarSquared);
      checks.add(Check.lessOrEqual(PROOF_ID, "||b_l||^2 <= (beta_l (u_l*)^2)^2", bNormSquared,
          bound.multiply(bound)));
    }
    BigRational scale = uStarSquared.multiply(uStarSquared);
    BigRational betaDot = bDotStar.divide(uStarSquared);
    BigRational betaNormSquared = bNormSquared.divide(scale);
    BigRational cosineSquared = aDotStar.multiply(aDotStar).divide(aNormSquared);
    BigRational identity = BigRational.ONE.subtract(betaNormSquared.subtract(betaDot.multiply(
        betaDot)).divide(BigRational.ONE.add(BigRational.TWO.multiply(betaDot))
        .add(betaNormSquared)));
    checks.add(Check.equal(PROOF_ID, "cos^2 = 1 - (||beta||^2 - <beta,v*>^2)/(1 + 2<beta,v*>"
        + " + ||beta||^2)", cosineSquared, identity));
    BigRational target = BigRational.ONE.subtract(beta.multiply(beta));
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.less(SPEC_ID, "0 < <a_l, v_l*>", BigRational.ZERO, aDotStar));
      checks.add(Check.lessOrEqual(SPEC_ID, "1 - beta_l^2 <= cos^2 (cos >= sqrt(1 - beta^2))",
          target, cosineSquared));
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "1 - beta^2 <= cos, as t|t| ||a||^2 <= d|d|",
        target.multiply(target.abs()).multiply(aNormSquared), aDotStar.multiply(aDotStar.abs())));
    return checks;
  }

  /** {@code b_l} term by term: in-group, cross-group and noise parts, in group order. */
  private static BigRational[] leakageDecomposition(InitialDirectionInstance instance) {
    GroupPartition groups = instance.groups();
    int[] members = groups.members(instance.group());
    BigRational[] b = new BigRational[members.length];
    BigRational[][] sigma = instance.sigma();
    BigRational[] wStar = instance.wStar();
    for (int k = 0; k < members.length; k++) {
      int i = members[k];
      BigRational inGroup = BigRational.ZERO;
      for (int j : members) {
        BigRational entry = i == j ? sigma[i][j].subtract(BigRational.ONE) : sigma[i][j];
        inGroup = inGroup.add(entry.multiply(wStar[j]));
      }
      BigRational crossGroup = BigRational.ZERO;
      for (int m = 0; m < groups.groupCount(); m++) {
        if (m == instance.group()) {
          continue;
        }
        for (int j : groups.members(m)) {
          crossGroup = crossGroup.add(sigma[i][j].multiply(wStar[j]));
        }
      }
      b[k] = inGroup.add(crossGroup).add(instance.noiseCorrelation()[i]);
    }
    return b;
  }

  private static boolean inUnitInterval(BigRational value) {
    return value.signum() >= 0 && value.compareTo(BigRational.ONE) < 0;
  }
}
