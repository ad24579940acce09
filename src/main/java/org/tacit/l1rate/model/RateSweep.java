package org.tacit.l1rate.model;

import org.tacit.bregman.BregmanTolerances;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.exact.BigRational;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;

/**
 * The rate alpha^(1-rho) of MS Theorem II.2 measured on one instance: the null-space constants,
 * the deviation {@code ||x_inf(alpha) - x*||_1} (computed directly, {@link DirectDeviation}) on a
 * log grid of alpha, the theorem's band around it, and the slope of log deviation against
 * log alpha compared with {@code 1 - rho}.
 *
 * <p>The band (MS:rem-II.1 with the corrected lower constant of MS:eq-II.4): with
 * {@code eps = alpha / min_S x*}, {@code C_b = 2 (1 + rho~) |S^c| kappa^(rho^-)} and
 * {@code delta = rho~ C_b eps^(1-rho)} (the corrected (II.4) needs {@code C_b eps^(1-rho) <= 1}),
 * <pre>
 *   c (1 - delta) alpha^(1-rho) <= ||n_{S^c}||_inf <= ||n||_1 <= C alpha^(1-rho),
 *   c = ||x*||_inf^rho / kappa^(rho^-),   C = (1 + rho~) |S^c| kappa^(rho^-) (min_S x*)^rho.
 * </pre>
 * Consequently, for two grid points {@code alpha_1 > alpha_2} where the lower bound applies, the
 * endpoint slope {@code (log n(alpha_1) - log n(alpha_2)) / (log alpha_1 - log alpha_2)} differs
 * from {@code 1 - rho} by at most {@code W / (log alpha_1 - log alpha_2)} with
 * {@code W = log(C / (c (1 - delta_1)))}: the {@link #slopeErrorBound()} that the tests assert.
 *
 * <p>Grid: {@code alpha_k = min_S x* 10^(-e_k)}, e_k evenly spaced from 1 to
 * {@code min(maxDecades, 250 / (1 - rho))} (so x_{S^c} ~ alpha^(1-rho) stays above ~1e-250, where
 * the certified solver is reliable: it failed on some draws near 1e-500); points
 * below the solver's smallest alpha are NaN. The slope fits use the grid points where the lower
 * bound applies with {@code delta <= FIT_DELTA}. When the feasible set has no strictly positive
 * point, the projection runs on the maximal support found by {@link FeasibleSupport}.
 *
 * <p>Cost: the constants (LPs, see {@link NullSpaceConstantsSolver}) plus one certified
 * projection per grid point.
 *
 * <p>Spec: {@code MS:thm-II.2}, {@code MS:rem-II.1}.
 *
 * @param constants the null-space constants (exact or double, see {@code exact()})
 * @param log10Alpha the grid, {@code log10 alpha_k}
 * @param log10Deviation {@code log10 ||x_inf(alpha_k) - x*||_1} (NaN where not computed)
 * @param log10Lower {@code log10 (c (1 - delta_k) alpha_k^(1-rho))} (NaN where delta_k >= 1)
 * @param log10Upper {@code log10 (C alpha_k^(1-rho))}
 * @param bandViolations grid points outside the band beyond {@link L1RateTolerances#RATE_BAND}
 * @param failedPoints grid points where the projection solver could not certify a solution
 *     (their deviation is NaN; seen only where x_{S^c} fell below ~1e-500)
 * @param leastSquaresSlope the least-squares slope over the fit points (NaN if fewer than 2)
 * @param endpointSlope the slope between the first and last fit points (NaN if fewer than 2)
 * @param slopeErrorBound the proven bound on {@code |endpointSlope - (1 - rho)|}
 */
