package org.tacit.group.model;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;
import org.tacit.verify.SeededDraws;

/**
 * A simulation of LNHW Lemma 15: a Rademacher design {@code X} ({@code n x p}, so
 * {@code ||X_j||^2 = n} exactly) drawn once from {@code seed}, and {@code trials} independent
 * Gaussian noise vectors {@code xi ~ N(0, sigma^2 I_n)} (sigma-sub-Gaussian entries, Definition
 * 3); each trial records whether {@code ||X^T xi / n||_inf} exceeds a level.
 *
 * <p>Levels: the appendix's {@code eps_A = 2 sqrt(2 sigma^2 log(2p)/n)} and the main text's
 * {@code eps_M = 2 sqrt(sigma^2 log(2p)/n)} (Corollary 1). With {@code z = eps sqrt(n)/sigma},
 * each {@code (X^T xi)_j / (sigma sqrt(n))} is standard normal, so by the union bound
 * {@code P(max_j > z) <= p erfc(z/sqrt2) <= 2p exp(-z^2/2)}, which is {@code 1/(8p^3)} at
 * {@code eps_A} and {@code 1/(2p)} at {@code eps_M}.
 *
 * <p>Cost O(trials n p). Deterministic given the record.
 *
 * @param samples {@code n >= 1}
 * @param dimension {@code p >= 1}
 * @param sigma the noise level {@code sigma > 0}
 * @param seed the seed of the design and of the noise
 * @param trials the number of noise draws
 *
 * <p>Spec: {@code LNHW:lem-15}, {@code LNHW:def-3}, {@code LNHW:cor-1}.
 */
public record NoiseCorrelationTrial(int samples, int dimension, double sigma, long seed,
    int trials) {

  /** {@code z} of the appendix level: {@code 2 sqrt(2 log(2p))}. */
  public double appendixThreshold() {
    return 2 * Math.sqrt(2 * Math.log(2.0 * dimension));
  }

  /** {@code z} of the main-text level: {@code 2 sqrt(log(2p))}. */
  public double mainTextThreshold() {
    return 2 * Math.sqrt(Math.log(2.0 * dimension));
  }

  /** {@code P(|Z| > z) = erfc(z / sqrt 2)} for a standard normal {@code Z}. */
  public static double twoSidedTail(double z) {
    return Erf.erfc(z / Math.sqrt(2));
  }

  /**
   * The exact {@code P(max_j |Z_j| > z)} for {@code p} independent standard normals (orthogonal
   * columns and Gaussian noise): {@code 1 - (1 - erfc(z/sqrt2))^p}, via {@code log1p/expm1}.
   */
  public static double independentMaximumTail(int p, double z) {
    return -Math.expm1(p * Math.log1p(-twoSidedTail(z)));
  }

  /**
   * Runs the simulation: the counts of trials with {@code ||X^T xi/n||_inf > eps_A} and
   * {@code > eps_M}.
   */
  public Counts simulate() {
    SeededDraws draws = new SeededDraws(seed);
    int n = samples;
    int p = dimension;
    double[] x = new double[n * p];
    for (int k = 0; k < x.length; k++) {
      x[k] = draws.coin() ? 1 : -1;
    }
    double appendixLevel = appendixThreshold() * sigma / Math.sqrt(n);
    double mainLevel = mainTextThreshold() * sigma / Math.sqrt(n);
    int aboveAppendix = 0;
    int aboveMain = 0;
    double[] xi = new double[n];
    double[] correlation = new double[p];
    for (int trial = 0; trial < trials; trial++) {
      for (int row = 0; row < n; row++) {
        xi[row] = sigma * draws.gaussian();
      }
      Arrays.fill(correlation, 0);
      for (int row = 0; row < n; row++) {
        for (int j = 0; j < p; j++) {
          correlation[j] += x[row * p + j] * xi[row];
        }
      }
      double max = 0;
      for (int j = 0; j < p; j++) {
        max = Math.max(max, Math.abs(correlation[j]) / n);
      }
      if (max > appendixLevel) {
        aboveAppendix++;
      }
      if (max > mainLevel) {
        aboveMain++;
      }
    }
    return new Counts(aboveAppendix, aboveMain);
  }

  /**
   * Exceedance counts.
   *
   * @param aboveAppendixLevel trials with {@code ||X^T xi/n||_inf > eps_A}
   * @param aboveMainTextLevel trials with {@code ||X^T xi/n||_inf > eps_M}
   */
  public record Counts(int aboveAppendixLevel, int aboveMainTextLevel) {}
}
