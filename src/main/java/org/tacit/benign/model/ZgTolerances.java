package org.tacit.benign.model;

/**
 * The tolerances of the ZG checkers, in one place, each with its error analysis. All are
 * relative unless stated otherwise. Exact checks (rational arithmetic) have none. (GD divergence
 * is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper.)
 */
public final class ZgTolerances {

  // ---- The model, gradient descent (2) and its identities

  /**
   * Placeholder of this section: the exact identities need no tolerance; double-precision checks
   * of this section state theirs below it.
   */
  public static final double DYNAMICS_EXACT = 0.0;

  // ---- The baselines

  /** Placeholder of this section (see above). */
  public static final double BASELINE_EXACT = 0.0;

  // ---- Data conditions and technical lemmas

  /**
   * Significant decimal digits of the rigorous enclosures of Lemma B.9's recursion
   * ({@link ScalarRecursionEnclosure}). Not a tolerance: the enclosures are rounded outward, so
   * they are valid at any precision; 60 digits keep their relative width below about
   * {@code 10^-57} after a few hundred steps (the width grows at most by the Lipschitz factor of
   * f, at most {@code (1 + h)^2 <= 2.25} on {@code [0, mu]}, but shrinks by {@code |f'(mu)| =
   * |1 - 2h| < 1} near the fixed point), far below any band {@code eps / mu >= 10^-20} drawn.
   */
  public static final int SCALAR_RECURSION_DIGITS = 60;

  /**
   * Relative tolerance of Lemma B.9's check {@code T* <= (8/7)(1/h)(ln(mu/z_0) + ln(mu/eps)) + 2}
   * in double (the integer T* is exact; only the right side is rounded). Each quotient
   * {@code mu/z_0}, {@code mu/eps} is rounded once from exact rationals (relative error u, so
   * absolute error u in its logarithm), {@code Math.log} adds at most 1 ulp (u |ln|), and the
   * sum, the product by {@code 8/(7h)} and the final addition add {@code gamma_4} relative. Since
   * {@code z_0 + eps <= mu} gives {@code z_0 eps <= mu^2/4}, the sum of logarithms is at least
   * {@code ln 4 > 1.38}, so the absolute errors {@code 2u} are below {@code 1.5u} of it: in total
   * below {@code gamma_8}; we use {@code gamma_16}.
   */
  public static final double SCALAR_RECURSION_TIME_BOUND = org.tacit.linalg.FloatingPoint.gamma(16);

  /**
   * Relative tolerance of Lemma B.10's real-power checks {@code sum_i |alpha_i|^{2k} <=
   * ||alpha||_inf^{2k-2} ||alpha||_2^2 <= (||alpha||_2^2)^k} in double, for a vector of length d
   * and exponent {@code k >= 1}. Error analysis: {@code Math.pow} is within 1 ulp ({@code 2u}
   * relative); a sum of d non-negative terms adds {@code gamma_d}; raising a value with relative
   * error {@code theta} to the power k multiplies the error by k, so the right side
   * {@code (sum alpha_i^2)^k} carries {@code k (gamma_{d+1}) + 2u}, the middle one
   * {@code (2k - 2) 2u + gamma_{d+2}}, the left {@code gamma_{d+2}}; every side is within
   * {@code (2k + 2) gamma_{d+2}}, and a comparison of two such sides within twice that:
   * {@code (4k + 4) gamma_{d+2}}.
   */
  public static double hadamardRealPower(int d, double k) {
    return (4 * k + 4) * org.tacit.linalg.FloatingPoint.gamma(d + 2);
  }

  /**
   * Accuracy of the double RIP constant {@link RipConstant} relative to {@code 1 + delta_k}, for
   * {@code n, d <= 12}. Error analysis: each entry of {@code A = X^T X / n} is a sum of n products
   * ({@code |fl(A) - A| <= gamma_{n+1} (|X|^T |X|)/n} entrywise, and for the Gram matrix
   * {@code (|X|^T|X|)_ij / n <= sqrt(A_ii A_jj) <= 1 + delta_1}); a {@code k x k} perturbation E of
   * the block moves its eigenvalues by at most {@code ||E||_2 <= k max |E_ij| <= k gamma_13
   * (1 + delta)}; the Jacobi method adds a backward error {@code O(k u ||A_SS - I||_F)} per sweep, at
   * most about {@code 10 k^2 u (1 + delta)} over its sweeps. For {@code k <= 12}: below
   * {@code 12 * 13 u + 1440 u < 2e-13}; 1e-12 leaves a factor 5.
   */
  public static final double RIP_EIGEN = 1e-12;

  /**
   * Slack added to the double RIP estimate before the exact certificate {@link RipCertificate}
   * tests it: {@code delta_hi = delta_hat + slack (1 + delta_hat)}. Not a tolerance of any check
   * (the certificate is exact either way); it must exceed {@link #RIP_EIGEN} so that the exact test
   * succeeds, and it sets the enclosure width.
   */
  public static final double RIP_CERTIFICATE_SLACK = 1e-9;

  /**
   * Largest accepted width {@code delta_hi - delta_lo} of a certified RIP enclosure relative to
   * {@code 1 + delta_hi}: the slack {@link #RIP_CERTIFICATE_SLACK}, plus the estimate's error
   * {@link #RIP_EIGEN}, plus the witness's Rayleigh-quotient deficit (quadratic in the eigenvector's
   * error, below 1e-20 for well-separated extremes, at most {@code 2 RIP_EIGEN} in general):
   * below {@code 1.01e-9}; 2e-9 states the accuracy the certificates deliver.
   */
  public static final double RIP_ENCLOSURE = 2e-9;

  private ZgTolerances() {}
}
