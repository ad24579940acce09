package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.l1rate.model.CertifiedDeviation;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Checks MS Theorem II.2(a), the upper bound (II.3)
 * {@code ||x_inf(alpha) - x*||_1 / alpha^(1 - rho) <= (1 + rhoTilde) |S^c| kappa^rhoMinus
 * (min_S x*)^rho} for {@code 0 < alpha < min_S x*}, and every step of its proof: (III.1), (III.2)
 * (Lemma III.3 with n~ = n), the three links of (III.3), the log-sum inequality (III.4) and
 * (III.5).
 *
 * <p>Method: x_inf(alpha) by {@link org.tacit.bregman.EntropyProjection} with its certificate; n
 * in the scaled form of {@link CertifiedDeviation} (no cancellation against x*); sums scaled by
 * {@code e^-L} (common factor of n). Tolerances: {@link L1RateTolerances#relative} with the
 * certified error of each side: for the statement (II.3) the relative error of ||n||_1, for (III.5)
 * that of ||n_{S^c}||_1, for the identity (III.2) the propagated error of both sides; the steps
 * (III.1), (III.3), (III.4) hold for every element of N (resp. every positive vector), hence for
 * the computed n (which lies in N up to rounding) and get the rounding allowance only.
 *
 * <p>Hypotheses verified: alpha in (0, min_S x*); the constants' witness and kappa as in
 * {@link RateConstantsHypotheses}; a certificate for the projection. Complexity: one projection plus
 * O(|S| |S^c|) work.
 *
 * <p>Spec: {@code MS:thm-II.2a}, {@code MS:eq-II.3}, {@code MS:eq-III.1} to {@code MS:eq-III.5},
 * {@code MS:lem-III.3ii}, {@code MS:rem-II.1} (upper side).
 */
public final class RateUpperBoundChecker extends TheoremChecker<RateInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:thm-II.2a";

  /** Creates the checker (stateless). */
  public RateUpperBoundChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(RateInstance instance) {
    return RateConstantsHypotheses.describe(instance);
  }

  @Override
  protected List<Check> evaluate(RateInstance instance, Hypotheses hypotheses) {
    RateConstants k = instance.instance().constants();
    if (!RateConstantsHypotheses.verify(instance.instance(), hypotheses)) {
      return List.of();
    }
    double alpha = instance.alpha();
    double lambda = k.minOnSupport().doubleValue();
    if (!hypotheses.require("0 < alpha < min_S x*", alpha > 0 && alpha < lambda)) {
      return List.of();
    }
    CertifiedDeviation n = CertifiedDeviation.of(instance.instance().problem(), alpha);
    if (!hypotheses.require("certified projection (solver)", n.certified)) {
      return List.of();
    }
    double rho = k.rho().doubleValue();
    double rhoTilde = k.rhoTilde().doubleValue();
    double rhoMinus = k.rhoMinus().doubleValue();
    double logKappa = Math.log(k.kappa().doubleValue());
    double logLambda = Math.log(lambda);
    int offCount = n.offSupport.length;
    double off = n.offL1();
    double onS = n.supportL1();
    double l1 = off + onS;
    List<Check> checks = new ArrayList<>();

    // (III.1): ||n||_1 <= (1 + rhoTilde) ||n_{S^c}||_1, scaled by e^-L.
    double r1 = (1 + rhoTilde) * off;
    checks.add(Check.lessOrEqual("MS:eq-III.1", "(III.1) ||n||_1 <= (1 + rho~) ||n_Sc||_1",
        l1, r1, L1RateTolerances.relative(0, l1 + r1, l1, r1)));

    // (III.2): sum_{S^c} n_j log(n_j / alpha) = sum_S (-n_i) log((x*_i + n_i) / alpha).
    double lhs2 = 0;
    double err2 = 0;
    double mag2 = 0;
    for (int j : n.offSupport) {
      double lg = n.logOffOverAlpha(j);
      lhs2 += n.scaled[j] * lg;
      err2 += n.scaled[j] * (n.relativeError * Math.abs(lg) + (1 + n.relativeError) * n.logError);
      mag2 += n.scaled[j] * (Math.abs(n.logScale) + Math.abs(Math.log(n.scaled[j]))
          + Math.abs(n.logAlpha));
    }
    double rhs2 = 0;
    for (int i : n.support) {
      double lg = n.logSupportOverAlpha(i);
      rhs2 -= n.scaled[i] * lg;
      err2 += n.supportError[i] * Math.abs(lg)
          + (Math.abs(n.scaled[i]) + n.supportError[i]) * n.logSupportError(i);
      mag2 += Math.abs(n.scaled[i]) * (Math.abs(n.logXStar[i]) + Math.abs(n.logAlpha) + 1);
    }
    checks.add(Check.equal("MS:eq-III.2", "(III.2) Lemma III.3 with n~ = n", lhs2, rhs2,
        L1RateTolerances.relative(err2, mag2, lhs2, rhs2)));
    checks.add(Check.equal("MS:lem-III.3ii", "Lemma III.3(ii) with n~ = n", lhs2, rhs2,
        L1RateTolerances.relative(err2, mag2, lhs2, rhs2)));

    // (III.3): monotonicity, then (i), then (ii).
    double t1 = 0;
    double sumS = 0;
    double negativePart = 0;
    double mag3 = 0;
    for (int i : n.support) {
      t1 -= n.scaled[i] * (n.logXStar[i] - n.logAlpha);
      sumS += n.scaled[i];
      if (n.scaled[i] < 0) {
        negativePart += -n.scaled[i] * (n.logXStar[i] - logLambda);
      }
      mag3 += Math.abs(n.scaled[i]) * (Math.abs(n.logXStar[i]) + Math.abs(n.logAlpha)
          + Math.abs(logLambda) + 1);
    }
    double logLambdaOverAlpha = logLambda - n.logAlpha;
    double t2 = logLambdaOverAlpha * (-sumS) + negativePart;
    double t3 = off * (logLambdaOverAlpha * rho + logKappa * rhoMinus);
    double mag3b = mag3 + off * (Math.abs(logLambdaOverAlpha * rho) + Math.abs(logKappa));
    checks.add(Check.lessOrEqual("MS:eq-III.3",
        "(III.3) monotonicity: sum_S (-n_i) log((x*_i + n_i)/alpha) <= sum_S (-n_i) log(x*_i/alpha)",
        rhs2, t1, L1RateTolerances.relative(0, mag2 + mag3, rhs2, t1)));
    checks.add(Check.lessOrEqual("MS:eq-III.3", "(III.3)(i) split at lambda = min_S x*",
        t1, t2, L1RateTolerances.relative(0, mag3, t1, t2)));
    checks.add(Check.lessOrEqual("MS:eq-III.3",
        "(III.3)(ii) <= ||n_Sc||_1 [rho log(lambda/alpha) + rho^- log kappa]",
        t2, t3, L1RateTolerances.relative(0, mag3b, t2, t3)));

    // (III.4): log-sum inequality.
    double r4 = off * (n.logScale + Math.log(off) - n.logAlpha - Math.log(offCount));
    double mag4 = mag2 + off * (Math.abs(n.logScale) + Math.abs(Math.log(off))
        + Math.abs(n.logAlpha) + Math.log(offCount));
    checks.add(Check.lessOrEqual("MS:eq-III.4",
        "(III.4) log-sum: ||n_Sc||_1 log(||n_Sc||_1 / (alpha |S^c|)) <= sum_Sc n_j log(n_j/alpha)",
        r4, lhs2, L1RateTolerances.relative(0, mag4, r4, lhs2)));

    // (III.5) and (II.3), as ratios to alpha^(1 - rho).
    double logRate = (1 - rho) * n.logAlpha;
    double magLog = Math.abs(n.logScale) + Math.abs(logRate) + Math.abs(rho * logLambda)
        + Math.abs(rhoMinus * logKappa) + 10;
    double lhs5 = Math.exp(n.logScale + Math.log(off) - logRate);
    double rhs5 = Math.exp(Math.log(offCount) + rho * logLambda + rhoMinus * logKappa);
    checks.add(Check.lessOrEqual("MS:eq-III.5",
        "(III.5) ||n_Sc||_1 / alpha^(1-rho) <= |S^c| (min_S x*)^rho kappa^rho-", lhs5, rhs5,
        L1RateTolerances.relative(n.relativeError * lhs5, magLog * Math.max(lhs5, rhs5),
            lhs5, rhs5)));
    double lhs3 = Math.exp(n.logScale + Math.log(l1) - logRate);
    double rhs3 = (1 + rhoTilde) * rhs5;
    double tol3 = L1RateTolerances.relative(n.l1Error() / l1 * lhs3,
        magLog * Math.max(lhs3, rhs3), lhs3, rhs3);
    String statement = "(II.3) ||x_inf - x*||_1 / alpha^(1-rho) <= (1 + rho~) |S^c| kappa^rho- "
        + "(min_S x*)^rho";
    for (String id : new String[] {SPEC_ID, "MS:eq-II.3", "MS:thm-II.2", "MS:rem-II.1"}) {
      checks.add(Check.lessOrEqual(id, statement, lhs3, rhs3, tol3));
    }
    return checks;
  }
}
