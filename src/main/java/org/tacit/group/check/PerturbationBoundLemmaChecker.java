package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.group.model.PerturbationTerms;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemmas 12, 13 and 17 (one {@link PerturbationRegime} each), decided exactly at a state:
 * for every support group {@code l}, {@code |<v_l(t), b_{l,t}>| <= tau (u_l*)^2 / D} and
 * {@code |e_{l,t}| <= tau (u_l*)^2 / D} ({@code D = 10, 20, 10}), with {@code b_{l,t}} and
 * {@code e_{l,t} = <v_l(t+1), b_l(u(t), v(t+1))>} evaluated term by term
 * ({@link PerturbationTerms}), and each proof step: the chain Eq. (7) / Eq. (10) /
 * Lemma 13's chain bounding {@code ||(u_l*)^2 v_l* - u_l^2 v_l||}, the in-group plus
 * cross-support term, the off-support term and the noise term. Square roots are compared through
 * squares of non-negative sides ({@link RootComparisons}); no tolerance.
 *
 * <p>Corrected ({@link StatementForm#CORRECTED}, registered; inventory E7): the noise hypothesis
 * is {@code ||X_l^T xi/n||_2 <= tau_0 (u_l*)^2/80} per support group (the print's
 * {@code ||X^T xi/n||_inf} with {@code ||v||_1 <= ||v||_2}, false, fails for groups of 65 or more
 * coordinates); off-support magnitudes are {@code u_l'^2 <= alpha} (Lemma 14's
 * {@code u <= sqrt(alpha)}, the regime where Theorem 3 applies the lemma), so the off-support term
 * is bounded by {@code delta_out (L - s) alpha}, and {@code alpha <= tau_0 (u*_min)^2 / L}
 * replaces the print's {@code alpha < (1/2) sqrt(tau_0/L) u_l*} (sufficient only for the print's
 * {@code alpha^2}); the magnitude hypothesis is at time {@code t}, not {@code 0}; the cap is also
 * required at {@code v(t+1)}, since {@code e_{l,t}} is evaluated there (Lemma 11 supplies it);
 * Lemma 13's step {@code (1/sqrt 5)} reads {@code sqrt(2/5)}.
 *
 * <p>Printed ({@link StatementForm#PRINTED}): the print's hypotheses (with the same
 * off-support regime and caps), and its proof steps {@code ||v_l||_1 <= ||v_l||_2},
 * the off-support term {@code <= delta (L - s) alpha^2}, {@code |e_{l,t}| = |<v_l(t), b_{l,t}>|}
 * and Lemma 13's {@code 1/sqrt 5}.
 *
 * <p>The proof's {@code u_l^2(t) <= (3/2)(u_l*)^2} follows from the magnitude hypothesis and
 * {@code tau <= 1/2} and is not required separately. Cost O(s p^2) exact operations, O(p^3) for the positive-definiteness test.
 *
 * <p>Spec: {@code LNHW:lem-12}, {@code LNHW:eq-7}, {@code LNHW:lem-13}, {@code LNHW:lem-17},
 * {@code LNHW:eq-10}.
 */
public final class PerturbationBoundLemmaChecker
    extends TheoremChecker<PerturbationBoundInstance> {

  private static final BigRational HALF = BigRational.of(1, 2);
  private static final BigRational THREE_HALVES = BigRational.of(3, 2);
  private static final BigRational EIGHTY = BigRational.of(80);
  private static final BigRational HUNDRED_TWENTY = BigRational.of(120);

  private final PerturbationRegime regime;
  private final StatementForm form;

  /** The corrected form of the regime's lemma (registered). */
  public PerturbationBoundLemmaChecker(PerturbationRegime regime) {
    this(regime, StatementForm.CORRECTED);
  }

  /** The given form of the regime's lemma. */
  public PerturbationBoundLemmaChecker(PerturbationRegime regime, StatementForm form) {
    super(regime.specId());
    this.regime = regime;
    this.form = form;
  }

  @Override
  public String describe(PerturbationBoundInstance instance) {
    GroupState state = instance.state();
    return state.groups() + ", s=" + state.supportSize() + ", tau=" + instance.tau()
        + ", tau_0=" + instance.tau0() + ", alpha=" + instance.alpha() + ", delta_in="
        + instance.deltaIn() + ", delta_out=" + instance.deltaOut();
  }

  @Override
  protected List<Check> evaluate(PerturbationBoundInstance instance, Hypotheses hypotheses) {
    GroupState state = instance.state();
    GroupPartition groups = state.groups();
    int groupCount = groups.groupCount();
    BigRational tau = instance.tau();
    BigRational tau0 = instance.tau0();
    boolean printed = form == StatementForm.PRINTED;
    if (!hypotheses.require("Sigma = X^T X/n symmetric positive definite",
            state.positiveDefinite())
        || !hypotheses.require("0 < tau_0 <= tau <= 1/2", tau0.signum() > 0
            && tau0.compareTo(tau) <= 0 && tau.compareTo(HALF) <= 0)
        || !hypotheses.require("the support S is non-empty", state.supportSize() > 0)
        || !hypotheses.require("unit directions v_l(t), v_l(t+1), and v_l* on S",
            state.unitGroups(state.v(), false) && state.unitGroups(instance.nextV(), false)
                && state.unitGroups(state.vStar(), true))) {
      return List.of();
    }
    Optional<BigRational> root = GroupState.rationalRoot(tau0);
    if (regime == PerturbationRegime.LEMMA_17
        && !hypotheses.require("tau_0 a rational square (exact evaluation)",
            root.isPresent())) {
      return List.of();
    }
    BigRational sqrtTau0 = root.orElse(BigRational.ONE);
    int s = state.supportSize();
    BigRational uMin2 = state.uStarMinSquared();
    BigRational uMax2 = state.uStarMaxSquared();
    BigRational factor = regime.deltaFactor(sqrtTau0);
    String root17 = regime == PerturbationRegime.LEMMA_17 ? "sqrt(tau_0) " : "";
    if (!hypotheses.require("Assumption 1 (1): ||Sigma_ll - I||_2 <= delta_in"
            + " (Frobenius certificate)", state.assumptionOneCertified(instance.deltaIn(), true))
        || !hypotheses.require("Assumption 1 (2): ||Sigma_ll'||_2 <= delta_out"
            + " (Frobenius certificate)",
            state.assumptionOneCertified(instance.deltaOut(), false))
        || !hypotheses.require("delta_in <= " + root17 + "(u*_min)^2/(120 (u*_max)^2)",
            instance.deltaIn().compareTo(factor.multiply(uMin2)
                .divide(HUNDRED_TWENTY.multiply(uMax2))) <= 0)
        || !hypotheses.require("delta_out <= " + root17 + "(u*_min)^2/(120 s (u*_max)^2)",
            instance.deltaOut().compareTo(factor.multiply(uMin2).divide(
                HUNDRED_TWENTY.multiply(BigRational.of(s)).multiply(uMax2))) <= 0)
        || !requireAlpha(instance, hypotheses, printed)
        || !requireNoise(instance, hypotheses, printed)
        || !requireState(instance, hypotheses)) {
      return List.of();
    }

    List<Check> checks = new ArrayList<>();
    for (int l = 0; l < groupCount; l++) {
      if (state.inSupport(l)) {
        checkGroup(instance, l, sqrtTau0, printed, checks);
      }
    }
    return checks;
  }

  private boolean requireAlpha(PerturbationBoundInstance instance, Hypotheses hypotheses,
      boolean printed) {
    GroupState state = instance.state();
    BigRational alpha = instance.alpha();
    BigRational groupCount = BigRational.of(state.groups().groupCount());
    if (printed) {
      boolean holds = alpha.signum() > 0;
      for (int l = 0; l < state.groups().groupCount(); l++) {
        if (state.inSupport(l)) {
          holds &= alpha.multiply(alpha).compareTo(instance.tau0()
              .multiply(state.uStarSquared()[l]).divide(BigRational.of(4).multiply(groupCount)))
              < 0;
        }
      }
      return hypotheses.require("0 < alpha < (1/2) sqrt(tau_0/L) u_l* for l in S", holds);
    }
    return hypotheses.require("0 < alpha <= tau_0 (u*_min)^2 / L (corrected: off-support"
        + " u^2 <= alpha)", alpha.signum() > 0 && alpha.compareTo(instance.tau0()
            .multiply(state.uStarMinSquared()).divide(groupCount)) <= 0);
  }

  private boolean requireNoise(PerturbationBoundInstance instance, Hypotheses hypotheses,
      boolean printed) {
    GroupState state = instance.state();
    boolean holds = true;
    for (int l = 0; l < state.groups().groupCount(); l++) {
      if (state.inSupport(l)) {
        BigRational bound = instance.tau0().multiply(state.uStarSquared()[l]).divide(EIGHTY);
        holds &= printed
            ? state.groupNormInf(state.noise(), l).compareTo(bound) <= 0
            : state.groupNormSquared(state.noise(), l).compareTo(bound.multiply(bound)) <= 0;
      }
    }
    return printed
        ? hypotheses.require("||X^T xi/n||_inf <= tau_0 (u_l*)^2/80 for l in S", holds)
        : hypotheses.require("||X_l^T xi/n||_2 <= tau_0 (u_l*)^2/80 for l in S (corrected:"
            + " l2 per group)", holds);
  }

  private boolean requireState(PerturbationBoundInstance instance, Hypotheses hypotheses) {
    GroupState state = instance.state();
    BigRational accuracy = regime.magnitudeAccuracy(instance.tau());
    BigRational slack = regime.capSlack(instance.tau());
    BigRational cap = BigRational.ONE.subtract(slack);
    boolean magnitudes = true;
    boolean offSupport = true;
    boolean capNow = true;
    boolean capNext = true;
    for (int l = 0; l < state.groups().groupCount(); l++) {
      BigRational ul2 = state.u()[l].multiply(state.u()[l]);
      if (state.inSupport(l)) {
        BigRational target = state.uStarSquared()[l];
        magnitudes &= target.subtract(ul2).abs().compareTo(accuracy.multiply(target)) <= 0;
        capNow &= state.groupDot(state.v(), state.vStar(), l).compareTo(cap) >= 0;
        capNext &= state.groupDot(instance.nextV(), state.vStar(), l).compareTo(cap) >= 0;
      } else {
        offSupport &= ul2.compareTo(instance.alpha()) <= 0;
      }
    }
    String capText = regime == PerturbationRegime.LEMMA_17 ? "1 - tau/5" : "1 - tau^2/5";
    String accuracyText = regime == PerturbationRegime.LEMMA_13 ? "(1/2) tau" : "tau";
    return hypotheses.require("|(u_l*)^2 - u_l^2(t)| <= " + accuracyText
            + " (u_l*)^2 for l in S (at time t)", magnitudes)
        && hypotheses.require("off-support u_l'(t)^2 <= alpha (Lemma 14: u_l' <= sqrt(alpha))",
            offSupport)
        && hypotheses.require("<v_l(t), v_l*> >= " + capText + " for l in S", capNow)
        && hypotheses.require("<v_l(t+1), v_l*> >= " + capText + " for l in S (added:"
            + " e_{l,t} is evaluated at v(t+1))", capNext);
  }

  private void checkGroup(PerturbationBoundInstance instance, int l, BigRational sqrtTau0,
      boolean printed, List<Check> checks) {
    GroupState state = instance.state();
    GroupPartition groups = state.groups();
    BigRational tau = instance.tau();
    BigRational uStar2 = state.uStarSquared()[l];
    BigRational ul2 = state.u()[l].multiply(state.u()[l]);
    String id = regime.specId();
    String chain = regime.chainSpecId();
    String at = " (group " + l + ")";
    int[] members = groups.members(l);
    BigRational[] v = PerturbationTerms.restrict(groups, state.v(), l);
    BigRational[] vStar = PerturbationTerms.restrict(groups, state.vStar(), l);
    BigRational[] next = PerturbationTerms.restrict(groups, instance.nextV(), l);

    // The chain: ||(u*)^2 v* - u^2 v|| <= |(u*)^2 - u^2| + u^2 sqrt(2 - 2<v, v*>) <= K tau (u*)^2.
    BigRational magnitudeGap = uStar2.subtract(ul2);
    BigRational identityDefect = BigRational.ZERO;
    BigRational gapNormSquared = BigRational.ZERO;
    BigRational distanceSquared = BigRational.ZERO;
    for (int k = 0; k < members.length; k++) {
      BigRational lhs = uStar2.multiply(vStar[k]).subtract(ul2.multiply(v[k]));
      BigRational rhs = magnitudeGap.multiply(vStar[k])
          .subtract(ul2.multiply(v[k].subtract(vStar[k])));
      identityDefect = identityDefect.add(lhs.subtract(rhs).abs());
      gapNormSquared = gapNormSquared.add(lhs.multiply(lhs));
      BigRational difference = v[k].subtract(vStar[k]);
      distanceSquared = distanceSquared.add(difference.multiply(difference));
    }
    BigRational cosine = PerturbationTerms.dot(v, vStar);
    BigRational radicand = BigRational.TWO.subtract(BigRational.TWO.multiply(cosine));
    checks.add(Check.equal(chain, "(u*)^2 v* - u^2 v = ((u*)^2 - u^2) v* - u^2 (v - v*),"
        + " sum of |differences|" + at, identityDefect, BigRational.ZERO));
    checks.add(Check.equal(chain, "||v_l - v_l*||^2 = 2 - 2<v_l, v_l*>" + at, distanceSquared,
        radicand));
    checks.add(RootComparisons.rootAtMostSum(chain, "||(u*)^2 v* - u^2 v|| <= |(u*)^2 - u^2|"
        + " + u^2 sqrt(2 - 2<v, v*>)" + at, gapNormSquared, magnitudeGap.abs(), ul2,
        radicand));
    BigRational stepRadicand = regime.chainRadicand(tau, printed);
    String stepText = regime == PerturbationRegime.LEMMA_17 ? "sqrt(2/5) sqrt(tau)"
        : printed && regime == PerturbationRegime.LEMMA_13 ? "(1/sqrt 5) tau (as printed)"
        : "sqrt(2/5) tau";
    BigRational stepBound = THREE_HALVES.multiply(uStar2);
    checks.add(Check.lessOrEqual(chain, "u^2 sqrt(2 - 2<v, v*>) <= (3/2)(u*)^2 " + stepText
        + " [squared]" + at, ul2.multiply(ul2).multiply(radicand),
        stepBound.multiply(stepBound).multiply(stepRadicand)));
    BigRational chainFactor = regime.chainFactor(sqrtTau0);
    BigRational chainBound = chainFactor.multiply(tau).multiply(uStar2);
    checks.add(RootComparisons.sumAtMost(chain, "magnitude bound + (3/2)(u*)^2 " + stepText
        + " <= K tau (u*)^2, K = " + chainFactor + at,
        regime.magnitudeAccuracy(tau).multiply(uStar2), stepBound, stepRadicand, chainBound));
    checks.add(Check.lessOrEqual(chain, "||(u*)^2 v* - u^2 v||^2 <= (K tau (u*)^2)^2, K = "
        + chainFactor + at, gapNormSquared, chainBound.multiply(chainBound)));

    // The four terms of <v_l(t), b_{l,t}>.
    PerturbationTerms terms = PerturbationTerms.of(state, state.u(), state.v(), l);
    BigRational coupled = PerturbationTerms.dot(v, terms.inGroup())
        .add(PerturbationTerms.dot(v, terms.crossSupport()));
    BigRational uMax2 = state.uStarMaxSquared();
    int s = state.supportSize();
    BigRational coupledBound = chainFactor.multiply(tau).multiply(uMax2).multiply(
        instance.deltaIn().add(BigRational.of(s).multiply(instance.deltaOut())));
    checks.add(Check.lessOrEqual(id, "|in-group + cross-support term| <= K delta_in tau"
        + " (u*_max)^2 + K s delta_out tau (u*_max)^2" + at, coupled.abs(), coupledBound));
    BigRational coupledTarget = tau.multiply(uStar2).divide(regime.coupledDivisor());
    checks.add(Check.lessOrEqual(id, "K (delta_in + s delta_out) tau (u*_max)^2 <= tau (u_l*)^2/"
        + regime.coupledDivisor() + at, coupledBound, coupledTarget));
    BigRational off = PerturbationTerms.dot(v, terms.offSupport()).abs();
    BigRational offCount = BigRational.of(groups.groupCount() - s);
    BigRational offTarget = tau.multiply(uStar2).divide(EIGHTY);
    BigRational alphaPower = printed ? instance.alpha().multiply(instance.alpha())
        : instance.alpha();
    String alphaText = printed ? "alpha^2 (as printed)" : "alpha";
    BigRational offBound = instance.deltaOut().multiply(offCount).multiply(alphaPower);
    checks.add(Check.lessOrEqual(id, "|off-support term| <= delta_out (L - s) " + alphaText + at,
        off, offBound));
    checks.add(Check.lessOrEqual(id, "delta_out (L - s) " + alphaText + " <= tau (u_l*)^2/80"
        + at, offBound, offTarget));
    BigRational noise = PerturbationTerms.dot(v, terms.noise());
    BigRational noiseNormSquared = state.groupNormSquared(state.noise(), l);
    if (printed) {
      checks.add(Check.lessOrEqual(id, "|v^T X_l^T xi/n| <= ||v_l||_1 ||X_l^T xi/n||_inf" + at,
          noise.abs(), state.groupNormOne(state.v(), l)
              .multiply(state.groupNormInf(state.noise(), l))));
      checks.add(Check.lessOrEqual(id, "||v_l||_1 <= ||v_l||_2 = 1 (as printed)" + at,
          state.groupNormOne(state.v(), l), BigRational.ONE));
      checks.add(Check.lessOrEqual(id, "||v_l||_2 ||X_l^T xi/n||_inf <= tau (u_l*)^2/80" + at,
          state.groupNormInf(state.noise(), l), offTarget));
    } else {
      checks.add(RootComparisons.absAtMostRoot(id, "|v^T X_l^T xi/n| <= ||X_l^T xi/n||_2" + at,
          noise, noiseNormSquared));
      checks.add(Check.lessOrEqual(id, "||X_l^T xi/n||_2^2 <= (tau (u_l*)^2/80)^2" + at,
          noiseNormSquared, offTarget.multiply(offTarget)));
    }

    // The statement.
    BigRational conclusion = tau.multiply(uStar2).divide(regime.conclusionDivisor());
    BigRational vb = PerturbationTerms.dot(v, terms.total());
    BigRational e = PerturbationTerms.dot(next,
        PerturbationTerms.of(state, state.u(), instance.nextV(), l).total());
    String bound = " <= tau (u_l*)^2/" + regime.conclusionDivisor() + at;
    checks.add(Check.lessOrEqual(id, "|<v_l(t), b_{l,t}>|" + bound, vb.abs(), conclusion));
    checks.add(Check.lessOrEqual(id, "|e_{l,t}| (at v(t+1))" + bound, e.abs(), conclusion));
    if (printed) {
      checks.add(Check.equal(id, "|e_{l,t}| = |<v_l(t), b_{l,t}>| (as printed)" + at, e.abs(),
          vb.abs()));
    }
  }
}
