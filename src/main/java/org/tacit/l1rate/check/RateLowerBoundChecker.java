package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.CertifiedDeviation;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * Checks MS Theorem II.2(b), the lower bound (II.4), and every step of its proof: (III.6), (III.7)
 * (Lemma III.3 with n~ = m), both links of (III.8), (III.9), (III.10), the unnumbered links before
 * (III.11) (fundamental theorem of calculus bound and the split at lambda = ||x*||_inf), (III.11)
 * itself and the log form before exponentiating.
 *
 * <p>With {@code eps = alpha / min_S x*}, {@code C = 2 (1 + rhoTilde) |S^c| kappa^rhoMinus} and
 * the hypothesis {@code C eps^(1 - rho) <= 1}:
 * <ul>
 *   <li>{@link StatementForm#PRINTED}: (III.11) and (II.4) as printed,
 *       {@code ||x*||_inf^rho kappa^-rhoMinus (1 - C eps^(1-rho)) <= ||n_{S^c}||_inf /
 *       alpha^(1-rho)}. This is FALSE in general (erratum, see proofs-notes/MS/thm-II.2.md):
 *       the proof's bound on the left side of (III.7) carries the factor
 *       {@code r_m = ||m_S||_1 / ||m_{S^c}||_1} that the printed (III.11) drops.</li>
 *   <li>{@link StatementForm#CORRECTED}: (III.11) with {@code r_m C eps^(1-rho)}, and (II.4) with the
 *       factor restored, both in the form {@code exp(-r_m C eps^(1-rho))} that the proof gives and
 *       in the uniform form {@code 1 - rhoTilde C eps^(1-rho)} (since {@code r_m <= rhoTilde});
 *       plus the lower side of the Remark,
 *       {@code ||x_inf - x*||_1 / alpha^(1-rho) >= c (1 - rhoTilde C eps^(1-rho))}.</li>
 * </ul>
 * C uses kappa^rhoMinus (as in the statement), not kappa^rho as the proof restates it: step
 * (III.9)(i) invokes (II.3), whose constant has kappa^rhoMinus, and kappa^rho <= kappa^rhoMinus.
 *
 * <p>Tolerances as in {@link RateUpperBoundChecker}: certified error of each side plus
 * {@link L1RateTolerances#ROUNDING} per unit of magnitude; steps valid for every element of N (or
 * every positive vector) get the rounding allowance only; (III.6) is exact.
 *
 * <p>Spec: {@code MS:thm-II.2b}, {@code MS:eq-II.4}, {@code MS:eq-III.6} to {@code MS:eq-III.11},
 * {@code MS:lem-III.3ii}, {@code MS:rem-II.1} (lower side, corrected form).
 */
public final class RateLowerBoundChecker extends TheoremChecker<RateInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:thm-II.2b";

  private final StatementForm form;

  /**
   * A checker of the given form: {@link StatementForm#PRINTED} as in the paper (false in
   * general), {@link StatementForm#CORRECTED} with the factor {@code ||m_S||_1 / ||m_{S^c}||_1}
   * (or its bound rhoTilde) restored.
   */
  public RateLowerBoundChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(RateInstance instance) {
    return RateConstantsHypotheses.describe(instance) + ", " + form;
  }

  @Override
  protected List<Check> evaluate(RateInstance instance, Hypotheses hypotheses) {
    RateConstants k = instance.instance().constants();
    if (!RateConstantsHypotheses.verify(instance.instance(), hypotheses)) {
      return List.of();
    }
    double alpha = instance.alpha();
    double lambdaMin = k.minOnSupport().doubleValue();
    double rho = k.rho().doubleValue();
    double logEps = Math.log(alpha) - Math.log(lambdaMin);
    double logC = k.logLowerBoundConstant();
    double cEps = Math.exp(logC + (1 - rho) * logEps);
    if (!hypotheses.require("alpha > 0 and C eps^(1-rho) <= 1",
        alpha > 0 && logC + (1 - rho) * logEps <= 0)) {
      return List.of();
    }
    CertifiedDeviation n = CertifiedDeviation.of(instance.instance().problem(), alpha);
    if (!hypotheses.require("certified projection (solver)", n.certified)) {
      return List.of();
    }
    double rhoTilde = k.rhoTilde().doubleValue();
    double rhoMinus = k.rhoMinus().doubleValue();
    double logKappa = Math.log(k.kappa().doubleValue());
    double lambdaMax = k.maxOnSupport().doubleValue();
    double logLambdaMax = Math.log(lambdaMax);
    double logLambdaMin = Math.log(lambdaMin);
    BigRational[] mExact = k.witness();
    double[] m = new double[mExact.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = mExact[i].doubleValue();
    }
    List<Check> checks = new ArrayList<>();

    // (III.6), exactly.
    BigRational minusSumS = BigRational.ZERO;
    BigRational offNormExact = BigRational.ZERO;
    BigRational supportNormExact = BigRational.ZERO;
    for (int i : n.support) {
      minusSumS = minusSumS.subtract(mExact[i]);
      supportNormExact = supportNormExact.add(mExact[i].abs());
    }
    for (int j : n.offSupport) {
      offNormExact = offNormExact.add(mExact[j]);
    }
    checks.add(Check.equal("MS:eq-III.6", "(III.6) -sum_S m_i = rho ||m_Sc||_1", minusSumS,
        k.rho().multiply(offNormExact)));
    double mOff = offNormExact.doubleValue();
    double mS = supportNormExact.doubleValue();
    double ratio = k.witnessRatio().doubleValue();

    // (III.7): sum_S (-m_i) log((x*_i + n_i)/alpha) = sum_Sc m_j log(n_j/alpha).
    double lhs7 = 0;
    double err7 = 0;
    double mag7 = 0;
    for (int i : n.support) {
      double lg = n.logSupportOverAlpha(i);
      lhs7 -= m[i] * lg;
      err7 += Math.abs(m[i]) * n.logSupportError(i);
      mag7 += Math.abs(m[i]) * (Math.abs(n.logXStar[i]) + Math.abs(n.logAlpha) + 1);
    }
    double rhs7 = 0;
    double weighted = 0;
    double magOff = 0;
    for (int j : n.offSupport) {
      if (m[j] > 0) {
        rhs7 += m[j] * n.logOffOverAlpha(j);
        weighted += m[j] * n.scaled[j];
        err7 += m[j] * n.logError;
        magOff += m[j] * (Math.abs(n.logScale) + Math.abs(Math.log(n.scaled[j]))
            + Math.abs(n.logAlpha));
      }
    }
    checks.add(Check.equal("MS:eq-III.7", "(III.7) Lemma III.3 with n~ = m", lhs7, rhs7,
        L1RateTolerances.relative(err7, mag7 + magOff, lhs7, rhs7)));
    checks.add(Check.equal("MS:lem-III.3ii", "Lemma III.3(ii) with n~ = m", lhs7, rhs7,
        L1RateTolerances.relative(err7, mag7 + magOff, lhs7, rhs7)));

    // (III.8): concavity (i), monotonicity (ii).
    double r8i = mOff * (n.logScale + Math.log(weighted / mOff) - n.logAlpha);
    double offMax = n.offMax();
    double r8ii = mOff * (n.logScale + Math.log(offMax) - n.logAlpha);
    double mag8 = magOff + mOff * (Math.abs(n.logScale) + Math.abs(Math.log(offMax))
        + Math.abs(n.logAlpha) + Math.abs(Math.log(weighted / mOff)));
    checks.add(Check.lessOrEqual("MS:eq-III.8", "(III.8)(i) concavity of log",
        rhs7, r8i, L1RateTolerances.relative(0, mag8, rhs7, r8i)));
    checks.add(Check.lessOrEqual("MS:eq-III.8",
        "(III.8)(ii) <= ||m_Sc||_1 log(||n_Sc||_inf / alpha)",
        r8i, r8ii, L1RateTolerances.relative(0, mag8, r8i, r8ii)));

    // (III.9): ||n||_inf / min_S x* <= (C/2) eps^(1-rho) <= 1/2.
    double supportMax = n.supportMax();
    double maxAbs = Math.max(offMax, supportMax);
    double maxAbsError = Math.max(n.relativeError * offMax, n.supportMaxError());
    double l9 = Math.exp(n.logScale + Math.log(maxAbs) - logLambdaMin);
    double l9Error = l9 * maxAbsError / maxAbs;
    double magExp = Math.abs(n.logScale) + Math.abs(logLambdaMin) + Math.abs(logC)
        + Math.abs((1 - rho) * logEps) + 10;
    checks.add(Check.lessOrEqual("MS:eq-III.9",
        "(III.9)(i) ||n||_inf / min_S x* <= (C/2) eps^(1-rho)", l9, cEps / 2,
        L1RateTolerances.relative(l9Error, magExp * Math.max(l9, cEps), l9, cEps / 2)));
    checks.add(Check.lessOrEqual("MS:eq-III.9", "(III.9)(ii) (C/2) eps^(1-rho) <= 1/2", cEps / 2,
        0.5, L1RateTolerances.relative(0, magExp, cEps / 2, 0.5)));

    // (III.10): min over i in S, t in {0, 1} of x*_i + t n_i >= min_S x* - ||n||_inf >= min_S x*/2.
    double nInf = l9 * lambdaMin;
    double minEndpoint = Double.POSITIVE_INFINITY;
    for (int i : n.support) {
      minEndpoint = Math.min(minEndpoint, n.xStar[i]);
      minEndpoint = Math.min(minEndpoint, n.xStar[i] * (1 + n.relativeChange(i)));
    }
    double middle = lambdaMin - nInf;
    checks.add(Check.lessOrEqual("MS:eq-III.10", "(III.10) x*_i + t n_i >= min_S x* - ||n||_inf",
        middle, minEndpoint, L1RateTolerances.relative(0, magExp * lambdaMin, middle,
            minEndpoint)));
    checks.add(Check.lessOrEqual("MS:eq-III.10", "(III.10) min_S x* - ||n||_inf >= min_S x* / 2",
        lambdaMin / 2, middle, L1RateTolerances.relative(l9Error * lambdaMin,
            magExp * lambdaMin, lambdaMin / 2, middle)));

    // Links before (III.11): FTC bound, then the split at lambda = ||x*||_inf.
    double ftc = 0;
    double ftcMag = 0;
    for (int i : n.support) {
      ftc += m[i] * Math.log1p(n.relativeChange(i));
      ftcMag += Math.abs(m[i] * Math.log1p(n.relativeChange(i)));
    }
    ftc = Math.abs(ftc);
    double nSInfOverLambda = supportMax > 0
        ? Math.exp(n.logScale + Math.log(supportMax) - logLambdaMin) : 0;
    double ftcBound = 2 * mS * nSInfOverLambda;
    double ftcBoundError = supportMax > 0
        ? 2 * mS * nSInfOverLambda * n.supportMaxError() / supportMax : 0;
    checks.add(Check.lessOrEqual("MS:eq-III.11",
        "(III.11) FTC (ii): |sum_S m_i log(1 + n_i/x*_i)| <= 2 ||m_S||_1 ||n_S||_inf / min_S x*",
        ftc, ftcBound, L1RateTolerances.relative(err7, ftcMag + magExp * ftcBound, ftc,
            ftcBound)));
    double ftcFinal = mS * cEps;
    checks.add(Check.lessOrEqual("MS:eq-III.11",
        "(III.11) FTC (iii): 2 ||m_S||_1 ||n_S||_inf / min_S x* <= ||m_S||_1 C eps^(1-rho)",
        ftcBound, ftcFinal, L1RateTolerances.relative(ftcBoundError,
            magExp * Math.max(ftcBound, ftcFinal), ftcBound, ftcFinal)));
    double logLambdaMaxOverAlpha = logLambdaMax - n.logAlpha;
    double split0 = 0;
    double negativePart = 0;
    double splitMag = 0;
    for (int i : n.support) {
      split0 -= m[i] * (n.logXStar[i] - n.logAlpha);
      if (m[i] < 0) {
        negativePart += -m[i] * (n.logXStar[i] - logLambdaMax);
      }
      splitMag += Math.abs(m[i]) * (Math.abs(n.logXStar[i]) + Math.abs(n.logAlpha)
          + Math.abs(logLambdaMax) + 1);
    }
    double split1 = minusSumS.doubleValue() * logLambdaMaxOverAlpha + negativePart;
    double p = rho * logLambdaMaxOverAlpha - rhoMinus * logKappa;
    double split2 = mOff * p;
    double pMag = Math.abs(rho * logLambdaMaxOverAlpha) + Math.abs(rhoMinus * logKappa) + 1;
    checks.add(Check.lessOrEqual("MS:eq-III.11",
        "(III.11) split at ||x*||_inf: drop the terms with m_i > 0", split1, split0,
        L1RateTolerances.relative(0, splitMag, split1, split0)));
    checks.add(Check.lessOrEqual("MS:eq-III.11",
        "(III.11) >= rho ||m_Sc|| log(||x*||_inf/alpha) - rho- ||m_Sc|| log kappa", split2, split1,
        L1RateTolerances.relative(0, splitMag + mOff * pMag, split2, split1)));

    // (III.11) itself, then the log form, then (II.4).
    double lhs11 = lhs7 / mOff;
    double err11 = err7 / mOff;
    double mag11 = (mag7 + magOff) / mOff + pMag + cEps * (1 + ratio);
    double logRhs = n.logScale + Math.log(offMax) - n.logAlpha;
    double logRhsMag = Math.abs(n.logScale) + Math.abs(Math.log(offMax)) + Math.abs(n.logAlpha);
    double logRate = (1 - rho) * n.logAlpha;
    double rhs4 = Math.exp(n.logScale + Math.log(offMax) - logRate);
    double c = Math.exp(rho * logLambdaMax - rhoMinus * logKappa);
    double magII4 = (logRhsMag + Math.abs(logRate) + pMag + magExp) * Math.max(rhs4, c);
    if (form == StatementForm.PRINTED) {
      double r11 = p - cEps;
      checks.add(Check.lessOrEqual("MS:eq-III.11", "(III.11) as printed: l.h.s.(III.7)/||m_Sc||_1"
          + " >= rho log(||x*||_inf/alpha) - rho- log kappa - C eps^(1-rho)", r11, lhs11,
          L1RateTolerances.relative(err11, mag11, r11, lhs11)));
      double l4 = c * (1 - cEps);
      checks.add(Check.lessOrEqual("MS:eq-II.4", "(II.4) as printed: ||x*||_inf^rho / kappa^rho- "
          + "(1 - C eps^(1-rho)) <= ||n_Sc||_inf / alpha^(1-rho)", l4, rhs4,
          L1RateTolerances.relative(n.relativeError * rhs4, magII4, l4, rhs4)));
      return checks;
    }
    double r11 = p - ratio * cEps;
    checks.add(Check.lessOrEqual("MS:eq-III.11", "(III.11) corrected: l.h.s.(III.7)/||m_Sc||_1"
        + " >= rho log(||x*||_inf/alpha) - rho- log kappa - r_m C eps^(1-rho)", r11, lhs11,
        L1RateTolerances.relative(err11, mag11, r11, lhs11)));
    checks.add(Check.lessOrEqual(SPEC_ID, "log form: rho log(||x*||_inf/alpha) - rho- log kappa"
        + " - r_m C eps^(1-rho) <= log(||n_Sc||_inf / alpha)", r11, logRhs,
        L1RateTolerances.relative(n.logError, mag11 + logRhsMag, r11, logRhs)));
    double l4exp = c * Math.exp(-ratio * cEps);
    double l4 = c * (1 - rhoTilde * cEps);
    String statement = "(II.4) corrected: ||x*||_inf^rho / kappa^rho- (1 - rho~ C eps^(1-rho))"
        + " <= ||n_Sc||_inf / alpha^(1-rho)";
    for (String id : new String[] {"MS:eq-II.4", SPEC_ID, "MS:thm-II.2"}) {
      checks.add(Check.lessOrEqual(id, "(II.4) corrected, proof form: ||x*||_inf^rho / kappa^rho-"
          + " exp(-r_m C eps^(1-rho)) <= ||n_Sc||_inf / alpha^(1-rho)", l4exp, rhs4,
          L1RateTolerances.relative(n.relativeError * rhs4, magII4, l4exp, rhs4)));
      checks.add(Check.lessOrEqual(id, statement, l4, rhs4,
          L1RateTolerances.relative(n.relativeError * rhs4, magII4, l4, rhs4)));
    }
    double l1 = n.offL1() + n.supportL1();
    double remRatio = Math.exp(n.logScale + Math.log(l1) - logRate);
    checks.add(Check.lessOrEqual("MS:rem-II.1",
        "Remark lower side: c (1 - rho~ C eps^(1-rho)) <= ||x_inf - x*||_1 / alpha^(1-rho)", l4,
        remRatio, L1RateTolerances.relative(n.l1Error() / l1 * remRatio, magII4, l4, remRatio)));
    return checks;
  }
}
