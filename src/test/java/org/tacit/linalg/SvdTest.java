package org.tacit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.verify.SeededDraws;

/**
 * The thin SVD on matrices whose singular values, rank and polar factor are known in closed form
 * (diagonal, rank one, 2 x 2, extreme scales, symmetric positive definite), and its input checks.
 * Not a paper item.
 */
class SvdTest {

  private static final double EPS = FloatingPoint.MACHINE_EPSILON;

  /**
   * Singular values of these small matrices (at most 4 x 4, a few sweeps) agree with the closed
   * form to {@code 64 eps} relative to {@code s_1}: the backward error of one-sided Jacobi is
   * {@code O(sweeps k u) ||A||} (see {@link Svd}), and the closed forms themselves round in a few
   * operations.
   */
  private static final double CLOSED_FORM = 64 * EPS;

  /**
   * Orthonormality defect {@code max |Q^T Q - I|} and reconstruction {@code ||A - U S V^T||_F /
   * ||A||_F} of these small matrices: at most {@code 64 eps} (the rounding of a few rotations per
   * column, of the normalization, and of the test's own products).
   */
  private static final double SMALL = 64 * EPS;

  @Test
  void rectangularDiagonalWithRepeatedAndZeroSingularValues() {
    double[] a = {
        2, 0, 0,
        0, 0, 0,
        0, 0, -2,
        0, 0, 0};
    Svd.Decomposition svd = assertFactorization(a, 4, 3);
    assertThat(svd.singularValues()).containsExactly(new double[] {2, 2, 0}, within(2 * CLOSED_FORM));
    assertThat(svd.rank()).isEqualTo(2);
    double[] expectedPolar = {
        1, 0, 0,
        0, 0, 0,
        0, 0, -1,
        0, 0, 0};
    assertThat(svd.polarFactor()).containsExactly(expectedPolar, within(SMALL));
  }

  @Test
  void multipleOfTheIdentityHasPolarFactorIdentity() {
    double[] a = {5, 0, 0, 0, 5, 0, 0, 0, 5};
    Svd.Decomposition svd = assertFactorization(a, 3, 3);
    assertThat(svd.singularValues()).containsExactly(new double[] {5, 5, 5}, within(5 * CLOSED_FORM));
    assertThat(svd.rank()).isEqualTo(3);
    assertThat(svd.polarFactor()).containsExactly(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
        within(SMALL));
  }

  @Test
  void zeroMatrixHasRankZeroAndOrthonormalFactors() {
    Svd.Decomposition svd = Svd.decompose(new double[6], 2, 3);
    assertThat(svd.singularValues()).containsExactly(0.0, 0.0);
    assertThat(svd.rank()).isZero();
    assertThat(svd.polarFactor()).containsOnly(0.0);
    assertThat(TestMatrices.orthonormalityDefect(svd.u(), 2, 2)).isLessThanOrEqualTo(SMALL);
    assertThat(TestMatrices.orthonormalityDefect(svd.v(), 3, 2)).isLessThanOrEqualTo(SMALL);
  }

  @Test
  void wideMatrixWithAZeroRow() {
    double[] a = {
        0, 0, 0, 0,
        0, -3, 0, 0};
    Svd.Decomposition svd = assertFactorization(a, 2, 4);
    assertThat(svd.singularValues()).containsExactly(new double[] {3, 0}, within(3 * CLOSED_FORM));
    assertThat(svd.rank()).isEqualTo(1);
    assertThat(svd.polarFactor()).containsExactly(new double[] {0, 0, 0, 0, 0, -1, 0, 0},
        within(SMALL));
  }

