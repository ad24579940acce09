package org.tacit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

/**
 * The dense symmetric eigensolver: Jacobi eigenvalues against hand values, Commons Math, and the
 * trace identity; the largest eigenpair by Commons Math against the Jacobi fallback.
 */
class SymmetricEigenTest {

  /**
   * Both solvers are backward stable, so their largest eigenvalues agree to a few {@code n eps}
   * times the spectral radius; 1e-12 of the Frobenius norm leaves room for n <= 12.
   */
  private static final double AGREEMENT = 1e-12;

  @Test
  void handComputedTwoByTwo() {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3
    assertThat(SymmetricEigen.eigenvalues(new double[] {2, 1, 1, 2}, 2))
        .containsExactly(new double[] {1, 3}, within(1e-15));
    assertThat(SymmetricEigen.eigenvalues(new double[] {5}, 1)).containsExactly(5.0);
    assertThat(SymmetricEigen.eigenvalues(new double[] {1, 0, 0, -2}, 2))
        .containsExactly(-2.0, 1.0);
    assertThatThrownBy(() -> SymmetricEigen.eigenvalues(new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gradedMatricesWithTinyEntries() {
    // diag(1, 1e-300) coupled by 1e-151: eigenvalues ~ 1 and 1e-300 - 1e-302
    double[] eig = SymmetricEigen.eigenvalues(new double[] {1, 1e-151, 1e-151, 1e-300}, 2);
    assertThat(eig[1]).isCloseTo(1.0, within(1e-15));
    assertThat(eig[0]).isLessThan(1e-299);
  }

  @Test
  void jacobiEigenvaluesAgreeWithCommonsMathAndTrace() {
    long seed = PropertyHarness.seedFor("jacobi eigenvalues");
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < PropertyHarness.tries(); k++) {
      int n = 1 + random.nextInt(8);
      double[] h = new double[n * n];
      double[][] rows = new double[n][n];
      double trace = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          double v = random.nextGaussian();
          h[i * n + j] = v;
          h[j * n + i] = v;
          rows[i][j] = v;
          rows[j][i] = v;
        }
        trace += h[i * n + i];
      }
      double[] eig = SymmetricEigen.eigenvalues(h, n);
      double[] reference =
          new EigenDecomposition(new Array2DRowRealMatrix(rows)).getRealEigenvalues();
      Arrays.sort(reference);
      double sum = 0;
      for (int i = 0; i < n; i++) {
        assertThat(eig[i]).as("seed " + seed).isCloseTo(reference[i], within(1e-12));
        sum += eig[i];
      }
      assertThat(sum).isCloseTo(trace, within(1e-12));
    }
  }

  @Test
  void jacobiLargestAgreesWithCommonsMathOnRandomSymmetricMatrices() {
    SeededDraws draws = new SeededDraws(3);
    for (int trial = 0; trial < 50; trial++) {
      int n = draws.intBetween(1, 12);
      double[] matrix = new double[n * n];
      int rank = draws.intBetween(0, n);
      for (int a = 0; a < n; a++) {
        for (int b = a; b < n; b++) {
          double value = a < rank && b < rank ? draws.gaussian() : 0;
          if (trial % 5 == 0) {
            value = a == b ? 2 : 0;
          }
          matrix[a * n + b] = value;
          matrix[b * n + a] = value;
        }
      }
      double frobenius = Vectors.norm(matrix);
      SymmetricEigen.Eigenpair reference = SymmetricEigen.largest(matrix, n);
      SymmetricEigen.Eigenpair jacobi = SymmetricEigen.jacobiLargest(matrix, n);
      assertThat(jacobi.value()).isCloseTo(reference.value(), within(AGREEMENT * (frobenius + 1)));
      assertThat(SymmetricEigen.rayleighQuotient(matrix, n, jacobi.vector()))
          .isCloseTo(reference.value(), within(AGREEMENT * (frobenius + 1)));
      double norm = 0;
      for (double v : jacobi.vector()) {
        norm += v * v;
      }
      assertThat(norm).isCloseTo(1, within(1e-12));
    }
  }
}
