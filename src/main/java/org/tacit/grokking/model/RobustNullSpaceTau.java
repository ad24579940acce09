package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * A certified robust-null-space constant tau for a full-row-rank rational A ({@code m x n},
 * {@code m < n}), a set S and a {@code rho >= rho_S} ({@link NullSpaceConstant}): with
 * {@code mu} a rational certified lower bound of {@code lambda_min(A A^T) = sigma_min^+(A)^2}
 * ({@link CertifiedSpectrum#lambdaMinLowerBound}, exact positive semidefiniteness of
 * {@code A A^T - mu I}),
 * {@code tau = upper(sqrt(|S| + rho^2 (n - |S|))) / lower(sqrt(mu))}, rounded outward exactly
 * ({@link RationalSquareRoots}).
 *
 * <p>Why it is valid (proof note {@code proofs-notes/TDR/null-space.md}): write
 * {@code u = k + w}, {@code k in ker A}, {@code w = A^+ A u in row A}. Then
 * {@code ||u_S||_1 <= ||k_S||_1 + ||w_S||_1 <= rho ||k_{S_bar}||_1 + ||w_S||_1
 * <= rho ||u_{S_bar}||_1 + (||w_S||_1 + rho ||w_{S_bar}||_1)}, and by Cauchy-Schwarz with the
 * weights (1 on S, rho off S), {@code ||w_S||_1 + rho ||w_{S_bar}||_1 <= sqrt(|S| + rho^2 (n -
 * |S|)) ||w||_2}, while {@code ||A u||_2 = ||A w||_2 >= sigma_min^+(A) ||w||_2 >= sqrt(mu)
 * ||w||_2}. Hence {@code ||u_S||_1 <= rho ||u_{S_bar}||_1 + tau ||A u||_2} for every u.
 *
 * <p>Cost: O(m^3) exact operations per certification attempt plus the square roots.
 *
 * <p>Spec: {@code TDR:def-3.2}, {@code TDR:def-C.37}, {@code TDR:thm-C.38},
 * {@code TDR:thm-C.39}.
 *
 * @param mu the certified lower bound of {@code lambda_min(A A^T)}
 * @param tau the certified constant
 */
public record RobustNullSpaceTau(BigRational mu, BigRational tau) {

  /** Decimal digits of the outward-rounded square roots. */
  private static final int DIGITS = 30;

  /**
   * The certificate for {@code a} (full row rank), a support size and {@code rho}.
   *
   * @throws IllegalArgumentException if {@code A A^T} is not positive definite
   */
  public static RobustNullSpaceTau of(RationalMatrix a, int supportSize, BigRational rho) {
    BigRational mu = CertifiedSpectrum.lambdaMinLowerBound(a.multiply(a.transpose()));
    BigRational weight = BigRational.of(supportSize).add(rho.multiply(rho)
        .multiply(BigRational.of(a.cols() - supportSize)));
    BigRational numerator = RationalSquareRoots.upper(weight, DIGITS);
    BigRational denominator = RationalSquareRoots.lower(mu, DIGITS);
    return new RobustNullSpaceTau(mu, numerator.divide(denominator));
  }
}
