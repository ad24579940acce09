package org.tacit.stepsize.model;

import org.tacit.stepsize.family.ConvergedRunFamily;

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
   * {@code sqrt(2 N tol)}, about 1e-6 relative at the tolerances of {@link ConvergedRunFamily},
   * whose stability probe detects excesses above 1.4e-4; 1e-3 leaves a factor of about 7 above
   * the probe's resolution for runs that end still oscillating at the edge of stability.
   */
  public static final double EDGE_OF_STABILITY = 1e-3;

  private StepSizeTolerances() {}
}
