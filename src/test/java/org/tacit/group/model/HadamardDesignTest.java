package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** The Sylvester-Hadamard designs: the recursion they come from and their exact Gram matrix. */
class HadamardDesignTest {

  /** {@code H_{2m} = [[H_m, H_m], [H_m, -H_m]]}, built by the recursion, equals the bit formula. */
  @Test
  void entriesFollowTheSylvesterRecursion() {
    int[][] h = {{1}};
    for (int k = 1; k <= 5; k++) {
      int m = h.length;
      int[][] next = new int[2 * m][2 * m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          next[i][j] = h[i][j];
          next[i][j + m] = h[i][j];
          next[i + m][j] = h[i][j];
          next[i + m][j + m] = -h[i][j];
        }
      }
      h = next;
      for (int i = 0; i < h.length; i++) {
        for (int j = 0; j < h.length; j++) {
          assertThat(HadamardDesign.entry(i, j)).as("k=%d (%d,%d)", k, i, j).isEqualTo(h[i][j]);
        }
      }
    }
  }

  /** {@code X^T X = n I} by integer sums over the rows, for every column count. */
  @Test
  @Verifies("LNHW:lem-4")
  void columnsAreExactlyOrthogonal() {
    for (int k = 0; k <= 4; k++) {
      int n = 1 << k;
      for (int p = 1; p <= n; p++) {
        BigRational[][] x = HadamardDesign.exact(k, p);
        double[] flat = HadamardDesign.rowMajor(k, p);
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            long sum = 0;
            for (int row = 0; row < n; row++) {
              sum += (long) flat[row * p + i] * (long) flat[row * p + j];
              assertThat(x[row][i].doubleValue()).isEqualTo(flat[row * p + i]);
            }
            assertThat(sum).isEqualTo(i == j ? n : 0);
          }
        }
        assertThat(OrthogonalFacts.gramIsIdentity(x)).isTrue();
      }
    }
  }

  /** One negated entry breaks orthogonality, and the exact test sees it. */
  @Test
  void aFlippedEntryIsNotOrthogonal() {
    BigRational[][] x = HadamardDesign.exact(3, 5);
    x[2][1] = x[2][1].negate();
    assertThat(OrthogonalFacts.gramIsIdentity(x)).isFalse();
  }
}
