package org.tacit.grokking.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the restricted isometry and coherence items of TDR Appendix G.1, meeting
 * the hypotheses by construction: rational matrices (any columns for Definition G.1; rational
 * unit-norm columns from {@link RationalFrames#unitVector} for Proposition G.3 and the Welch
 * bounds, with a repeated or negated column one time in four so that {@code mu = 1} occurs) and
 * s-sparse rational probes.
 *
 * <p>Spec: {@code TDR:def-G.1}, {@code TDR:prop-G.3}, {@code TDR:rem-G.1.3}.
 */
public final class CoherenceFamilies {

  private CoherenceFamilies() {}

  /**
   * Definition G.1: {@code m in [1, 5]}, {@code n in [2, 6]}, {@code s in [1, min(n, 3)]}, entries
   * in {@code {-2, -3/2, ..., 2}}, four s-sparse probes with entries in {@code [-9, 9]/4}.
   */
  public static InstanceFamily<SparseDesign> anyColumns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational A (entries in {-2, ..., 2}/2), m in [1, 5], n in [2, 6], s <= min(n, 3),"
            + " 4 s-sparse probes";
      }

      @Override
      public SparseDesign draw(Draws draws) {
        int m = draws.intBetween(1, 5);
        int n = draws.intBetween(2, 6);
        int s = draws.intBetween(1, Math.min(n, 3));
        BigRational[][] rows = new BigRational[m][n];
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            rows[i][j] = BigRational.of(draws.between(-4, 4), 2);
          }
        }
        return new SparseDesign(RationalMatrix.of(rows), s, probes(draws, n, s));
      }
    };
  }

  /**
   * Proposition G.3: {@code m in [1, 5]}, {@code n in [2, 8]}, {@code s in [1, min(n, 4)]},
   * rational unit-norm columns (one time in four a column repeated up to sign).
   */
  public static InstanceFamily<SparseDesign> unitColumns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational unit-norm columns (stereographic), m in [1, 5], n in [2, 8],"
            + " s <= min(n, 4), a repeated column 1 time in 4";
      }

      @Override
      public SparseDesign draw(Draws draws) {
        int m = draws.intBetween(1, 5);
        int n = draws.intBetween(2, 8);
        int s = draws.intBetween(1, Math.min(n, 4));
        return new SparseDesign(unitColumnMatrix(draws, m, n), s, probes(draws, n, s));
      }
    };
  }

  /**
   * The Welch bounds: {@code m in [1, 4]}, {@code n in [m + 1, 10]}, {@code s} with
   * {@code 1 <= s <= sqrt(n - 1)}, rational unit-norm columns.
   */
  public static InstanceFamily<SparseDesign> welch() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational unit-norm columns, m in [1, 4], n in [m + 1, 10], s <= sqrt(n - 1)";
      }

      @Override
      public SparseDesign draw(Draws draws) {
        int m = draws.intBetween(1, 4);
        int n = draws.intBetween(m + 1, 10);
        int s = draws.intBetween(1, (int) Math.floor(Math.sqrt(n - 1)));
        return new SparseDesign(unitColumnMatrix(draws, m, n), s, new BigRational[0][]);
      }
    };
  }

  /** An {@code m x n} matrix of rational unit-norm columns, one repeated up to sign 1 time in 4. */
  public static RationalMatrix unitColumnMatrix(Draws draws, int m, int n) {
    BigRational[][] columns = new BigRational[n][];
    for (int j = 0; j < n; j++) {
      columns[j] = RationalFrames.unitVector(draws, m);
    }
    if (draws.between(0, 3) == 0) {
      int from = draws.intBetween(0, n - 1);
      int to = (from + 1) % n;
      columns[to] = columns[from].clone();
      if (draws.coin()) {
        for (int i = 0; i < m; i++) {
          columns[to][i] = columns[to][i].negate();
        }
      }
    }
    return RationalFrames.fromColumns(columns, m);
  }

  /** Four vectors of length n with at most s nonzero entries in {@code [-9, 9]/4}. */
  static BigRational[][] probes(Draws draws, int n, int s) {
    BigRational[][] probes = new BigRational[4][];
    for (int p = 0; p < probes.length; p++) {
      BigRational[] x = new BigRational[n];
      Arrays.fill(x, BigRational.ZERO);
      int[] order = draws.permutation(n);
      for (int i = 0; i < s; i++) {
        x[order[i]] = BigRational.of(draws.between(-9, 9), 4);
      }
      probes[p] = x;
    }
    return probes;
  }
}
