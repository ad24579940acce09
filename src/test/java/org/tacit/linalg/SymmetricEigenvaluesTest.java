package org.tacit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;

/** Jacobi eigenvalues against hand values, Commons Math, and trace/determinant identities. */
class SymmetricEigenvaluesTest {

  @Test
  void handComputedTwoByTwo() {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3
    assertThat(SymmetricEigenvalues.of(new double[] {2, 1, 1, 2}, 2))
        .containsExactly(new double[] {1, 3}, within(1e-15));
    assertThat(SymmetricEigenvalues.of(new double[] {5}, 1)).containsExactly(5.0);
    assertThat(SymmetricEigenvalues.of(new double[] {1, 0, 0, -2}, 2)).containsExactly(-2.0, 1.0);
    assertThatThrownBy(() -> SymmetricEigenvalues.of(new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gradedMatricesWithTinyEntries() {
    // diag(1, 1e-300) coupled by 1e-151: eigenvalues ~ 1 and 1e-300 - 1e-302
    double[] eig = SymmetricEigenvalues.of(new double[] {1, 1e-151, 1e-151, 1e-300}, 2);
    assertThat(eig[1]).isCloseTo(1.0, within(1e-15));
    assertThat(eig[0]).isLessThan(1e-299);
  }

  @Test
  void agreesWithCommonsMathAndTrace() {
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
      double[] eig = SymmetricEigenvalues.of(h, n);
      double[] reference = new EigenDecomposition(new Array2DRowRealMatrix(rows)).getRealEigenvalues();
      java.util.Arrays.sort(reference);
      double sum = 0;
      for (int i = 0; i < n; i++) {
        assertThat(eig[i]).as("seed " + seed).isCloseTo(reference[i], within(1e-12));
        sum += eig[i];
      }
      assertThat(sum).isCloseTo(trace, within(1e-12));
    }
  }
}