public record RateSweep(NullSpaceConstants constants, double[] log10Alpha, double[] log10Deviation,
    double[] log10Lower, double[] log10Upper, int bandViolations, int failedPoints,
    double leastSquaresSlope,
    double endpointSlope, double slopeErrorBound) {

  /** Grid points used by the slope fits have delta at most this (lower factor >= 0.999). */
  public static final double FIT_DELTA = 1e-3;

  /** Copies the arrays. */
  public RateSweep {
    log10Alpha = log10Alpha.clone();
    log10Deviation = log10Deviation.clone();
    log10Lower = log10Lower.clone();
    log10Upper = log10Upper.clone();
  }

  /** The grid (a copy). */
  @Override
  public double[] log10Alpha() {
    return log10Alpha.clone();
  }

  /** The deviations (a copy). */
  @Override
  public double[] log10Deviation() {
    return log10Deviation.clone();
  }

  /** The lower envelope (a copy). */
  @Override
  public double[] log10Lower() {
    return log10Lower.clone();
  }

  /** The upper envelope (a copy). */
  @Override
  public double[] log10Upper() {
    return log10Upper.clone();
  }

  /** {@code 1 - rho}. */
  public double oneMinusRho() {
    return 1 - constants.rho().doubleValue();
  }

  /**
   * Runs the sweep on {@code system} (Assumption II.1 is checked by the constants solver, which
   * throws {@link AssumptionII1Exception} when it fails).
   *
   * @param points number of grid points (at least 2)
   * @param maxDecades the smallest alpha is at most {@code min_S x* 10^-maxDecades}
   */
  public static RateSweep run(LinearSystem system, LpPrecision precision, int points,
      double maxDecades) {
    NullSpaceConstants k = NullSpaceConstantsSolver.compute(system, precision);
    double rho = k.rho().doubleValue();
    double rhoTilde = k.rhoTilde().doubleValue();
    double rhoMinus = k.rhoMinus().doubleValue();
    double kappa = k.kappa().doubleValue();
    int[] support = k.support();
    BigRational[] xStar = k.xStar();
    double minS = Double.POSITIVE_INFINITY;
    double maxS = 0;
    for (int i : support) {
      minS = Math.min(minS, xStar[i].doubleValue());
      maxS = Math.max(maxS, xStar[i].doubleValue());
    }
    int offSupport = xStar.length - support.length;
    double oneMinusRho = 1 - rho;
    double kappaPower = Math.pow(kappa, rhoMinus);
    double lowerConstant = Math.pow(maxS, rho) / kappaPower;
    double upperConstant = (1 + rhoTilde) * offSupport * kappaPower * Math.pow(minS, rho);
    double boundConstant = 2 * (1 + rhoTilde) * offSupport * kappaPower;
    double lastDecade = Math.min(maxDecades, 250 / oneMinusRho);
    double[] log10Alpha = new double[points];
    double[] log10Deviation = new double[points];
    double[] log10Lower = new double[points];
    double[] log10Upper = new double[points];
    double[] delta = new double[points];
    boolean[] lowerBoundApplies = new boolean[points];
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(system.a(), system.y());
    EntropyProjection solver = new EntropyProjection();
    int violations = 0;
    int failed = 0;
    for (int p = 0; p < points; p++) {
      double decades = 1 + (lastDecade - 1) * p / (points - 1.0);
      log10Alpha[p] = Math.log10(minS) - decades;
      double alpha = Math.pow(10, log10Alpha[p]);
      double epsPower = Math.pow(10, -decades * oneMinusRho);
      delta[p] = rhoTilde * boundConstant * epsPower;
      lowerBoundApplies[p] = delta[p] < 1 && boundConstant * epsPower <= 1;
      log10Upper[p] = Math.log10(upperConstant) + oneMinusRho * log10Alpha[p];
      log10Lower[p] = lowerBoundApplies[p]
          ? Math.log10(lowerConstant * (1 - delta[p])) + oneMinusRho * log10Alpha[p]
          : Double.NaN;
      if (!(alpha >= BregmanTolerances.MIN_ALPHA)) {
        log10Deviation[p] = Double.NaN;
        continue;
      }
      EntropyProjectionResult result;
      try {
        result = solve(solver, problem, system, alpha);
      } catch (IllegalArgumentException uncertified) {
        log10Deviation[p] = Double.NaN;
        failed++;
        continue;
      }
      log10Deviation[p] = DirectDeviation.of(system.a(), support, result.logX()).logL1()
          / Math.log(10);
      boolean aboveUpper = log10Deviation[p] > log10Upper[p] + L1RateTolerances.RATE_BAND;
      boolean belowLower = !Double.isNaN(log10Lower[p])
          && log10Deviation[p] < log10Lower[p] - L1RateTolerances.RATE_BAND;
      violations += aboveUpper || belowLower ? 1 : 0;
    }
    int first = -1;
    int last = -1;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int p = 0; p < points; p++) {
      if (lowerBoundApplies[p] && delta[p] <= FIT_DELTA && Double.isFinite(log10Deviation[p])) {
        first = first < 0 ? p : first;
        last = p;
        sx += log10Alpha[p];
        sy += log10Deviation[p];
        sxx += log10Alpha[p] * log10Alpha[p];
        sxy += log10Alpha[p] * log10Deviation[p];
        n++;
      }
    }
    double leastSquares = Double.NaN;
    double endpoint = Double.NaN;
    double errorBound = Double.NaN;
    if (n >= 2) {
      leastSquares = (n * sxy - sx * sy) / (n * sxx - sx * sx);
      double span = log10Alpha[first] - log10Alpha[last];
      endpoint = (log10Deviation[first] - log10Deviation[last]) / span;
      double width = Math.log10(upperConstant / (lowerConstant * (1 - delta[first])));
      errorBound = width / span;
    }
    return new RateSweep(k, log10Alpha, log10Deviation, log10Lower, log10Upper, violations,
        failed, leastSquares, endpoint, errorBound);
  }

  /** Solves on all coordinates, or on the maximal support when no positive point exists. */
  private static EntropyProjectionResult solve(EntropyProjection solver,
      EntropyProjectionProblem problem, LinearSystem system, double alpha) {
    try {
      return solver.solve(problem, alpha);
    } catch (IllegalArgumentException noPositivePoint) {
      boolean[] mask = FeasibleSupport.of(system).mask();
      for (boolean m : mask) {
        if (!m) {
          return solver.solve(new EntropyProjectionProblem(system.a(), system.y(), mask), alpha);
        }
      }
      throw noPositivePoint;
    }
  }
}
