package org.tacit.l1rate.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.AssumptionII1;
import org.tacit.lp.LinearSystem;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instance families that meet MS Assumption II.1 by construction (no rejection), with integer A
 * and rational y. Construction (proof in {@code proofs-notes/MS/uniqueness.md}, "Generator"):
 * <ol>
 *   <li>an integer vector {@code nu} with {@code nu_0 = 1} and a scale {@code q >= 1}; the dual
 *       certificate is {@code mu = nu / q};</li>
 *   <li>support columns {@code a_i} (i in S, |S| = s <= max(1, N - 1)): random integers in rows
 *       1..N-1 with rows {@code 1..s} upper triangular with non-zero diagonal (so {@code A_S} has
 *       full column rank), and row 0 chosen so that {@code a_i^T nu = q}, i.e.
 *       {@code a_i^T mu = 1};</li>
 *   <li>a planted column {@code a_{j0} = A_S c} for an integer c with {@code 1^T c = q - delta_0},
 *       {@code delta_0 >= q}, so {@code n = e_{j0} - c} (on S) lies in N and Assumption (b)
 *       holds;</li>
 *   <li>the other columns: random, with row 0 chosen so that {@code a_j^T nu = q - delta_j},
 *       {@code delta_j in [1, 2q]}, i.e. {@code a_j^T mu = 1 - delta_j / q < 1} (strict dual
 *       certificate: (c) holds);</li>
 *   <li>{@code x*_S} positive rationals, {@code y = A_S x*_S} (non-zero since
 *       {@code mu^T y = 1^T x* > 0}: (a) holds), then a random permutation of the columns.</li>
 * </ol>
 *
 * <p>Spec: {@code MS:asm-II.1} (generator of instances meeting it).
 */
public final class NullSpaceFamilies {

  private NullSpaceFamilies() {}

  /**
   * Instances with {@code N in [1, maxRows]}, {@code |S| in [1, min(maxSupport, max(1, N-1))]},
   * {@code d in [|S| + 2, maxCols]}, entries in {@code [-entryBound, entryBound]} (row 0 larger).
   * Requires {@code maxCols >= maxSupport + 2}.
   */
  public static InstanceFamily<LinearSystem> certified(int maxRows, int maxCols, int maxSupport,
      int entryBound) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Assumption II.1 by strict dual certificate: N <= " + maxRows + ", d <= " + maxCols
            + ", |S| <= " + maxSupport + ", entries <= " + entryBound;
      }

      @Override
      public LinearSystem draw(Draws draws) {
        int rows = draws.intBetween(1, maxRows);
        int s = draws.intBetween(1, Math.min(maxSupport, Math.max(1, rows - 1)));
        int d = draws.intBetween(s + 2, Math.max(s + 2, maxCols));
        return construct(draws, rows, d, s, entryBound);
      }
    };
  }

  /** Exactly the sizes given (for benchmarks): N rows, d columns, support size s. */
  public static InstanceFamily<LinearSystem> sized(int rows, int d, int s, int entryBound) {
    if (s > Math.max(1, rows - 1) || d < s + 2) {
      throw new IllegalArgumentException("need s <= max(1, N - 1) and d >= s + 2");
    }
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Assumption II.1 by strict dual certificate: N = " + rows + ", d = " + d
            + ", |S| = " + s;
      }

      @Override
      public LinearSystem draw(Draws draws) {
        return construct(draws, rows, d, s, entryBound);
      }
    };
  }

  /**
   * A uniform random instance for benchmarks and hard cases: A with entries uniform in [-5, 5], x*
   * with {@code s} entries uniform in [1, 5] at uniformly random places, y = A x* (seeded with
   * {@link java.util.SplittableRandom}). Assumption II.1 is NOT guaranteed (it usually holds for
   * s well below N); callers check it ({@link AssumptionII1}).
   */
  public static LinearSystem uniformSparse(int rows, int cols, int s, long seed) {
    if (rows < 1 || s < 1 || s > cols) {
      throw new IllegalArgumentException("need N >= 1 and 1 <= s <= d");
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    long[][] a = new long[rows][cols];
    for (long[] row : a) {
      for (int j = 0; j < cols; j++) {
        row[j] = random.nextInt(-5, 6);
      }
    }
    long[] x = new long[cols];
    for (int k = 0; k < s; k++) {
      int j = random.nextInt(cols);
      while (x[j] != 0) {
        j = random.nextInt(cols);
      }
      x[j] = random.nextInt(1, 6);
    }
    long[] y = new long[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return LinearSystem.of(a, y);
  }

  static LinearSystem construct(Draws draws, int rows, int d, int s, int bound) {
    int q = draws.intBetween(1, 6);
    long[] nu = new long[rows];
    nu[0] = 1;
    for (int k = 1; k < rows; k++) {
      nu[k] = draws.between(-2, 2);
    }
    long[][] columns = new long[d][rows];
    for (int i = 0; i < s; i++) {
      for (int k = 1; k < rows; k++) {
        if (k - 1 < s && k - 1 > i) {
          columns[i][k] = 0;
        } else if (k - 1 == i) {
          columns[i][k] = draws.between(1, bound) * (draws.coin() ? 1 : -1);
        } else {
          columns[i][k] = draws.between(-bound, bound);
        }
      }
      columns[i][0] = q - rest(columns[i], nu);
    }
    long[] c = new long[s];
    long delta0 = draws.between(q, 2L * q);
    long partial = 0;
    for (int i = 1; i < s; i++) {
      c[i] = draws.between(-2, 2);
      partial += c[i];
    }
    c[0] = q - delta0 - partial;
    for (int k = 0; k < rows; k++) {
      long sum = 0;
      for (int i = 0; i < s; i++) {
        sum += columns[i][k] * c[i];
      }
      columns[s][k] = sum;
    }
    for (int j = s + 1; j < d; j++) {
      for (int k = 1; k < rows; k++) {
        columns[j][k] = draws.between(-bound, bound);
      }
      columns[j][0] = q - draws.between(1, 2L * q) - rest(columns[j], nu);
    }
    BigRational[] xS = new BigRational[s];
    for (int i = 0; i < s; i++) {
      xS[i] = BigRational.of(draws.between(1, 20), draws.between(1, 4));
    }
    int[] permutation = draws.permutation(d);
    BigRational[][] a = new BigRational[rows][d];
    BigRational[] y = new BigRational[rows];
    for (int k = 0; k < rows; k++) {
      BigRational sum = BigRational.ZERO;
      for (int i = 0; i < s; i++) {
        sum = sum.add(BigRational.of(columns[i][k]).multiply(xS[i]));
      }
      y[k] = sum;
      for (int j = 0; j < d; j++) {
        a[k][permutation[j]] = BigRational.of(columns[j][k]);
      }
    }
    return new LinearSystem(RationalMatrix.of(a), y);
  }

  private static long rest(long[] column, long[] nu) {
    long sum = 0;
    for (int k = 1; k < nu.length; k++) {
      sum += column[k] * nu[k];
    }
    return sum;
  }
}
