package org.tacit.stepsize.model;

import org.apache.commons.math3.special.Erf;
import org.tacit.verify.BinomialAllowance;
import org.tacit.verify.SeededDraws;

/**
 * The probabilistic steps of NRSS Appendix D (Lemmas D.4 and D.5) for Gaussian data, where every
 * constant can be made explicit: entries {@code x ~ N(mu, s^2)} i.i.d., so that
 * {@code sigma = ||x - mu||_psi2 = s sqrt(8/3)} (checked by quadrature in {@link SubGaussianNorms})
 * and Hoeffding's inequality holds in the paper's form
 * {@code P[xbar - mu < -t] <= exp(-N c t^2 / sigma^2)} with the explicit constant {@code c = 4/3}
 * (derived: {@code P[xbar - mu < -t] = Phi(-t sqrt(N) / s) <= exp(-N t^2 / (2 s^2))}, and
 * {@code t^2 / (2 s^2) = (4/3) t^2 / sigma^2}).
 *
 * <p>What is computed, with {@code xbar_i} and {@code q_i} the empirical means of {@code x_i} and
 * {@code x_i^2} over N samples:
 * <ul>
 *   <li>{@code NRSS:rem-D.4}: the exact probability {@code 1 - (1 - Phi(-t sqrt N / s))^d} of
 *       {@code exists i: xbar_i - mu < -t}, the union bound {@code d Phi(-t sqrt N / s)} and the
 *       Hoeffding-union bound {@code d exp(-N c t^2/sigma^2)} (each at most the next);
 *   <li>{@code NRSS:eq-44}/{@code eq-45}: the threshold {@code (mu - t)^2} with
 *       {@code t = sigma sqrt(log(d/delta)/(c N))}, against {@code min_i xbar_i^2} by simulation;
 *   <li>{@code NRSS:eq-46}, {@code NRSS:eq-47}: the printed bounds {@code mu^2 + sigma^2 + 8 e
 *       sigma^2 log(2d/delta)/sqrt N} and {@code mu^2 + sigma^2 + sigma^2 log(2d/delta)/sqrt N}
 *       against {@code max_i q_i} by simulation, and a rigorous lower bound on their failure
 *       probability ({@link #upperTailLowerBound}), which exceeds delta when {@code mu/s} is large
 *       (erratum); the corrected Gaussian bound ({@link GaussianSetting#correctedUpperBound})
 *       against {@code max_i q_i} by simulation;
 *   <li>{@code NRSS:rem-D.5}: the printed two-sided display
 *       {@code mu^2 + sigma^2 -+ sigma^2 sqrt(log(2d/delta)/N)} around {@code q_i}, and a rigorous
 *       Chernoff upper bound on {@code P[q_1 >= L]} (the display's lower side needs
 *       {@code q_i >= L} for every i), from the moment generating function of {@code x^2}:
 *       {@code log E exp(theta x^2) = -log(1 - 2 theta s^2)/2 + theta mu^2/(1 - 2 theta s^2)}.
 * </ul>
 * Monte Carlo failure counts are judged with Bernstein's inequality for binomial counts
 * ({@link #allowance}): a count of events of probability at most p exceeds
 * {@code n p + sqrt(2 n p (1 - p) L) + 2L/3}, {@code L = log(1/FALSE_ALARM)}, with probability at
 * most {@link StepSizeTolerances#FALSE_ALARM}, so a correct bound fails a check only with that probability.
 *
 * <p>The checks are in {@code stepsize.check.GaussianConcentrationLemmaChecker}.
 *
 * <p>Spec: {@code NRSS:lem-D.4}, {@code NRSS:eq-44}, {@code NRSS:rem-D.4}, {@code NRSS:eq-45},
 * {@code NRSS:lem-D.5}, {@code NRSS:eq-46}, {@code NRSS:eq-47}, {@code NRSS:rem-D.5},
 * {@code NRSS:rem-5.1}.
 */
public final class GaussianConcentration {

  /** The admissible Hoeffding constant for Gaussian entries with {@code sigma = s sqrt(8/3)}. */
  public static final double GAUSSIAN_HOEFFDING_CONSTANT = 4.0 / 3.0;

  private GaussianConcentration() {}

  /** {@code P[exists i: xbar_i - mu < -t]} exactly: {@code 1 - (1 - p)^d}, {@code p = Phi(-t sqrt N/s)}. */
  public static double exactDeviationProbability(GaussianSetting setting, double t) {
    double p = singleDeviationProbability(setting, t);
    return -Math.expm1(setting.dimension() * Math.log1p(-p));
  }

