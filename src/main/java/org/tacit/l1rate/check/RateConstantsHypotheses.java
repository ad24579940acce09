package org.tacit.l1rate.check;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;

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

  /** The first failed hypothesis, or null when all hold. */
  public static @Nullable String hypothesisFailure(ClosedFormInstance instance) {
    KnownMinimizerInstance problem = instance.problem();
    RateConstants k = instance.constants();
    BigRational[] xStar = k.xStar();
    BigRational[] minimizer = problem.minimizer();
    if (!java.util.Arrays.equals(xStar, minimizer)
        || !java.util.Arrays.equals(k.support(), problem.support())) {
      return "constants describe the instance's x* and S";
    }
    BigRational[] m = k.witness();
    RationalMatrix a = problem.problem().a();
    for (BigRational v : a.multiply(m)) {
      if (!v.isZero()) {
        return "witness m in ker A";
      }
    }
    BigRational offNorm = BigRational.ZERO;
    for (int j : k.offSupport()) {
      if (m[j].signum() < 0) {
        return "witness m_Sc >= 0";
      }
      offNorm = offNorm.add(m[j]);
    }
    if (offNorm.isZero()) {
      return "witness m_Sc != 0";
    }
    if (!k.kappa().equals(k.maxOnSupport().divide(k.minOnSupport()))) {
      return "kappa = max_S x* / min_S x*";
    }
    if (k.rho().compareTo(k.rhoMinus()) > 0 || k.rhoMinus().compareTo(k.rhoTilde()) > 0
        || k.rho().compareTo(BigRational.ONE) >= 0) {
      return "rho <= rho- <= rho~ and rho < 1";
    }
    BigRational negative = BigRational.ZERO;
    for (int i : k.support()) {
      if (m[i].signum() < 0) {
        negative = negative.subtract(m[i]);
      }
    }
    if (k.witnessRatio().compareTo(k.rhoTilde()) > 0
        || negative.compareTo(k.rhoMinus().multiply(offNorm)) > 0) {
      return "witness within rho~ and rho-";
    }
    return null;
  }
}
