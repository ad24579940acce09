package org.tacit.benign.model;

/**
 * A double-precision instance of the training problem of Theorem 3.1 and Figure 1: design
 * {@code X} ({@code n x d}, row-major), noise {@code xi}, target {@code beta*}, labels
 * {@code y = X beta* + xi}, noise level {@code sigma}, scale {@code lambda}, initial scale
 * {@code alpha} ({@code v = 0}, {@code w = u = alpha 1}), step {@code eta}, and the stopping rule
 * of the run: the first {@code t} with {@code L <= lossTarget}, at most {@code maxSteps} updates.
 *
 * <p>Contract: shapes consistent ({@code x.length == n d}, {@code noise.length == n},
 * {@code betaStar.length == d}); arrays are not copied. The hypotheses of the lemmas (sizes of
 * {@code lambda, alpha, eta}) are decided by the checkers, not here.
 *
 * <p>Spec: {@code ZG:thm-3.1}, {@code ZG:fig-1}.
 *
 * @param x the design, row-major
 * @param samples {@code n}
 * @param dimension {@code d}
 * @param noise {@code xi}
 * @param betaStar {@code beta*}
 * @param sigma the noise level {@code sigma}
 * @param lambda the scale {@code lambda} of (1)
 * @param alpha the initial scale {@code alpha}
 * @param eta the step size {@code eta}
 * @param lossTarget the training-loss target {@code eps}
 * @param maxSteps the step budget
 */
public record StageInstance(double[] x, int samples, int dimension, double[] noise,
    double[] betaStar, double sigma, double lambda, double alpha, double eta, double lossTarget,
    long maxSteps) {

  /** Checks the shapes. */
  public StageInstance {
    if (samples < 1 || dimension < 1 || x.length != samples * dimension
        || noise.length != samples || betaStar.length != dimension) {
      throw new IllegalArgumentException("inconsistent shapes");
    }
  }

  /** This instance with the step {@code eta} replaced. */
  public StageInstance withEta(double newEta) {
    return new StageInstance(x, samples, dimension, noise, betaStar, sigma, lambda, alpha, newEta,
        lossTarget, maxSteps);
  }

  /** This instance with the loss target {@code eps} replaced. */
  public StageInstance withLossTarget(double newLossTarget) {
    return new StageInstance(x, samples, dimension, noise, betaStar, sigma, lambda, alpha, eta,
        newLossTarget, maxSteps);
  }

  /**
   * The experiments' scale (Figure 1, Appendix E), read as
   * {@code lambda = 100 d / (sigma n ln(n) (sqrt(ln(d)/n) + sqrt(n/d)))} with natural logarithms
   * (the OCR'd formula and the log base are ambiguities recorded in the spec).
   */
  public static double paperLambda(int d, int n, double sigma) {
    return 100.0 * d / (sigma * n * Math.log(n) * (Math.sqrt(Math.log(d) / n)
        + Math.sqrt((double) n / d)));
  }

  /** {@code n = floor(3 sqrt(d))}, the experiments' sample size (rounding unstated; floor). */
  public static int paperSamples(int d) {
    return (int) Math.floor(3 * Math.sqrt(d));
  }

  /** The labels {@code y = X beta* + xi}. */
  public double[] labels() {
    double[] y = new double[samples];
    org.tacit.linalg.DenseKernels.times(x, samples, dimension, betaStar, y);
    for (int i = 0; i < samples; i++) {
      y[i] += noise[i];
    }
    return y;
  }

  /**
   * The noise scale of the stage lemmas, {@code B_xi + sigma sqrt(n/d)} with the hidden constants
   * set to 1: {@code sigma sqrt(ln(d)/n) + sigma sqrt(n/d)}.
   */
  public double noiseScale() {
    return sigma * (Math.sqrt(Math.log(dimension) / samples)
        + Math.sqrt((double) samples / dimension));
  }

  /** {@code beta_min = min_{i in S} |beta*_i|} (infinity when {@code beta* = 0}). */
  public double betaMin() {
    double min = Double.POSITIVE_INFINITY;
    for (double b : betaStar) {
      if (b != 0) {
        min = Math.min(min, Math.abs(b));
      }
    }
    return min;
  }

  /** {@code beta_max = ||beta*||_inf}. */
  public double betaMax() {
    return org.tacit.linalg.Vectors.maxAbs(betaStar);
  }

  /** The support {@code S} of {@code beta*} (increasing indices). */
  public int[] support() {
    int count = 0;
    for (double b : betaStar) {
      count += b != 0 ? 1 : 0;
    }
    int[] s = new int[count];
    int k = 0;
    for (int j = 0; j < dimension; j++) {
      if (betaStar[j] != 0) {
        s[k++] = j;
      }
    }
    return s;
  }
}
