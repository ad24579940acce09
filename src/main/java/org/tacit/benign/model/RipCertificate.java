package org.tacit.benign.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.SymmetricDefiniteness;
import org.tacit.linalg.SymmetricEigen;

/**
 * A certified enclosure {@code lower <= delta_k <= upper} of the RIP constant of ZG Definition 2.1
 * for a rational design, decided in exact arithmetic.
 *
 * <p>Upper end: {@code upper} is accepted only if {@code upper I - (A_SS - I)} and
 * {@code upper I + (A_SS - I)} are positive semidefinite for every support {@code |S| = k}
 * ({@code A = X^T X / n} exact), decided by {@link #isPositiveSemidefinite} (exact symmetric
 * elimination); this is exactly {@code ||A_SS - I||_2 <= upper} for all S, i.e. the definition's
 * two-sided bound with {@code delta = upper}. Lower end: the exact Rayleigh quotient
 * {@code |v^T (A_SS - I) v| / v^T v} of a rational k-sparse witness v (the double eigenvector of the
 * worst support of {@link RipConstant}, rounded to rationals), which is at most
 * {@code ||A_SS - I||_2 <= delta_k}. The candidate upper end is the double estimate plus the
 * slack {@link ZgTolerances#RIP_CERTIFICATE_SLACK}{@code (1 + delta)}. Cost: {@code 2 C(d, k)} exact
 * eliminations of {@code k x k} rational matrices plus one double enumeration.
 *
 * <p>Spec: {@code ZG:def-2.1}.
 *
 * @param k the sparsity level
 * @param lower the certified lower bound (a Rayleigh quotient)
 * @param upper the candidate upper bound
 * @param certified whether {@code upper} passed the exact PSD test on every support
 * @param witness the rational k-sparse witness (length d) whose Rayleigh quotient is {@code lower}
 */
public record RipCertificate(int k, BigRational lower, BigRational upper, boolean certified,
    BigRational[] witness) {

  /**
   * The certificate for the row-major {@code n x d} rational matrix {@code x} at level k.
   *
   * @throws IllegalArgumentException unless {@code x.length == n d} and {@code 1 <= k <= d}
   */
  public static RipCertificate of(BigRational[] x, int n, int d, int k) {
    if (x.length != n * d || k < 1 || k > d) {
      throw new IllegalArgumentException("need an n x d matrix and 1 <= k <= d");
    }
    double[] xd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      xd[i] = x[i].doubleValue();
    }
    RipConstant estimate = RipConstant.of(xd, n, d, k);
    BigRational[][] gram = gram(x, n, d);
    BigRational upper = BigRational.valueOf(
        estimate.delta() + ZgTolerances.RIP_CERTIFICATE_SLACK * (1 + estimate.delta()));
    BigRational[] witness = witness(gram, estimate, d);
    BigRational quotient = rayleighDeviation(gram, witness);
    return new RipCertificate(k, quotient.abs(), upper, boundsEverySupport(gram, d, k, upper),
        witness);
  }

  /** {@code X^T X / n} exactly, as a {@code d x d} array. */
  public static BigRational[][] gram(BigRational[] x, int n, int d) {
    BigRational[][] gram = new BigRational[d][d];
    BigRational inverseN = BigRational.of(1, n);
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        BigRational sum = BigRational.ZERO;
        for (int r = 0; r < n; r++) {
          sum = sum.add(x[r * d + i].multiply(x[r * d + j]));
        }
        gram[i][j] = sum.multiply(inverseN);
        gram[j][i] = gram[i][j];
      }
    }
    return gram;
  }

  /**
   * Whether {@code delta I +- (A_SS - I)} is positive semidefinite for every {@code |S| = k}, i.e.
   * {@code ||A_SS - I||_2 <= delta} on every support (exact).
   */
  public static boolean boundsEverySupport(BigRational[][] gram, int d, int k, BigRational delta) {
    int[] support = new int[k];
    for (int i = 0; i < k; i++) {
      support[i] = i;
    }
    do {
      for (int sign = -1; sign <= 1; sign += 2) {
        BigRational[][] m = new BigRational[k][k];
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            BigRational entry = gram[support[a]][support[b]];
            if (a == b) {
              entry = entry.subtract(BigRational.ONE);
            }
            entry = sign < 0 ? entry.negate() : entry;
            m[a][b] = a == b ? delta.add(entry) : entry;
          }
        }
        if (!isPositiveSemidefinite(m)) {
          return false;
        }
      }
    } while (RipConstant.nextSubset(support, d));
    return true;
  }

  /**
   * Whether the symmetric rational matrix {@code m} is positive semidefinite, exactly: symmetric
   * Gaussian elimination; a negative pivot means not PSD; a zero pivot is allowed only with a zero
   * row (a PSD matrix with a zero diagonal entry has that row zero); {@link SymmetricDefiniteness}.
   * O(m^3).
   */
  public static boolean isPositiveSemidefinite(BigRational[][] m) {
    return SymmetricDefiniteness.isPositiveSemidefinite(m);
  }

  /** {@code v^T (A - I) v / v^T v} exactly; v nonzero. */
  public static BigRational rayleighDeviation(BigRational[][] gram, BigRational[] v) {
    return SymmetricDefiniteness.rayleighQuotient(gram, v).subtract(BigRational.ONE);
  }

  private static BigRational[] witness(BigRational[][] gram, RipConstant estimate, int d) {
    int k = estimate.k();
    int[] support = estimate.support();
    double[] block = new double[k * k];
    double sign = estimate.upper() ? 1 : -1;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        block[a * k + b] = sign * gram[support[a]][support[b]].doubleValue();
      }
    }
    double[] vector = SymmetricEigen.largest(block, k).vector();
    BigRational[] witness = new BigRational[d];
    Arrays.fill(witness, BigRational.ZERO);
    boolean nonzero = false;
    for (int a = 0; a < k; a++) {
      witness[support[a]] = BigRational.valueOf(vector[a]);
      nonzero |= vector[a] != 0;
    }
    if (!nonzero) {
      witness[support[0]] = BigRational.ONE;
    }
    return witness;
  }
}
