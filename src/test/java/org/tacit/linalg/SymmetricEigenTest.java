package org.tacit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.verify.SeededDraws;

/** The dense largest-eigenpair solvers: Commons Math and the Jacobi fallback agree. */
class SymmetricEigenTest {

  /**
   * Both solvers are backward stable, so their largest eigenvalues agree to a few {@code n eps}
   * times the spectral radius; 1e-12 of the Frobenius norm leaves room for n <= 12.
   */
  private static final double AGREEMENT = 1e-12;

  @Test
  void jacobiAgreesWithCommonsMathOnRandomSymmetricMatrices() {
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
      double[][] rows = new double[n][n];
      double frobenius = 0;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          rows[a][b] = matrix[a * n + b];
          frobenius += matrix[a * n + b] * matrix[a * n + b];
        }
      }
      frobenius = Math.sqrt(frobenius);
      SymmetricEigen.Eigenpair reference = SymmetricEigen.largest(matrix, n);
      SymmetricEigen.Eigenpair jacobi = SymmetricEigen.jacobiLargest(rows);
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
