package org.tacit.l1rate.model;

import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.MinimizerDeviation;
import org.tacit.exact.RationalMatrix;

/**
 * The deviation {@code n = x_inf(alpha) - x*} in scaled form {@code n = e^L s}, with certified
 * per-coordinate error bounds, for the Theorem II.2 checkers.
 *
 * <p>{@code s_{S^c}} comes from the projection's certified logs; {@code s_S = -B s_{S^c}} with the
 * exact {@code B = A_S^+ A_{S^c}} (so the computed n lies in N up to rounding, no cancellation
 * against x*). If the certificate bounds every off-support log error by delta and
 * {@code e = expm1(delta)}, the true {@code s} satisfies {@code |s_j - s^_j| <= e s^_j} on S^c and
 * {@code |s_i - s^_i| <= e (|B| s^_{S^c})_i} on S.
 */
public final class CertifiedDeviation {

  public final boolean certified;
  public final double logScale;
  public final double[] scaled;
  public final double logError;
  public final double relativeError;
  public final double[] supportError;
  public final int[] support;
  public final int[] offSupport;
  public final double logAlpha;
  public final double[] logXStar;
  public final double[] xStar;

  private CertifiedDeviation(boolean certified, double logScale, double[] scaled, double logError,
      double[] supportError, int[] support, int[] offSupport, double logAlpha, double[] xStar) {
    this.certified = certified;
    this.logScale = logScale;
    this.scaled = scaled;
    this.logError = logError;
    this.relativeError = Math.expm1(logError);
    this.supportError = supportError;
    this.support = support;
    this.offSupport = offSupport;
    this.logAlpha = logAlpha;
    this.xStar = xStar;
    this.logXStar = new double[xStar.length];
    for (int i = 0; i < xStar.length; i++) {
      logXStar[i] = Math.log(xStar[i]);
    }
  }

  public static CertifiedDeviation of(KnownMinimizerInstance problem, double alpha) {
    EntropyProjectionResult result = new EntropyProjection().solve(problem.problem(), alpha);
    MinimizerDeviation deviation = MinimizerDeviation.of(problem, result);
    double[] s = deviation.scaled();
    int[] support = problem.support();
    int[] off = problem.offSupport();
    double delta = 0;
    double[] logErrors = result.certificate().logErrorBound();
    for (int j : off) {
      delta = Math.max(delta, logErrors[j]);
    }
    double e = Math.expm1(delta);
    RationalMatrix b = problem.offSupportMap();
    double[] supportError = new double[s.length];
    for (int r = 0; r < support.length; r++) {
      double sum = 0;
      for (int p = 0; p < off.length; p++) {
        sum += Math.abs(b.get(r, p).doubleValue()) * s[off[p]];
      }
      supportError[support[r]] = e * sum;
    }
    double[] xStar = new double[s.length];
    var minimizer = problem.minimizer();
    for (int i = 0; i < s.length; i++) {
      xStar[i] = minimizer[i].doubleValue();
    }
    return new CertifiedDeviation(result.certificate().certified(), deviation.logScale(), s,
        delta, supportError, support, off, Math.log(alpha), xStar);
  }

  /** n_i / x*_i for i in S (relative change of a support coordinate). */
  public double relativeChange(int i) {
    return Math.signum(scaled[i])
        * Math.exp(logScale + Math.log(Math.abs(scaled[i])) - logXStar[i]);
  }

  /** Bound on |n_i / x*_i - n^_i / x*_i| for i in S. */
  public double relativeChangeError(int i) {
    return Math.exp(logScale + Math.log(supportError[i]) - logXStar[i]);
  }

  /** log((x*_i + n_i) / alpha) for i in S, via log1p. */
  public double logSupportOverAlpha(int i) {
    return logXStar[i] - logAlpha + Math.log1p(relativeChange(i));
  }

  /** Bound on the error of {@link #logSupportOverAlpha} caused by the error of n_i. */
  public double logSupportError(int i) {
    double change = relativeChangeError(i);
    double lower = 1 + relativeChange(i) - change;
    return lower > 0 ? change / lower : Double.POSITIVE_INFINITY;
  }

  /** log(n_j / alpha) for j in S^c. */
  public double logOffOverAlpha(int j) {
    return logScale + Math.log(scaled[j]) - logAlpha;
  }

  /** sum_{S^c} s_j = ||n_{S^c}||_1 / e^L. */
  public double offL1() {
    double sum = 0;
    for (int j : offSupport) {
      sum += scaled[j];
    }
    return sum;
  }

  /** sum_S |s_i|. */
  public double supportL1() {
    double sum = 0;
    for (int i : support) {
      sum += Math.abs(scaled[i]);
    }
    return sum;
  }

  /** Bound on | ||s||_1 - ||s^||_1 |. */
  public double l1Error() {
    double sum = relativeError * offL1();
    for (int i : support) {
      sum += supportError[i];
    }
    return sum;
  }

  /** max over S^c of s_j. */
  public double offMax() {
    double max = 0;
    for (int j : offSupport) {
      max = Math.max(max, scaled[j]);
    }
    return max;
  }

  /** max over S of |s_i|. */
  public double supportMax() {
    double max = 0;
    for (int i : support) {
      max = Math.max(max, Math.abs(scaled[i]));
    }
    return max;
  }

  /** Bound on the error of max over S of |s_i|. */
  public double supportMaxError() {
    double max = 0;
    for (int i : support) {
      max = Math.max(max, supportError[i]);
    }
    return max;
  }
}