  @Test
  void rankOneOuterProduct() {
    // u = (1, 2, 2), ||u|| = 3; v = (3, 4), ||v|| = 5: s_1 = 15, s_2 = 0, P = (u/3)(v/5)^T
    double[] u = {1, 2, 2};
    double[] v = {3, 4};
    double[] a = new double[6];
    double[] polar = new double[6];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 2; j++) {
        a[i * 2 + j] = u[i] * v[j];
        polar[i * 2 + j] = u[i] * v[j] / 15;
      }
    }
    Svd.Decomposition svd = assertFactorization(a, 3, 2);
    assertThat(svd.singularValues()[0]).isCloseTo(15, within(15 * CLOSED_FORM));
    assertThat(svd.singularValues()[1]).isLessThanOrEqualTo(svd.rankThreshold());
    assertThat(svd.rank()).isEqualTo(1);
    assertThat(svd.polarFactor()).containsExactly(polar, within(SMALL));
  }

  @Test
  void twoByTwoClosedForm() {
    // [[3, 0], [4, 5]]: s = (3 sqrt 5, sqrt 5) (product |det| = 15, sum of squares 50)
    Svd.Decomposition svd = assertFactorization(new double[] {3, 0, 4, 5}, 2, 2);
    assertThat(svd.singularValues()).containsExactly(
        new double[] {3 * Math.sqrt(5), Math.sqrt(5)}, within(7 * CLOSED_FORM));
    // in general s_{1,2} = (sqrt((a+d)^2 + (b-c)^2) +- sqrt((a-d)^2 + (b+c)^2)) / 2
    SeededDraws draws = new SeededDraws(11);
    for (int trial = 0; trial < 200; trial++) {
      double a = draws.gaussian();
      double b = draws.gaussian();
      double c = draws.gaussian();
      double d = draws.gaussian();
      double plus = Math.hypot(a + d, b - c);
      double minus = Math.hypot(a - d, b + c);
      double s1 = (plus + minus) / 2;
      double s2 = Math.abs(plus - minus) / 2;
      Svd.Decomposition random = assertFactorization(new double[] {a, b, c, d}, 2, 2);
      assertThat(random.singularValues()[0]).isCloseTo(s1, within(CLOSED_FORM * s1));
      assertThat(random.singularValues()[1]).isCloseTo(s2, within(CLOSED_FORM * s1));
    }
  }

  @Test
  void extremeScalesDoNotOverflowOrUnderflow() {
    // squares of these entries overflow (1e300) or underflow (1e-300) in double precision
    Svd.Decomposition huge = assertFactorization(new double[] {3e299, 0, 0, -1e300}, 2, 2);
    assertThat(huge.singularValues()).containsExactly(new double[] {1e300, 3e299},
        within(1e300 * CLOSED_FORM));
    Svd.Decomposition tiny = assertFactorization(new double[] {1e-300, 0, 0, 3e-301}, 2, 2);
    assertThat(tiny.singularValues()).containsExactly(new double[] {1e-300, 3e-301},
        within(1e-300 * CLOSED_FORM));
    assertThat(tiny.rank()).isEqualTo(2);
    Svd.Decomposition single = Svd.decompose(new double[] {-7}, 1, 1);
    assertThat(single.singularValues()).containsExactly(7.0);
    assertThat(single.polarFactor()).containsExactly(-1.0);
  }

  @Test
  void polarFactorOfAFullRankMatrixIsItsPolarDecompositionFactor() {
    // A = P H with H = sqrt(A^T A) symmetric positive definite: P^T A = H has the eigenvalues
    // sqrt(eig(A^T A)), both sides computed without the SVD's singular values
    SeededDraws draws = new SeededDraws(5);
    for (int trial = 0; trial < 50; trial++) {
      int n = draws.intBetween(1, 6);
      double[] a = new double[n * n];
      for (int i = 0; i < a.length; i++) {
        a[i] = draws.gaussian();
      }
      Svd.Decomposition svd = Svd.decompose(a, n, n);
      double[] p = svd.polarFactor();
      assertThat(TestMatrices.orthonormalityDefect(p, n, n)).isLessThanOrEqualTo(SMALL);
      double[] h = TestMatrices.times(TestMatrices.transpose(p, n, n), a, n, n, n);
      double scale = Vectors.norm(a);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          assertThat(h[i * n + j]).isCloseTo(h[j * n + i], within(SMALL * scale));
        }
      }
      // H = P^T A is symmetric positive semidefinite with H^2 = A^T A: eigenvalues of H are
      // non-negative and square to those of A^T A (computed by Jacobi, ~ n eps ||A||_F^2)
      double[] polarEigenvalues = SymmetricEigen.eigenvalues(h, n);
      double[] gramEigenvalues = SymmetricEigen.eigenvalues(TestMatrices.gram(a, n, n), n);
      for (int i = 0; i < n; i++) {
        assertThat(polarEigenvalues[i]).isGreaterThanOrEqualTo(-SMALL * scale);
        assertThat(polarEigenvalues[i] * polarEigenvalues[i]).isCloseTo(gramEigenvalues[i],
            within((4 * SMALL + 16 * n * EPS) * scale * scale));
      }
    }
  }

  @Test
  void rejectsMalformedInput() {
    assertThatThrownBy(() -> Svd.decompose(new double[5], 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Svd.decompose(new double[0], 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Svd.decompose(new double[] {1, Double.NaN}, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Svd.decompose(new double[] {Double.POSITIVE_INFINITY}, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Svd.Decomposition(2, 3, new double[3], new double[4],
        new double[6], 1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Decomposes {@code a} and asserts the factorization contract at the {@link #SMALL} level:
   * orthonormal factors, reconstruction, singular values descending and non-negative.
   */
  private static Svd.Decomposition assertFactorization(double[] a, int m, int n) {
    Svd.Decomposition svd = Svd.decompose(a, m, n);
    int k = Math.min(m, n);
    assertThat(svd.size()).isEqualTo(k);
    assertThat(TestMatrices.orthonormalityDefect(svd.u(), m, k)).isLessThanOrEqualTo(SMALL);
    assertThat(TestMatrices.orthonormalityDefect(svd.v(), n, k)).isLessThanOrEqualTo(SMALL);
    // compared after an exact scaling by a power of two, so that squares of 1e300 do not overflow
    int exponent = Math.getExponent(Math.max(Vectors.maxAbs(a), Double.MIN_NORMAL));
    double[] scaled = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      scaled[i] = Math.scalb(a[i], -exponent);
    }
    double[] s = new double[k];
    for (int i = 0; i < k; i++) {
      s[i] = Math.scalb(svd.singularValues()[i], -exponent);
    }
    double[] product = TestMatrices.product(svd.u(), s, svd.v(), m, n, k);
    assertThat(TestMatrices.distance(scaled, product))
        .isLessThanOrEqualTo(SMALL * Vectors.norm(scaled));
    for (int i = 0; i + 1 < k; i++) {
      assertThat(svd.singularValues()[i]).isGreaterThanOrEqualTo(svd.singularValues()[i + 1]);
    }
    assertThat(svd.singularValues()[k - 1]).isGreaterThanOrEqualTo(0);
    return svd;
  }
}
