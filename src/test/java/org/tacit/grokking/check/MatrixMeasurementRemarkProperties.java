package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.MatrixVec;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/**
 * TDR Section 3.2 / G.2.1: matrix sensing and completion as compressed sensing, exactly with
 * Cayley-orthogonal singular bases; the column-major convention pinned by hand.
 */
class MatrixMeasurementRemarkProperties {

  @Test
  @Verifies("TDR:rem-3.2.1")
  @Verifies("TDR:rem-G.2.1.1")
  void identitiesHoldExactly() {
    PropertyHarness.verify("TDR:rem-3.2.1 exact", new MatrixMeasurementRemarkChecker(),
        MatrixRecoveryFamilies.measurements(), 30);
  }

  /**
   * U = I, V = [0 1; 1 0], Sigma = diag(1, 2): A = Sigma V^T = [0 1; 2 0], vec(A) = (0, 2, 1, 0)
   * (columns stacked) = (V (x) U) vec(Sigma) = (V (x) I)(1, 0, 0, 2); the row-major vector
   * (0, 1, 2, 0) is not, so the convention is not cosmetic.
   */
  @Test
  @Verifies("TDR:rem-3.2.1")
  void columnMajorConventionByHand() {
    RationalMatrix u = RationalMatrix.identity(2);
    RationalMatrix v = RationalMatrix.of(new long[][] {{0, 1}, {1, 0}});
    RationalMatrix sigma = RationalMatrix.of(new long[][] {{1, 0}, {0, 2}});
    RationalMatrix a = u.multiply(sigma).multiply(v.transpose());
    RationalMatrix expected = RationalMatrix.of(new long[][] {{0}, {2}, {1}, {0}});
    assertThat(MatrixVec.vec(a)).isEqualTo(expected);
    assertThat(MatrixProducts.kronecker(v, u).multiply(MatrixVec.vec(sigma))).isEqualTo(expected);
    assertThat(MatrixVec.rowMajor(a)).containsExactly(BigRational.ZERO, BigRational.ONE,
        BigRational.TWO, BigRational.ZERO);
  }
}
