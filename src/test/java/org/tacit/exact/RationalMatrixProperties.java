package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * Properties of {@link RationalMatrix}, each against mathematics or a second, independent method:
 * naive rational Gaussian elimination (written here, no fraction-free tricks) for rank and
 * determinant, Laplace expansion for small determinants, and the identities A N = 0,
 * rank + nullity = columns, A x = b for solutions. Examples per property: {@code -Dtacit.tries}.
 */
class RationalMatrixProperties {

  /** Runs {@code body} on {@code tries()} seeded draws; the seed is printed and named on failure. */
  private static void forAllSeeds(String name, BiConsumer<Draws, Integer> body) {
    long seed = PropertyHarness.seedFor(name);
    System.out.println("[tacit] property " + name + ": seed " + seed + ", "
        + PropertyHarness.tries() + " examples");
    SeededDraws draws = new SeededDraws(seed);
    for (int k = 0; k < PropertyHarness.tries(); k++) {
      try {
        body.accept(draws, k);
      } catch (AssertionError e) {
        throw new AssertionError(name + " failed at example " + k + " (seed " + seed + ")", e);
      }
    }
  }

  /** A random matrix with entries p/q, |p| <= 9, q in [1, 3], zero with probability ~1/3, rank often deficient. */
  static RationalMatrix randomMatrix(Draws draws, int rows, int cols) {
    BigRational[][] a = new BigRational[rows][cols];
    int mode = draws.intBetween(0, 2);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        a[i][j] = draws.intBetween(0, 2) == 0 ? BigRational.ZERO
            : BigRational.of(draws.between(-9, 9), mode == 0 ? 1 : draws.between(1, 3));
      }
    }
    if (mode == 2 && rows >= 2) {
      // plant a dependency: last row = combination of the first two
      BigRational s = BigRational.of(draws.between(-3, 3));
      BigRational t = BigRational.of(draws.between(-3, 3), draws.between(1, 4));
      for (int j = 0; j < cols; j++) {
        a[rows - 1][j] = s.multiply(a[0][j]).add(t.multiply(a[1][j]));
      }
    }
    return RationalMatrix.of(a);
  }

  /** Rank and determinant by plain rational elimination: returns {rank, det} (det for square). */
  static BigRational[] naiveRankAndDeterminant(RationalMatrix m) {
    BigRational[][] a = m.toArray();
    int rows = m.rows();
    int cols = m.cols();
    int rank = 0;
    BigRational det = BigRational.ONE;
    for (int c = 0; c < cols && rank < rows; c++) {
      int p = rank;
      while (p < rows && a[p][c].isZero()) {
        p++;
      }
      if (p == rows) {
        det = BigRational.ZERO;
        continue;
      }
      if (p != rank) {
        BigRational[] t = a[p];
        a[p] = a[rank];
        a[rank] = t;
        det = det.negate();
      }
      det = det.multiply(a[rank][c]);
      for (int i = rank + 1; i < rows; i++) {
        BigRational f = a[i][c].divide(a[rank][c]);
        for (int j = c; j < cols; j++) {
          a[i][j] = a[i][j].subtract(f.multiply(a[rank][j]));
        }
      }
      rank++;
    }
    if (rank < rows) {
      det = BigRational.ZERO;
    }
    return new BigRational[] {BigRational.of(rank), det};
  }

  static BigRational laplace(BigRational[][] a) {
    int n = a.length;
    if (n == 0) {
      return BigRational.ONE;
    }
    BigRational sum = BigRational.ZERO;
    for (int j = 0; j < n; j++) {
      if (a[0][j].isZero()) {
        continue;
      }
      BigRational[][] minor = new BigRational[n - 1][n - 1];
      for (int i = 1; i < n; i++) {
        for (int k = 0, c = 0; k < n; k++) {
          if (k != j) {
            minor[i - 1][c++] = a[i][k];
          }
        }
      }
      BigRational term = a[0][j].multiply(laplace(minor));
      sum = j % 2 == 0 ? sum.add(term) : sum.subtract(term);
    }
    return sum;
  }

  @Test
  void nullSpaceBasisIsAKernelBasisAndRankNullityHolds() {
    forAllSeeds("RationalMatrix null space", (draws, k) -> {
      RationalMatrix a = randomMatrix(draws, draws.intBetween(1, 6), draws.intBetween(1, 9));
      RationalMatrix kernel = a.nullSpaceBasis();
      int rank = Integer.parseInt(naiveRankAndDeterminant(a)[0].toString());
      assertThat(a.rank()).isEqualTo(rank);
      assertThat(kernel.rows()).isEqualTo(a.cols());
      assertThat(rank + kernel.cols()).isEqualTo(a.cols());
      if (kernel.cols() > 0) {
        assertThat(a.multiply(kernel)).isEqualTo(RationalMatrix.zero(a.rows(), kernel.cols()));
        assertThat(naiveRankAndDeterminant(kernel)[0]).isEqualTo(BigRational.of(kernel.cols()));
      }
    });
  }

  @Test
  void rrefIsReducedIdempotentAndSpansTheRowSpace() {
    forAllSeeds("RationalMatrix rref", (draws, k) -> {
      RationalMatrix a = randomMatrix(draws, draws.intBetween(1, 6), draws.intBetween(1, 8));
      RowEchelonForm form = a.rowEchelonForm();
      RationalMatrix r = form.reduced();
      int[] pivots = form.pivotColumns();
      for (int i = 0; i < r.rows(); i++) {
        for (int j = 0; j < r.cols(); j++) {
          if (i >= pivots.length) {
            assertThat(r.get(i, j)).isEqualTo(BigRational.ZERO);
          } else if (j < pivots[i]) {
            assertThat(r.get(i, j)).isEqualTo(BigRational.ZERO);
          }
        }
        for (int p = 0; p < pivots.length; p++) {
          if (i < pivots.length) {
            assertThat(r.get(i, pivots[p])).isEqualTo(i == p ? BigRational.ONE : BigRational.ZERO);
          }
        }
      }
      assertThat(r.rowEchelonForm().reduced()).isEqualTo(r);
      // same row space: stacking A and R does not raise the rank
      BigRational[][] stacked = new BigRational[a.rows() * 2][];
      for (int i = 0; i < a.rows(); i++) {
        stacked[i] = a.row(i);
        stacked[a.rows() + i] = r.row(i);
      }
      assertThat(RationalMatrix.of(stacked).rank()).isEqualTo(form.rank());
    });
  }

  @Test
  void rankIsInvariantUnderInvertibleRowOperations() {
    forAllSeeds("RationalMatrix rank invariance", (draws, k) -> {
      RationalMatrix a = randomMatrix(draws, draws.intBetween(1, 6), draws.intBetween(1, 8));
      int n = a.rows();
      BigRational[][] e = RationalMatrix.identity(n).toArray();
      for (int step = 0; step < 3 * n; step++) {
        int i = draws.intBetween(0, n - 1);
        int j = draws.intBetween(0, n - 1);
        if (i != j) {
          BigRational f = BigRational.of(draws.between(-5, 5), draws.between(1, 3));
          for (int c = 0; c < n; c++) {
            e[i][c] = e[i][c].add(f.multiply(e[j][c]));
          }
        }
      }
      RationalMatrix ops = RationalMatrix.of(e);
      assertThat(ops.determinant()).isEqualTo(BigRational.ONE);
      assertThat(ops.multiply(a).rank()).isEqualTo(a.rank());
      assertThat(ops.multiply(a).nullSpaceBasis()).isEqualTo(a.nullSpaceBasis());
    });
  }

  @Test
  void determinantAgreesWithEliminationAndLaplaceAndInverseIsTwoSided() {
    forAllSeeds("RationalMatrix determinant", (draws, k) -> {
      int n = draws.intBetween(1, 5);
      RationalMatrix a = randomMatrix(draws, n, n);
      BigRational det = a.determinant();
      assertThat(det).isEqualTo(naiveRankAndDeterminant(a)[1]);
      assertThat(det).isEqualTo(laplace(a.toArray()));
      RationalMatrix b = randomMatrix(draws, n, n);
      assertThat(a.multiply(b).determinant()).isEqualTo(det.multiply(b.determinant()));
      assertThat(a.transpose().determinant()).isEqualTo(det);
      if (!det.isZero()) {
        RationalMatrix inv = a.inverse();
        assertThat(a.multiply(inv)).isEqualTo(RationalMatrix.identity(n));
        assertThat(inv.multiply(a)).isEqualTo(RationalMatrix.identity(n));
        assertThat(inv.determinant()).isEqualTo(det.reciprocal());
      }
    });
  }

  @Test
  void solveReproducesConsistentRightSidesAndDetectsInconsistentOnes() {
    forAllSeeds("RationalMatrix solve", (draws, k) -> {
      RationalMatrix a = randomMatrix(draws, draws.intBetween(1, 6), draws.intBetween(1, 7));
      BigRational[] x0 = new BigRational[a.cols()];
      for (int j = 0; j < x0.length; j++) {
        x0[j] = BigRational.of(draws.between(-9, 9), draws.between(1, 5));
      }
      BigRational[] b = a.multiply(x0);
      LinearSolution s = a.solve(b);
      BigRational[] x = s.particular();
      assertThat(x).isNotNull();
      assertThat(a.multiply(x)).containsExactly(b);
      int nullity = a.cols() - a.rank();
      assertThat(s.kind()).isEqualTo(nullity == 0 ? LinearSolution.Kind.UNIQUE
          : LinearSolution.Kind.FAMILY);
      // x - x0 lies in the span of the returned kernel basis
      BigRational[] diff = new BigRational[x.length];
      for (int j = 0; j < x.length; j++) {
        diff[j] = x[j].subtract(x0[j]);
      }
      RationalMatrix withDiff = s.nullSpaceBasis().appendColumns(RationalMatrix.column(diff));
      assertThat(withDiff.rank()).isEqualTo(nullity);
      // a random right side: solvable exactly when rank([A | b]) = rank(A)
      BigRational[] c = new BigRational[a.rows()];
      for (int i = 0; i < c.length; i++) {
        c[i] = BigRational.of(draws.between(-9, 9));
      }
      boolean consistent = a.appendColumns(RationalMatrix.column(c)).rank() == a.rank();
      LinearSolution t = a.solve(c);
      assertThat(t.kind() != LinearSolution.Kind.NONE).isEqualTo(consistent);
      BigRational[] tx = t.particular();
      if (tx != null) {
        assertThat(a.multiply(tx)).containsExactly(c);
      }
    });
  }
}
