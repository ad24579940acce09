package org.tacit.stepsize.model;

import org.tacit.linalg.FloatingPoint;

/**
 * The tolerances of the NRSS stability checkers, in one place. All are relative. (GD divergence
 * is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper.)
 */
public final class StepSizeTolerances {

  /**
   * A computed {@code theta} counts as a solution (Definition 2.1) when every residual satisfies
   * {@code |r_n| <= SOLUTION * sum_i |x_{n,i}| betaMagnitude_i}: a solution built by
   * {@link InterpolatingSolutions} carries about {@code (D + 2) eps} relative rounding per
   * monomial (a D-th root and a D-th power) plus the rounding of the {@code d}-term sums, at most
   * {@code (D + d + 2) eps < 3e-13} for {@code D <= 8, d <= 1000}; 1e-12 admits that and rejects
   * any point that is visibly off the solution set.
   */
  public static final double SOLUTION = 1e-12;

  /**
   * Comparisons of eigenvalues and of bounds against lambda_max. The symmetric eigensolvers are
   * backward stable (error {@code <= c n eps ||H||_2}, about 1e-13 for the {@code n <= 400} used);
   * at a computed solution the residual term of (18), of relative size about {@code SOLUTION} times
   * the ratio of the monomial magnitudes to {@code beta} (at most 1e2 for the built-in scales),
   * also enters. 1e-9 covers both with a factor of 10 to spare; the bounds' own margins are
   * far above it except where they are exact (one sample, where the lower bound is an equality).
   */
  public static final double SPECTRAL = 1e-9;

  /**
   * Identities between two evaluations of the same sum of non-negative terms (e.g. (30), (31),
   * (41), (42)), measured against the sum of the absolute values of the terms: each side carries
   * at most {@code (N + d + 2D) eps} relative rounding plus 2 ulp from {@code Math.pow}, below
   * 1e-13 for the sizes used; 1e-11 leaves a factor 100.
   */
  public static final double ARITHMETIC = 1e-11;

  /**
   * Lemma 2.3 on converged GD runs: {@code lambda_max(theta_T) <= (2/eta)(1 + EDGE_OF_STABILITY)}.
   * Near a minimum with {@code lambda_max > 2/eta} the component along the top eigenvector is
   * multiplied by {@code |1 - eta lambda_max| > 1} each step, so GD cannot stay there; a run stops
   * at loss {@code <= tol} at a point whose distance to its limit, and hence the change of
   * lambda_max still to come (lambda_max is Lipschitz in theta), is of the order of the residual
   * {@code sqrt(2 N tol)}, about 1e-6 relative at the tolerances of {@code stepsize.family.ConvergedRunFamily},
   * whose stability probe detects excesses above 1.4e-4; 1e-3 leaves a factor of about 7 above
   * the probe's resolution for runs that end still oscillating at the edge of stability.
   */
  public static final double EDGE_OF_STABILITY = 1e-3;

  /**
   * Appendix D simulations: the probability that a correct bound fails one simulated-frequency
   * check. A count of events of probability at most p over n trials exceeds
   * {@code n p + sqrt(2 n p (1 - p) L) + 2L/3}, {@code L = log(1/FALSE_ALARM)}, with probability at
   * most FALSE_ALARM (Bernstein); with about 20 such checks per property example and 100
   * examples, a correct bound fails a run with probability below 2e-4.
   */
  public static final double FALSE_ALARM = 1e-7;

  /**
   * Lemma D.4's exact probability chain ({@code 1 - (1 - p)^d <= d p <= d exp(-N c t^2/sigma^2)}):
   * each side is one {@code erfc} (commons-math, relative error about 1e-15), one
   * {@code log1p/expm1} pair or one {@code exp}, so the sides carry at most a few 1e-15 relative
   * error; 1e-12 separates rounding from a genuine violation by three orders of magnitude.
   */
  public static final double PROBABILITY_ROUNDING = 1e-12;

  /**
   * The deviation {@code t = sigma sqrt(log(d/delta)/(c N))} is computed from delta and mapped
   * back by {@code d exp(-N c t^2/sigma^2)}: the round trip multiplies the relative rounding of
   * {@code t^2} (a few ulp) by {@code log(d/delta) <= 10} for the settings used, about 1e-14;
   * the check that it returns delta allows 1e-9 relative.
   */
  public static final double DEVIATION_ROUND_TRIP = 1e-9;

  /**
   * rem-D.8: the exact Rademacher complexity (a rational rounded once to double) against
   * Massart's bound {@code B max||x||_inf sqrt(2 log(2d) / N)} evaluated in double: the product,
   * {@code Math.log}, {@code Math.sqrt} and the division carry a few roundings of at most 1 ulp
   * each, below 1e-15 relative; 1e-12 leaves a wide margin and is far below the bound's slack
   * except where it is tight by construction.
   */
  public static final double MASSART_ROUNDING = 1e-12;

  /**
   * Lemma A.1 in double precision ({@code |a - b|^p <= a^p + b^p} for real {@code p >= 1}):
   * {@code Math.pow} is within 1 ulp, and {@code |a - b|} and {@code lo/m} carry one rounding
   * each, which the exponent amplifies by a factor {@code p}; every check therefore allows a
   * relative error of {@code (p + 4) eps}, {@code eps = 2^-52}.
   */
  public static double powerRounding(double p) {
    return (p + 4) * FloatingPoint.MACHINE_EPSILON;
  }

  /** Relative width at which bisection stops. */
  public static final double ORLICZ_BISECTION = 1e-12;

  /**
   * A diagonal entry of R below this times the largest one means {@code X} has (numerically)
   * dependent rows: rounding in Householder QR is {@code O(N eps ||X||)}, so a ratio of 1e-12 is
   * beyond any rounding artefact at the sizes used and signals real rank deficiency.
   */
  public static final double INTERPOLATOR_RANK = 1e-12;

  /**
   * Convergence threshold relative to the initial loss: residuals then are about 1e-6 of the
   * initial ones, so the final iterate is within about 1e-6 (relative) of its limit.
   */
  public static final double CONVERGED_RUN_LOSS = 1e-12;

  /** Deviation (in units of delta) beyond which the run counts as having left the solution. */
  public static final double LYAPUNOV_LEFT_FACTOR = 1e6;

  private StepSizeTolerances() {}
}
