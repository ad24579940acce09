package org.tacit.stepsize.model;

/**
 * A setting of NRSS Lemmas D.4 and D.5 for Gaussian data: entries
 * {@code N(mean, standardDeviation^2)}, dimension d, N samples, failure probability delta.
 *
 * @param mean {@code mu > 0}
 * @param standardDeviation {@code s > 0}
 * @param dimension {@code d >= 1}
 * @param samples {@code N >= 1}
 * @param delta in {@code (0, 1)}
 */
public record GaussianSetting(double mean, double standardDeviation, int dimension, int samples,
    double delta) {

  /** Validates the parameters. */
  public GaussianSetting {
    if (!(mean > 0) || !(standardDeviation > 0) || dimension < 1 || samples < 1
        || !(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("need mu > 0, s > 0, d >= 1, N >= 1, 0 < delta < 1");
    }
  }

  /** {@code sigma = ||x - mu||_psi2 = s sqrt(8/3)}. */
  public double sigma() {
    return standardDeviation * Math.sqrt(8.0 / 3.0);
  }

  /** {@code t = sigma sqrt(log(d/delta) / (c N))} of Lemma D.4's proof, {@code c = 4/3}. */
  public double deviation() {
    return sigma() * Math.sqrt(Math.log(dimension / delta)
        / (GaussianConcentration.GAUSSIAN_HOEFFDING_CONSTANT * samples));
  }

  /** {@code (mu - t)^2}, the factor of (44)/(45); requires {@code mu >= t}. */
  public double lowerThreshold() {
    double gap = mean - deviation();
    if (gap < 0) {
      throw new IllegalStateException("mu < t: (44) needs mu - t >= 0 to square");
    }
    return gap * gap;
  }

  /** The factor of (46): {@code mu^2 + sigma^2 + 8 e sigma^2 log(2d/delta) / sqrt N}. */
  public double upperBound46() {
    double sigma2 = sigma() * sigma();
    return mean * mean + sigma2
        + 8 * Math.E * sigma2 * Math.log(2 * dimension / delta) / Math.sqrt(samples);
  }

  /** The factor of (47): {@code mu^2 + sigma^2 + sigma^2 log(2d/delta) / sqrt N}. */
  public double upperBound47() {
    double sigma2 = sigma() * sigma();
    return mean * mean + sigma2 + sigma2 * Math.log(2 * dimension / delta) / Math.sqrt(samples);
  }

  /**
   * The corrected upper factor of Lemma D.5 for Gaussian entries: with probability at least
   * {@code 1 - delta}, for every i, {@code q_i <= mu^2 + s^2 + 2 |mu| s sqrt(2 x / N) + s^2 (2
   * sqrt(x / N) + 2 x / N)}, {@code x = log(2d/delta)}. Proof: {@code q_i - mu^2 - s^2 = 2 mu s
   * zbar + s^2 ((1/N) sum z_n^2 - 1)} with {@code z_n} standard normal; the Gaussian tail
   * {@code P[zbar >= a] <= exp(-N a^2 / 2)} and Laurent-Massart's
   * {@code P[sum z_n^2 - N >= 2 sqrt(N x) + 2x] <= exp(-x)} each fail with probability at most
   * {@code delta / (2d)}; a union bound over the two terms and the d coordinates gives delta. The
   * printed (46)/(47) lack the cross term {@code 2 |mu| s sqrt(2x/N)}, which dominates when
   * {@code mu/s} is large.
   */
  public double correctedUpperBound() {
    double x = Math.log(2 * dimension / delta);
    double s2 = standardDeviation * standardDeviation;
    return mean * mean + s2 + 2 * Math.abs(mean) * standardDeviation * Math.sqrt(2 * x / samples)
        + s2 * (2 * Math.sqrt(x / samples) + 2 * x / samples);
  }

  /** The lower end of rem-D.5's printed display: {@code mu^2 + sigma^2 - sigma^2 sqrt(log(2d/delta)/N)}. */
  public double displayLowerEnd() {
    return mean * mean + sigma() * sigma() - displayHalfWidth();
  }

  /** The upper end of rem-D.5's printed display: {@code mu^2 + sigma^2 + sigma^2 sqrt(log(2d/delta)/N)}. */
  public double displayUpperEnd() {
    return mean * mean + sigma() * sigma() + displayHalfWidth();
  }

  private double displayHalfWidth() {
    double sigma2 = sigma() * sigma();
    return sigma2 * Math.sqrt(Math.log(2 * dimension / delta) / samples);
  }
}
