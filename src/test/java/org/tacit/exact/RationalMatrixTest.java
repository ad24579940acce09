package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Hand-computed cases and error paths of {@link RationalMatrix}. */
class RationalMatrixTest {

  private static BigRational q(long p, long d) {
    return BigRational.of(p, d);
  }

  @Test
  void rrefOfAHandComputedMatrix() {
    // [[1, 2, 3], [2, 4, 7]] -> [[1, 2, 0], [0, 0, 1]], pivots 0 and 2.
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 3}, {2, 4, 7}});
    RowEchelonForm form = a.rowEchelonForm();
    assertThat(form.reduced()).isEqualTo(RationalMatrix.of(new long[][] {{1, 2, 0}, {0, 0, 1}}));
    assertThat(form.pivotColumns()).containsExactly(0, 2);
    assertThat(form.rank()).isEqualTo(2);
    assertThat(form.isPivot(2)).isTrue();
    assertThat(form.isPivot(1)).isFalse();
    // kernel: (-2, 1, 0)
    RationalMatrix kernel = a.nullSpaceBasis();
    assertThat(kernel).isEqualTo(RationalMatrix.of(new long[][] {{-2}, {1}, {0}}));
  }

  @Test
  void rationalEntriesAndZeroRows() {
    RationalMatrix a = RationalMatrix.of(new BigRational[][] {
        {q(1, 2), q(1, 3)}, {q(3, 2), BigRational.ONE}, {BigRational.ZERO, BigRational.ZERO}});
    RowEchelonForm form = a.rowEchelonForm();
    assertThat(form.rank()).isEqualTo(1);
    assertThat(form.reduced().row(0)).containsExactly(BigRational.ONE, q(2, 3));
    assertThat(form.reduced().row(1)).containsExactly(BigRational.ZERO, BigRational.ZERO);
    assertThat(a.rank()).isEqualTo(1);
  }

  @Test
  void determinantAndInverseOfAHandComputedMatrix() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{2, 1}, {7, 4}});
    assertThat(a.determinant()).isEqualTo(BigRational.ONE);
    assertThat(a.inverse()).isEqualTo(RationalMatrix.of(new long[][] {{4, -1}, {-7, 2}}));
    RationalMatrix b = RationalMatrix.of(new BigRational[][] {{q(1, 2), q(1, 3)}, {q(1, 4), q(1, 5)}});
    // 1/10 - 1/12 = 1/60
    assertThat(b.determinant()).isEqualTo(q(1, 60));
    assertThat(RationalMatrix.of(new long[][] {{0, 1}, {1, 0}}).determinant())
        .isEqualTo(BigRational.MINUS_ONE);
    assertThat(RationalMatrix.zero(0, 0).determinant()).isEqualTo(BigRational.ONE);
    assertThat(RationalMatrix.of(new long[][] {{1, 2}, {2, 4}}).determinant()).isEqualTo(BigRational.ZERO);
  }

  @Test
  void solveClassifiesTheSolutionSet() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 1}, {1, -1}});
    LinearSolution unique = a.solve(new BigRational[] {BigRational.of(3), BigRational.ONE});
    assertThat(unique.kind()).isEqualTo(LinearSolution.Kind.UNIQUE);
    assertThat(unique.particular()).containsExactly(BigRational.TWO, BigRational.ONE);
    assertThat(unique.nullSpaceBasis().cols()).isZero();

    RationalMatrix singular = RationalMatrix.of(new long[][] {{1, 1}, {2, 2}});
    LinearSolution none = singular.solve(new BigRational[] {BigRational.ONE, BigRational.ONE});
    assertThat(none.kind()).isEqualTo(LinearSolution.Kind.NONE);
    assertThat(none.particular()).isNull();
    LinearSolution family = singular.solve(new BigRational[] {BigRational.ONE, BigRational.TWO});
    assertThat(family.kind()).isEqualTo(LinearSolution.Kind.FAMILY);
    assertThat(family.particular()).containsExactly(BigRational.ONE, BigRational.ZERO);
    assertThat(family.nullSpaceBasis()).isEqualTo(RationalMatrix.of(new long[][] {{-1}, {1}}));
  }

  @Test
  void accessorsAndShapes() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 3}, {4, 5, 6}});
    assertThat(a.transpose()).isEqualTo(RationalMatrix.of(new long[][] {{1, 4}, {2, 5}, {3, 6}}));
    assertThat(a.column(1)).containsExactly(BigRational.TWO, BigRational.of(5));
    assertThat(a.selectColumns(new int[] {2, 0}))
        .isEqualTo(RationalMatrix.of(new long[][] {{3, 1}, {6, 4}}));
    assertThat(a.selectRows(new int[] {1})).isEqualTo(RationalMatrix.of(new long[][] {{4, 5, 6}}));
    assertThat(a.toArray()[1][2]).isEqualTo(BigRational.of(6));
    assertThat(a.toDoubleRowMajor()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(a.multiply(new BigRational[] {BigRational.ONE, BigRational.ZERO, BigRational.MINUS_ONE}))
        .containsExactly(BigRational.of(-2), BigRational.of(-2));
    assertThat(a.multiply(RationalMatrix.identity(3))).isEqualTo(a);
    assertThat(a.toString()).isEqualTo("[[1, 2, 3], [4, 5, 6]]");
    assertThat(a.hashCode()).isEqualTo(RationalMatrix.of(new long[][] {{1, 2, 3}, {4, 5, 6}}).hashCode());
    assertThat(a).isNotEqualTo(a.transpose()).isNotEqualTo("x");
    assertThat(RationalMatrix.of(new BigRational[0][]).rows()).isZero();
  }

  @Test
  void errorPaths() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 3}, {4, 5, 6}});
    assertThatThrownBy(() -> RationalMatrix.of(new long[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    assertThatThrownBy(() -> RationalMatrix.zero(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.get(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.multiply(a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.multiply(new BigRational[] {BigRational.ONE}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.appendColumns(RationalMatrix.identity(3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.solve(new BigRational[] {BigRational.ONE}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(a::determinant).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(a::inverse).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RationalMatrix.of(new long[][] {{1, 2}, {2, 4}}).inverse())
        .isInstanceOf(ArithmeticException.class);
  }
}
