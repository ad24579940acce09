package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Exact definiteness on hand-worked matrices whose eigenvalues are known: the decision must
 * match the signs of the eigenvalues, including the boundary cases (zero eigenvalues, a zero
 * diagonal entry beside a nonzero one).
 */
class SymmetricDefinitenessTest {

  private static BigRational[][] m(long[][] entries) {
    return RationalMatrix.of(entries).toArray();
  }

  @Test
  void decisionsMatchTheEigenvalueSigns() {
    // [[2, 1], [1, 2]]: eigenvalues 1, 3
    assertThat(SymmetricDefiniteness.isPositiveDefinite(m(new long[][] {{2, 1}, {1, 2}}))).isTrue();
    // [[1, 1], [1, 1]]: eigenvalues 0, 2: semidefinite, not definite
    BigRational[][] singular = m(new long[][] {{1, 1}, {1, 1}});
    assertThat(SymmetricDefiniteness.isPositiveSemidefinite(singular)).isTrue();
    assertThat(SymmetricDefiniteness.isPositiveDefinite(singular)).isFalse();
    // [[1, 2], [2, 1]]: eigenvalues -1, 3
    assertThat(SymmetricDefiniteness.isPositiveSemidefinite(m(new long[][] {{1, 2}, {2, 1}})))
        .isFalse();
    // [[0, 1], [1, 0]]: a zero pivot with a nonzero entry beside it: eigenvalues -1, 1
    assertThat(SymmetricDefiniteness.isPositiveSemidefinite(m(new long[][] {{0, 1}, {1, 0}})))
        .isFalse();
    // [[0, 0], [0, 3]]: eigenvalues 0, 3
    assertThat(SymmetricDefiniteness.isPositiveSemidefinite(m(new long[][] {{0, 0}, {0, 3}})))
        .isTrue();
    assertThat(SymmetricDefiniteness.isPositiveDefinite(RationalMatrix.identity(3))).isTrue();
  }

  @Test
  void argumentsAreNotModifiedAndShapesAreChecked() {
    BigRational[][] a = m(new long[][] {{2, 1}, {1, 2}});
    SymmetricDefiniteness.isPositiveSemidefinite(a);
    assertThat(a[1][1]).isEqualTo(BigRational.of(2));
    assertThatThrownBy(() -> SymmetricDefiniteness.isPositiveDefinite(
        RationalMatrix.of(new long[][] {{1, 2}, {0, 1}}))).hasMessageContaining("symmetric");
    assertThatThrownBy(() -> SymmetricDefiniteness.isPositiveSemidefinite(
        new BigRational[][] {{BigRational.ONE, BigRational.ONE}})).hasMessageContaining("square");
  }

  @Test
  void rayleighQuotientIsExact() {
    // v = (1, 1) on [[2, 1], [1, 2]]: (2 + 1 + 1 + 2) / 2 = 3, the top eigenvalue
    assertThat(SymmetricDefiniteness.rayleighQuotient(m(new long[][] {{2, 1}, {1, 2}}),
        new BigRational[] {BigRational.ONE, BigRational.ONE})).isEqualTo(BigRational.of(3));
    assertThatThrownBy(() -> SymmetricDefiniteness.rayleighQuotient(m(new long[][] {{1}}),
        new BigRational[] {BigRational.ZERO})).hasMessageContaining("nonzero");
  }
}
