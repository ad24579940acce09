package org.tacit.grokking.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.SymmetricDefiniteness;
import org.tacit.linalg.SymmetricEigen;

/**
 * A certified enclosure {@code lower <= delta_s(A) <= upper} of the s-th restricted isometry
 * constant of TDR Definition G.1, {@code delta_s(A) = max_{|J| = s} ||A_J^T A_J - I||_{2->2}},
 * from the exact Gram matrix {@code G = A^T A} of a rational matrix.
 *
 * <p>Method: a double estimate by enumerating every support {@code |J| = s} and taking the extreme
 * eigenvalues of {@code G_JJ - I} ({@link SymmetricEigen#eigenvalues}, cyclic Jacobi); the
 * candidate upper end is the estimate plus {@link TdrTolerances#RIC_CERTIFICATE_SLACK}
 * {@code (1 + estimate)}, accepted only if {@link #boundsEverySupport} decides exactly that
 * {@code upper I +- (G_JJ - I)} is positive semidefinite for every J (this is exactly
 * {@code ||G_JJ - I||_2 <= upper} for all J, i.e. the definition's two-sided bound). The lower end
 * is the exact Rayleigh quotient {@code |v^T (G - I) v| / v^T v} of an s-sparse rational witness v
 * (the double extreme eigenvector of the worst support, rounded), which is at most
 * {@code ||G_JJ - I||_2 <= delta_s}. Cost: {@code C(n, s)} Jacobi runs on {@code s x s} blocks
 * plus {@code 2 C(n, s)} exact eliminations; keep {@code n <= 10}, {@code s <= 4}.
 *
 * <p>Spec: {@code TDR:def-G.1}, {@code TDR:rem-G.1.1}, {@code TDR:prop-G.3}.
 *
 * @param s the sparsity level
 * @param estimate the double estimate of {@code delta_s}
 * @param lower the certified lower bound (a Rayleigh quotient)
 * @param upper the candidate upper bound
 * @param certified whether {@code upper} passed the exact test on every support
 * @param witness the rational s-sparse witness (length n) whose quotient is {@code lower}
 */
public record RestrictedIsometryConstant(int s, double estimate, BigRational lower,
    BigRational upper, boolean certified, BigRational[] witness) {

  /** Compact canonical constructor: copies the witness. */
  public RestrictedIsometryConstant {
    witness = witness.clone();
  }

  /** The witness (a copy). */
  @Override
  public BigRational[] witness() {
    return witness.clone();
  }

  /**
   * The enclosure of {@code delta_s} for the exact Gram matrix {@code gram} ({@code n x n}).
   *
   * @throws IllegalArgumentException unless {@code 1 <= s <= n}
   */
  public static RestrictedIsometryConstant of(BigRational[][] gram, int s) {
    int n = gram.length;
    if (s < 1 || s > n) {
      throw new IllegalArgumentException("need 1 <= s <= n, got s=" + s + ", n=" + n);
    }
    double[] block = new double[s * s];
    int[] support = SupportEnumeration.first(s);
    double best = -1;
    int[] worst = support.clone();
    boolean upperSide = true;
    do {
      fillBlock(gram, support, block, 1.0);
      double[] eig = SymmetricEigen.eigenvalues(block, s);
      double deviation = Math.max(eig[s - 1], -eig[0]);
      if (deviation > best) {
        best = deviation;
        worst = support.clone();
        upperSide = eig[s - 1] >= -eig[0];
      }
    } while (SupportEnumeration.next(support, n));
    BigRational upper = BigRational.valueOf(
        best + TdrTolerances.RIC_CERTIFICATE_SLACK * (1 + best));
    fillBlock(gram, worst, block, upperSide ? 1.0 : -1.0);
    double[] vector = SymmetricEigen.largest(block, s).vector();
    BigRational[] witness = new BigRational[n];
    Arrays.fill(witness, BigRational.ZERO);
    boolean nonzero = false;
    for (int a = 0; a < s; a++) {
      witness[worst[a]] = BigRational.valueOf(vector[a]);
      nonzero |= vector[a] != 0;
    }
    if (!nonzero) {
      witness[worst[0]] = BigRational.ONE;
    }
    return new RestrictedIsometryConstant(s, best, rayleighDeviation(gram, witness).abs(), upper,
        boundsEverySupport(gram, s, upper), witness);
  }

  private static void fillBlock(BigRational[][] gram, int[] support, double[] block, double sign) {
    int s = support.length;
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        block[a * s + b] =
            sign * (gram[support[a]][support[b]].doubleValue() - (a == b ? 1 : 0));
      }
    }
  }

  /**
   * Whether {@code delta I +- (G_JJ - I)} is positive semidefinite for every {@code |J| = s},
   * i.e. {@code ||G_JJ - I||_2 <= delta} on every support, decided exactly.
   */
  public static boolean boundsEverySupport(BigRational[][] gram, int s, BigRational delta) {
    int[] support = SupportEnumeration.first(s);
    do {
      for (int sign = -1; sign <= 1; sign += 2) {
        BigRational[][] m = new BigRational[s][s];
        for (int a = 0; a < s; a++) {
          for (int b = 0; b < s; b++) {
            BigRational entry = gram[support[a]][support[b]];
            entry = a == b ? entry.subtract(BigRational.ONE) : entry;
            entry = sign < 0 ? entry.negate() : entry;
            m[a][b] = a == b ? delta.add(entry) : entry;
          }
        }
        if (!isPositiveSemidefinite(m)) {
          return false;
        }
      }
    } while (SupportEnumeration.next(support, gram.length));
    return true;
  }

  /**
   * Whether the symmetric rational matrix {@code m} is positive semidefinite, exactly: symmetric
   * Gaussian elimination; a negative pivot means not PSD, a zero pivot is allowed only with a zero
   * remaining row ({@link SymmetricDefiniteness}). O(k^3).
   */
  static boolean isPositiveSemidefinite(BigRational[][] m) {
    return SymmetricDefiniteness.isPositiveSemidefinite(m);
  }

  /** {@code v^T (G - I) v / v^T v} exactly; v nonzero. */
  public static BigRational rayleighDeviation(BigRational[][] gram, BigRational[] v) {
    return SymmetricDefiniteness.rayleighQuotient(gram, v).subtract(BigRational.ONE);
  }
}
