package org.tacit.linalg;

/**
 * The tolerances of the double-precision linear algebra in {@code linalg}, in one place, each with
 * the error analysis that fixes it. All are relative (to a Ritz value, to a column norm, to the
 * largest singular value or the largest entry, as stated). {@code u = 2^-53} is the unit roundoff
 * and {@code eps = 2u} the machine epsilon ({@link FloatingPoint}).
 */
public final class LinalgTolerances {

  /**
   * Lanczos stopping rule: the residual bound of the top Ritz pair relative to the Ritz value.
   * 1e-12 resolves lambda_max far below the 1e-9 at which the NRSS checkers compare eigenvalues.
   */
  public static final double LANCZOS = 1e-12;

  /**
   * A Lanczos step whose new off-diagonal {@code beta_m} is below this times the current scale
   * means the Krylov space is invariant (exact breakdown up to rounding).
   */
  public static final double LANCZOS_BREAKDOWN = 1e-14;

  /**
   * One-sided Jacobi ({@link Svd}) rotates a pair of working columns {@code w_p, w_q} of length
   * {@code L} only while {@code |w_p . w_q| > L * SVD_ORTHOGONALITY * ||w_p|| ||w_q||}, and stops
   * after a sweep without rotation; this is then the orthogonality of the computed left singular
   * vectors. Justification: the computed inner product carries an absolute error of at most
   * {@code gamma_L ||w_p|| ||w_q||}, {@code gamma_L = L u / (1 - L u)} (Higham, Accuracy and
   * Stability of Numerical Algorithms, eq. (3.5) with Cauchy-Schwarz), so a computed cosine below
   * about {@code L u} cannot be told from 0; the factor {@code eps = 2u} instead of {@code u}
   * leaves room for the rounding of the last rotation (a few {@code u} in each entry), so the
   * iteration never chases rounding noise. (LAPACK's {@code dgesvj} uses {@code sqrt(L) u}.)
   */
  public static final double SVD_ORTHOGONALITY = FloatingPoint.MACHINE_EPSILON;

  /**
   * Numerical rank of an {@code m x n} matrix from its singular values: {@code s_i} counts when
   * {@code s_i > max(m, n) * SVD_RANK * s_1}. Justification: a backward stable SVD is exact for
   * {@code A + E} with {@code ||E||_2} of order {@code max(m, n) eps ||A||_2}, and by Weyl's
   * inequality every computed singular value lies within {@code ||E||_2} of an exact one, so
   * singular values at or below this level cannot be told from zero. It is the conventional
   * threshold (Golub and Van Loan, Matrix Computations, 4th ed., Section 5.4.1; MATLAB
   * {@code rank}, NumPy {@code matrix_rank}).
   */
  public static final double SVD_RANK = FloatingPoint.MACHINE_EPSILON;

  /**
   * One-sided Jacobi works on the matrix scaled by a power of two so that its largest entry lies in
   * {@code [1, 2)}; a working column with Euclidean norm below {@code SVD_NEGLIGIBLE_COLUMN =
   * 2^-500} counts as zero (no rotation, singular value 0). Justification: between columns at
   * least this long, each underflowing product {@code w_pi w_qi} loses at most {@code 2^-1075},
   * a relative error of at most {@code L 2^-75} in the cosine, far below the tolerance
   * {@code L eps} of {@link #SVD_ORTHOGONALITY}; treating shorter columns as zero perturbs the
   * scaled matrix by at most {@code sqrt(min(m, n)) 2^-500}, far below its backward error
   * {@code u} (its largest entry is at least 1).
   */
  public static final double SVD_NEGLIGIBLE_COLUMN = 0x1.0p-500;

  private LinalgTolerances() {}
}
