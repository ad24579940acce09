package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * Properties of {@link FractionFreeSolver} against naive rational elimination
 * ({@link RationalMatrixProperties#naiveRankAndDeterminant}, no fraction-free tricks): on a
 * full-column-rank system built as {@code b = M x0} it returns exactly {@code x0} and pivot rows
 * that form a non-singular block; with dependent columns or a right side outside the column
 * space (decided by the naive rank of {@code [M | b]}) it returns null. Examples per property:
 * {@code -Dtacit.tries}.
 */
class FractionFreeSolverProperties {

  @Test
  void solvesConsistentFullRankSystemsExactlyAndRejectsTheRest() {
    long seed = PropertyHarness.seedFor("FractionFreeSolver");
    System.out.println("[tacit] property FractionFreeSolver: seed " + seed + ", "
        + PropertyHarness.tries() + " examples");
    SeededDraws draws = new SeededDraws(seed);
    int solved = 0;
    int rejected = 0;
    for (int example = 0; example < PropertyHarness.tries(); example++) {
      int m = draws.intBetween(1, 7);
      int k = draws.intBetween(1, m);
      RationalMatrix a = RationalMatrixProperties.randomMatrix(draws, m, k);
      BigRational[] x0 = randomVector(draws, k);
      BigRational[] b = draws.intBetween(0, 3) == 0 ? randomVector(draws, m) : a.multiply(x0);
      int rank = rank(a);
      int augmentedRank = rank(a.appendColumns(RationalMatrix.column(b)));
      FractionFreeSolver.Solution solution = FractionFreeSolver.solve(a.toArray(), b);
      String where = "example " + example + " (seed " + seed + ")";
      if (rank < k || augmentedRank > rank) {
        assertThat(solution).as(where).isNull();
        rejected++;
        continue;
      }
      assertThat(solution).as(where).isNotNull();
      assertThat(a.multiply(solution.x())).as(where).containsExactly(b);
      if (sameProduct(a, x0, b)) {
        assertThat(solution.x()).as(where).containsExactly(x0);
      }
      assertThat(rank(a.selectRows(solution.pivotRows()))).as(where).isEqualTo(k);
      solved++;
    }
    System.out.println("[tacit] FractionFreeSolver: " + solved + " solved, " + rejected
        + " rejected");
    assertThat(solved).isPositive();
  }

  @Test
  void scalesRowsWithDifferentDenominators() {
    BigRational[][] m = {
        {BigRational.of(1, 3), BigRational.of(1, 7)},
        {BigRational.of(2, 5), BigRational.of(-1, 2)},
        {BigRational.of(11, 15), BigRational.of(-1, 14)}};
    BigRational[] x = {BigRational.of(3, 4), BigRational.of(-5, 6)};
    BigRational[] b = RationalMatrix.of(m).multiply(x);
    assertThat(FractionFreeSolver.solve(m, b).x()).containsExactly(x);
  }

  private static boolean sameProduct(RationalMatrix a, BigRational[] x0, BigRational[] b) {
    return java.util.Arrays.equals(a.multiply(x0), b);
  }

  private static int rank(RationalMatrix a) {
    return Integer.parseInt(RationalMatrixProperties.naiveRankAndDeterminant(a)[0].toString());
  }

  private static BigRational[] randomVector(Draws draws, int length) {
    BigRational[] v = new BigRational[length];
    for (int i = 0; i < length; i++) {
      v[i] = BigRational.of(draws.between(-9, 9), draws.between(1, 4));
    }
    return v;
  }
}
