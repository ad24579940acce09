package org.tacit.l1rate.check;

import java.util.Arrays;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.verify.Hypotheses;

/**
 * Exact consistency checks of {@link RateConstants} against their instance, shared by the
 * Theorem II.2 checkers: what can be verified without solving the LPs that define the suprema.
 *
 * <p>Verified exactly: x* and S match the instance; the witness m lies in ker A with
 * {@code m_{S^c} >= 0}, {@code m_{S^c} != 0}; kappa = max_S x* / min_S x*;
 * {@code rho <= rhoMinus <= rhoTilde}; {@code rho < 1} (Lemma III.1(ii)); the witness respects
 * the suprema it belongs to ({@code ||m_S||_1 <= rhoTilde ||m_{S^c}||_1}, negative part of
 * {@code m_S <= rhoMinus ||m_{S^c}||_1}). The identity (III.6) is a check of the lower-bound
 * checker, not a hypothesis.
 *
 * <p>Spec: {@code MS:asm-II.1}, {@code MS:lem-III.1ii}.
 */
public final class RateConstantsHypotheses {

  private RateConstantsHypotheses() {}

  /** A short label: sizes, rho and alpha. */
  public static String describe(RateInstance instance) {
    RateConstants k = instance.instance().constants();
    return "d=" + k.xStar().length + ", |S|=" + k.support().length + ", rho=" + k.rho()
        + ", rho~=" + k.rhoTilde() + ", rho-=" + k.rhoMinus() + ", kappa=" + k.kappa()
        + ", alpha=" + instance.alpha();
  }

  /**
   * Decides the hypotheses on the constants of {@code instance}, in order up to the first that
   * fails, recording each in {@code hypotheses}; returns whether all hold.
   */
  public static boolean verify(ClosedFormInstance instance, Hypotheses hypotheses) {
    KnownMinimizerInstance problem = instance.problem();
    RateConstants k = instance.constants();
    BigRational[] m = k.witness();
    if (!hypotheses.require("constants describe the instance's x* and S",
            Arrays.equals(k.xStar(), problem.minimizer())
                && Arrays.equals(k.support(), problem.support()))
        || !hypotheses.require("witness m in ker A", isZero(problem.problem().a().multiply(m)))) {
      return false;
    }
    BigRational offNorm = BigRational.ZERO;
    boolean nonNegative = true;
    for (int j : k.offSupport()) {
      nonNegative &= m[j].signum() >= 0;
      offNorm = offNorm.add(m[j]);
    }
    if (!hypotheses.require("witness m_Sc >= 0", nonNegative)
        || !hypotheses.require("witness m_Sc != 0", !offNorm.isZero())
        || !hypotheses.require("kappa = max_S x* / min_S x*",
            k.kappa().equals(k.maxOnSupport().divide(k.minOnSupport())))
        || !hypotheses.require("rho <= rho- <= rho~ and rho < 1",
            k.rho().compareTo(k.rhoMinus()) <= 0 && k.rhoMinus().compareTo(k.rhoTilde()) <= 0
                && k.rho().compareTo(BigRational.ONE) < 0)) {
      return false;
    }
    BigRational negative = BigRational.ZERO;
    for (int i : k.support()) {
      if (m[i].signum() < 0) {
        negative = negative.subtract(m[i]);
      }
    }
    return hypotheses.require("witness within rho~ and rho-",
        k.witnessRatio().compareTo(k.rhoTilde()) <= 0
            && negative.compareTo(k.rhoMinus().multiply(offNorm)) <= 0);
  }

  private static boolean isZero(BigRational[] v) {
    for (BigRational value : v) {
      if (!value.isZero()) {
        return false;
      }
    }
    return true;
  }
}
