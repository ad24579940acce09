package org.tacit.l1rate.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.lp.ObjectiveSense;

/**
 * Computes the MS null-space constants {@code rho, rho~, rho^-, kappa*} with maximizers
 * ({@link NullSpaceConstants}): Assumption II.1 first ({@link AssumptionII1}), then rho as one LP
 * over the slice Q, and rho~ and rho^- by the exact sign-pattern branch and bound of
 * {@link SignPatternSearch}. Exact in {@link LpPrecision#EXACT}; in double precision the same
 * steps run on the double simplex. Proofs in {@code proofs-notes/MS/null-space-constants.md}.
 *
 * <p>Cost: Assumption II.1 (two LPs), one LP for rho, and for each of rho~, rho^- at most
 * {@code 2|S| + 2^(|S|+1)} LPs (far fewer in practice).
 *
 * <p>Spec: {@code MS:eq-II.1}, {@code MS:eq-II.2}, {@code MS:def-II.1}.
 */
public final class NullSpaceConstantsSolver {

  private NullSpaceConstantsSolver() {}

  /**
   * rho alone (one LP after Assumption II.1), for experiments that need no rho~, rho^-.
   *
   * @throws AssumptionII1Exception if Assumption II.1 fails (naming the part)
   */
  public static BigRational rho(LinearSystem system, LpPrecision precision) {
    AssumptionII1Report report = AssumptionII1.check(system, precision);
    if (!report.holds()) {
      throw new AssumptionII1Exception(report);
    }
    int d = system.cols();
    int[] support = report.minimizer().support();
    boolean[] inSupport = NullSpaceSlice.mask(d, support);
    BigRational[] minusOnesOnS = NullSpaceSlice.onSupport(d, support, BigRational.MINUS_ONE);
    return optimum(rhoProgram(system.a(), inSupport, minusOnesOnS, precision));
  }

  private static BigRational optimum(LpResult result) {
    BigRational value = result.objective();
    if (value == null) {
      throw new IllegalStateException("optimal LP without an objective value");
    }
    return value;
  }

  /** The LP of (II.1) over the slice Q; its optimum is rho (attained, Lemma III.1(ii)). */
  private static LpResult rhoProgram(RationalMatrix a, boolean[] inSupport,
      BigRational[] minusOnesOnS, LpPrecision precision) {
    LpResult rhoLp = precision.solver().solve(
        NullSpaceSlice.program(a, inSupport, minusOnesOnS, ObjectiveSense.MAXIMIZE, null));
    if (rhoLp.status() != LpStatus.OPTIMAL || rhoLp.objective() == null) {
      throw new IllegalStateException("rho LP not optimal under Assumption II.1: " + rhoLp);
    }
    return rhoLp;
  }

  /**
   * The constants of {@code system}.
   *
   * @throws AssumptionII1Exception if Assumption II.1 fails (naming the part)
   */
  public static NullSpaceConstants compute(LinearSystem system, LpPrecision precision) {
    return compute(system, precision, SearchProgress.NONE);
  }

  /**
   * The constants of {@code system}, reporting the progress of the rho~ and rho^- searches.
   *
   * @throws AssumptionII1Exception if Assumption II.1 fails (naming the part)
   */
  public static NullSpaceConstants compute(LinearSystem system, LpPrecision precision,
      SearchProgress progress) {
    AssumptionII1Report report = AssumptionII1.check(system, precision);
    if (!report.holds()) {
      throw new AssumptionII1Exception(report);
    }
    BigRational[] xStar = report.minimizer().x();
    int[] support = report.minimizer().support();
    RationalMatrix a = system.a();
    int d = a.cols();
    boolean[] inSupport = NullSpaceSlice.mask(d, support);
    BigRational[] minusOnesOnS = NullSpaceSlice.onSupport(d, support, BigRational.MINUS_ONE);
    BigRational[] onesOnS = NullSpaceSlice.onSupport(d, support, BigRational.ONE);
    BigRational[] zeros = NullSpaceSlice.onSupport(d, support, BigRational.ZERO);
    LpResult rhoLp = rhoProgram(a, inSupport, minusOnesOnS, precision);
    BigRational rho = optimum(rhoLp);
    SignPatternSearch search = new SignPatternSearch(a, support, precision);
    SignPatternSearch.Result tilde = search.maximize(onesOnS, minusOnesOnS, "rho~", progress);
    SignPatternSearch.Result minus = search.maximize(zeros, minusOnesOnS, "rho^-", progress);
    BigRational max = xStar[support[0]];
    BigRational min = max;
    for (int i : support) {
      max = max.max(xStar[i]);
      min = min.min(xStar[i]);
    }
    return new NullSpaceConstants(precision.isExact(), xStar, support, rho, tilde.value(),
        minus.value(), max.divide(min), rhoLp.x().toArray(new BigRational[0]), tilde.witness(),
        minus.witness(), 1 + tilde.linearPrograms() + minus.linearPrograms(),
        tilde.screenedOnly() + tilde.prunedByDualBound() + minus.screenedOnly()
            + minus.prunedByDualBound());
  }
}
