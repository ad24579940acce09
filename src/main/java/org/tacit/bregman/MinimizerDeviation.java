package org.tacit.bregman;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The deviation {@code n = x_inf(alpha) - x*} of a computed projection from a known l1 minimiser,
 * computed WITHOUT subtracting nearly equal vectors: {@code n_{S^c} = x_{S^c}} is read off directly
 * (in log form), and {@code n_S = -B n_{S^c}} with the exact {@code B = A_S^+ A_{S^c}} (valid since
 * the exact n lies in ker A and A_S is injective). All quantities are returned as natural logs
 * (plus one common scale), so they stay accurate far below {@code 1e-16 ||x*||} and below the
 * double range.
 *
 * <p>Contract: accuracy is that of the projection's off-support logs (its certificate) times the
 * conditioning of the small product {@code B n_{S^c}}; no cancellation against x* occurs.
 *
 * <p>Spec: the quantities (I.1) and (I.2) of MS ({@code MS:eq-I.1}, {@code MS:eq-I.2}), and
 * n of {@code MS:lem-III.3}.
 *
 * @param logScale the common scale L: {@code n = e^L * scaled}
 * @param scaled n / e^L, indexed like the original columns
 * @param logL1 {@code log ||n||_1} (the log of (I.2))
 * @param logOffSupportL1 {@code log ||n_{S^c}||_1}
 * @param logExcessL1 {@code log (1^T n)}, the log of (I.1) (NaN if 1^T n <= 0)
 * @param excessSign the sign of {@code 1^T n}
 */
public record MinimizerDeviation(double logScale, double[] scaled, double logL1,
    double logOffSupportL1, double logExcessL1, int excessSign) {

  /** Compact canonical constructor: copies the array. */
  public MinimizerDeviation {
    scaled = scaled.clone();
  }

  /** n / e^L (a copy). */
  @Override
  public double[] scaled() {
    return scaled.clone();
  }

  /**
   * The deviation of {@code result} from the instance's x*. {@code 1^T n} is computed as
   * {@code sum_{j in S^c} (1 - gamma_j) n_j} with the exact levels {@code gamma_j = a_j^T mu}
   * (since {@code 1^T n_S = mu^T A_S n_S = -mu^T A_{S^c} n_{S^c}}), a sum of positive terms.
   */
  public static MinimizerDeviation of(KnownMinimizerInstance instance,
      EntropyProjectionResult result) {
    int[] support = instance.support();
    int[] off = instance.offSupport();
    double[] logX = result.logX();
    double scale = Double.NEGATIVE_INFINITY;
    for (int j : off) {
      scale = Math.max(scale, logX[j]);
    }
    int d = logX.length;
    double[] scaled = new double[d];
    double offL1 = 0;
    for (int j : off) {
      scaled[j] = Math.exp(logX[j] - scale);
      offL1 += scaled[j];
    }
    RationalMatrix b = instance.offSupportMap();
    double l1 = offL1;
    for (int r = 0; r < support.length; r++) {
      double s = 0;
      for (int p = 0; p < off.length; p++) {
        s -= b.get(r, p).doubleValue() * scaled[off[p]];
      }
      scaled[support[r]] = s;
      l1 += Math.abs(s);
    }
    BigRational[] levels = instance.offSupportLevels();
    double excess = 0;
    for (int p = 0; p < off.length; p++) {
      excess += BigRational.ONE.subtract(levels[p]).doubleValue() * scaled[off[p]];
    }
    return new MinimizerDeviation(scale, scaled, scale + Math.log(l1), scale + Math.log(offL1),
        excess > 0 ? scale + Math.log(excess) : Double.NaN, (int) Math.signum(excess));
  }
}