  /**
   * A rigorous lower bound on {@code P[max_i q_i > level]}: with {@code x_n = mu + s z_n},
   * {@code q_1 = mu^2 + 2 mu s zbar + s^2 (1/N) sum_n z_n^2 >= mu^2 + 2 mu s zbar} and
   * {@code zbar ~ N(0, 1/N)}, so {@code P[q_1 > level] >= p = Phi(-sqrt(N) (level - mu^2) /
   * (2 mu s))} (mu > 0), and by independence of the d coordinates
   * {@code P[max_i q_i > level] >= 1 - (1 - p)^d}. Evaluated with {@code erfc} (relative error
   * about 1e-15). Requires {@code level >= mu^2}.
   */
  public static double upperTailLowerBound(GaussianSetting setting, double level) {
    double mu = setting.mean();
    double s = setting.standardDeviation();
    double argument = Math.sqrt(setting.samples()) * (level - mu * mu) / (2 * mu * s);
    double p = 0.5 * Erf.erfc(argument / Math.sqrt(2));
    return -Math.expm1(setting.dimension() * Math.log1p(-p));
  }

  /** {@code p = P[xbar_1 - mu < -t] = Phi(-t sqrt N / s) = erfc(t sqrt N / (s sqrt 2)) / 2}. */
  public static double singleDeviationProbability(GaussianSetting setting, double t) {
    return 0.5 * Erf.erfc(t * Math.sqrt(setting.samples())
        / (setting.standardDeviation() * Math.sqrt(2)));
  }

  /** The Hoeffding-union bound of rem-D.4: {@code d exp(-N c t^2 / sigma^2)}, {@code c = 4/3}. */
  public static double hoeffdingUnionBound(GaussianSetting setting, double t) {
    double sigma = setting.sigma();
    return setting.dimension() * Math.exp(-setting.samples() * GAUSSIAN_HOEFFDING_CONSTANT * t * t
        / (sigma * sigma));
  }

