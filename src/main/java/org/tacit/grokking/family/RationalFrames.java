package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.verify.Draws;

/**
 * Exact rational unit vectors and orthogonal matrices for the coherence instances of TDR Appendix
 * G, built by construction: a unit vector by inverse stereographic projection of a rational point
 * {@code t in Q^{m-1}}, {@code u = (2 t, |t|^2 - 1)/(|t|^2 + 1)} (so {@code |u|^2 = 1} exactly);
 * an orthogonal matrix by the Cayley transform {@code Q = (I - S)(I + S)^{-1}} of a rational
 * skew-symmetric S ({@code I + S} is invertible since S has imaginary eigenvalues).
 *
 * <p>Spec: {@code TDR:prop-G.3}, {@code TDR:def-G.9}, {@code TDR:eq-124}.
 */
public final class RationalFrames {

  private RationalFrames() {}

  /** A rational unit vector of length {@code m >= 1} (entries with small denominators). */
  public static BigRational[] unitVector(Draws draws, int m) {
    BigRational[] u = new BigRational[m];
    if (m == 1) {
      u[0] = draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE;
      return u;
    }
    BigRational[] t = new BigRational[m - 1];
    BigRational squared = BigRational.ZERO;
    for (int k = 0; k < m - 1; k++) {
      t[k] = BigRational.of(draws.between(-4, 4), draws.between(1, 3));
      squared = squared.add(t[k].pow(2));
    }
    BigRational denominator = squared.add(BigRational.ONE);
    for (int k = 0; k < m - 1; k++) {
      u[k] = BigRational.TWO.multiply(t[k]).divide(denominator);
    }
    u[m - 1] = squared.subtract(BigRational.ONE).divide(denominator);
    int[] order = draws.permutation(m);
    BigRational[] shuffled = new BigRational[m];
    for (int k = 0; k < m; k++) {
      shuffled[order[k]] = u[k];
    }
    return shuffled;
  }

  /** The {@code m x n} matrix whose columns are the given vectors of length m. */
  public static RationalMatrix fromColumns(BigRational[][] columns, int m) {
    BigRational[][] rows = new BigRational[m][columns.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < m; i++) {
        rows[i][j] = columns[j][i];
      }
    }
    return RationalMatrix.of(rows);
  }

  /** A rational orthogonal {@code n x n} matrix (Cayley transform of a random skew matrix). */
  public static RationalMatrix orthogonal(Draws draws, int n) {
    BigRational[][] skew = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      skew[i][i] = BigRational.ZERO;
      for (int j = i + 1; j < n; j++) {
        skew[i][j] = BigRational.of(draws.between(-2, 2));
        skew[j][i] = skew[i][j].negate();
      }
    }
    RationalMatrix s = RationalMatrix.of(skew);
    RationalMatrix identity = RationalMatrix.identity(n);
    return subtract(identity, s).multiply(add(identity, s).inverse());
  }

  /** The first r columns of a rational orthogonal {@code n x n} matrix (orthonormal columns). */
  public static RationalMatrix orthonormalColumns(Draws draws, int n, int r) {
    int[] all = draws.permutation(n);
    int[] first = new int[r];
    System.arraycopy(all, 0, first, 0, r);
    return orthogonal(draws, n).selectColumns(first);
  }

  private static RationalMatrix add(RationalMatrix a, RationalMatrix b) {
    BigRational[][] out = a.toArray();
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[i][j] = out[i][j].add(b.get(i, j));
      }
    }
    return RationalMatrix.of(out);
  }

  private static RationalMatrix subtract(RationalMatrix a, RationalMatrix b) {
    BigRational[][] out = a.toArray();
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[i][j] = out[i][j].subtract(b.get(i, j));
      }
    }
    return RationalMatrix.of(out);
  }
}