  /**
   * A rigorous upper bound on {@code P[q_1 >= level]} for {@code level > mu^2 + s^2}:
   * {@code exp(-N (theta level - log M(theta)))} at the best {@code theta} of a golden-section
   * search on {@code (0, 1/(2 s^2))}; every theta gives a valid bound (Chernoff), so the search
   * accuracy only affects tightness. Returns 1 when {@code level <= mu^2 + s^2}.
   */
  public static double chernoffUpperTail(GaussianSetting setting, double level) {
    double mu = setting.mean();
    double s2 = setting.standardDeviation() * setting.standardDeviation();
    if (level <= mu * mu + s2) {
      return 1.0;
    }
    double lo = 0;
    double hi = 1 / (2 * s2);
    double ratio = (Math.sqrt(5) - 1) / 2;
    for (int k = 0; k < 200; k++) {
      double a = hi - ratio * (hi - lo);
      double b = lo + ratio * (hi - lo);
      if (rate(a, level, mu, s2) > rate(b, level, mu, s2)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    double theta = (lo + hi) / 2;
    return Math.min(1.0, Math.exp(-setting.samples() * rate(theta, level, mu, s2)));
  }

  /** {@code theta level - log E exp(theta x^2)} for {@code x ~ N(mu, s2)}, {@code theta < 1/(2 s2)}. */
  private static double rate(double theta, double level, double mu, double s2) {
    double denominator = 1 - 2 * theta * s2;
    return theta * level + 0.5 * Math.log(denominator) - theta * mu * mu / denominator;
  }

  /**
   * Bernstein's one-sided bound for a binomial count of {@code trials} events of probability
   * {@code p}: the count exceeds {@code n p + deviationAllowance(n, p)} with probability at most
   * {@link StepSizeTolerances#FALSE_ALARM}.
   */
  public static double allowance(int trials, double p) {
    return BinomialAllowance.count(trials, p, StepSizeTolerances.FALSE_ALARM);
  }

  /**
   * {@code sqrt(2 n p (1 - p) L) + 2 L / 3}, {@code L = log(1/FALSE_ALARM)}: Bernstein's bound on
   * the deviation of a binomial count from its mean, on one side (use {@code log(2/FALSE_ALARM)}
   * for both sides: the caller doubles the false alarm instead).
   */
  public static double deviationAllowance(int trials, double p) {
    return BinomialAllowance.deviation(trials, p, StepSizeTolerances.FALSE_ALARM);
  }

  /**
   * Failure counts over {@code trials} simulated data sets.
   *
   * @param trials number of data sets
   * @param lowerFailures data sets with {@code min_i xbar_i^2 < (mu - t)^2} ((44) fails for some w)
   * @param lowerFailuresRandomWeight (44) fails for the data set's random weight vector w
   * @param deviationEvents data sets with {@code exists i: xbar_i - mu < -t}
   * @param upper46Failures {@code max_i q_i >} the factor of (46)
   * @param upper47Failures {@code max_i q_i >} the factor of (47)
   * @param correctedUpperFailures {@code max_i q_i >} the corrected Gaussian factor
   *     ({@link GaussianSetting#correctedUpperBound})
   * @param displayLowerFailures the lower side of rem-D.5's display fails for some i
   * @param displayUpperFailures the upper side of rem-D.5's display fails for some i
   * @param weightings the extremes of the weightings over data sets (rem-5.1)
   */
  public record Frequencies(int trials, int lowerFailures, int lowerFailuresRandomWeight,
      int deviationEvents, int upper46Failures, int upper47Failures, int correctedUpperFailures,
      int displayLowerFailures,
      int displayUpperFailures, WeightingRange weightings) {}

  /**
   * The extremes over simulated data sets of the weightings of Lemma 5.1's deterministic core.
   *
   * @param minMeanSquare the smallest {@code min_i xbar_i^2}
   * @param maxMeanSquare the largest {@code max_i xbar_i^2}
   * @param minSecondMoment the smallest {@code min_i q_i}
   * @param maxSecondMoment the largest {@code max_i q_i}
   */
  public record WeightingRange(double minMeanSquare, double maxMeanSquare,
      double minSecondMoment, double maxSecondMoment) {}

  /**
   * Simulates {@code trials} data sets {@code X in R^{d x N}} with i.i.d. {@code N(mu, s^2)}
   * entries (seeded: the same seed gives the same counts). {@code O(trials d N)}.
   */
  public static Frequencies simulate(GaussianSetting setting, int trials, long seed) {
    SeededDraws draws = new SeededDraws(seed);
    int d = setting.dimension();
    int n = setting.samples();
    double mu = setting.mean();
    double s = setting.standardDeviation();
    double t = setting.deviation();
    double threshold = Math.max(0, mu - t) * Math.max(0, mu - t);
    double displayLowerEnd = setting.displayLowerEnd();
    double displayUpperEnd = setting.displayUpperEnd();
    int lower = 0;
    int lowerRandom = 0;
    int deviation = 0;
    int upper46 = 0;
    int upper47 = 0;
    int corrected = 0;
    double correctedBound = setting.correctedUpperBound();
    int displayLower = 0;
    int displayUpper = 0;
    double rangeMinMean2 = Double.POSITIVE_INFINITY;
    double rangeMaxMean2 = Double.NEGATIVE_INFINITY;
    double rangeMinQ = Double.POSITIVE_INFINITY;
    double rangeMaxQ = Double.NEGATIVE_INFINITY;
    for (int trial = 0; trial < trials; trial++) {
      double minMean2 = Double.POSITIVE_INFINITY;
      double maxMean2 = 0;
      double minQ = Double.POSITIVE_INFINITY;
      double maxQ = 0;
      boolean deviates = false;
      double weighted = 0;
      double weightNorm = 0;
      for (int i = 0; i < d; i++) {
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < n; k++) {
          double x = mu + s * draws.gaussian();
          sum += x;
          sumSquares += x * x;
        }
        double mean = sum / n;
        double q = sumSquares / n;
        double w = draws.uniform(-1, 1);
        weighted += Math.abs(w) * mean * mean;
        weightNorm += Math.abs(w);
        deviates |= mean - mu < -t;
        minMean2 = Math.min(minMean2, mean * mean);
        maxMean2 = Math.max(maxMean2, mean * mean);
        minQ = Math.min(minQ, q);
        maxQ = Math.max(maxQ, q);
      }
      lower += minMean2 < threshold ? 1 : 0;
      lowerRandom += weighted < threshold * weightNorm ? 1 : 0;
      deviation += deviates ? 1 : 0;
      upper46 += maxQ > setting.upperBound46() ? 1 : 0;
      upper47 += maxQ > setting.upperBound47() ? 1 : 0;
      corrected += maxQ > correctedBound ? 1 : 0;
      displayLower += minQ < displayLowerEnd ? 1 : 0;
      displayUpper += maxQ > displayUpperEnd ? 1 : 0;
      rangeMinMean2 = Math.min(rangeMinMean2, minMean2);
      rangeMaxMean2 = Math.max(rangeMaxMean2, maxMean2);
      rangeMinQ = Math.min(rangeMinQ, minQ);
      rangeMaxQ = Math.max(rangeMaxQ, maxQ);
    }
    return new Frequencies(trials, lower, lowerRandom, deviation, upper46, upper47, corrected,
        displayLower,
        displayUpper, new WeightingRange(rangeMinMean2, rangeMaxMean2, rangeMinQ, rangeMaxQ));
  }
}
