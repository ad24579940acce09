package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * TDR Appendix B notation: the Kronecker index formula (corrected, E29), the Khatri-Rao and
 * face-splitting identities and the mixed-product rule, exactly; hand-computed products; the
 * printed Kronecker index failing on a pinned 1 x 2, 2 x 1 pair.
 */
class ProductIdentitiesProperties {

  private static final RationalMatrix ONE_BY_ONE = RationalMatrix.of(new long[][] {{1}});

  @Test
  @Verifies("TDR:rem-B.2")
  void kroneckerIndexHoldsCorrected() {
    PropertyHarness.verify("TDR:rem-B.2 exact", new CheckSuite<>(
        new KroneckerIndexRemarkChecker(), MatrixRecoveryFamilies.kronecker()));
  }

  @Test
  @Verifies("TDR:rem-B.3")
  void khatriRaoIdentityHolds() {
    PropertyHarness.verify("TDR:rem-B.3 exact", new CheckSuite<>(new KhatriRaoRemarkChecker(),
        MatrixRecoveryFamilies.khatriRao()));
  }

  @Test
  @Verifies("TDR:rem-B.4")
  void faceSplittingIdentitiesHold() {
    PropertyHarness.verify("TDR:rem-B.4 exact", new CheckSuite<>(
        new FaceSplittingRemarkChecker(), MatrixRecoveryFamilies.faceSplitting()));
  }

  /** By hand: [1 2] (x) [3; 5] = [3 6; 5 10]; Khatri-Rao and face-splitting of small pairs. */
  @Test
  @Verifies("TDR:rem-B.2")
  @Verifies("TDR:rem-B.3")
  @Verifies("TDR:rem-B.4")
  void handComputedProducts() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2}});
    RationalMatrix b = RationalMatrix.of(new long[][] {{3}, {5}});
    assertThat(MatrixProducts.kronecker(a, b))
        .isEqualTo(RationalMatrix.of(new long[][] {{3, 6}, {5, 10}}));
    assertThat(MatrixProducts.khatriRao(RationalMatrix.of(new long[][] {{1, 2}, {3, 4}}),
        RationalMatrix.of(new long[][] {{5, 6}})))
        .isEqualTo(RationalMatrix.of(new long[][] {{5, 12}, {15, 24}}));
    assertThat(MatrixProducts.faceSplitting(RationalMatrix.of(new long[][] {{1, 2}}),
        RationalMatrix.of(new long[][] {{3, 4}})))
        .isEqualTo(RationalMatrix.of(new long[][] {{3, 4, 6, 8}}));
  }

  /**
   * E29: A = [1 2], B = [3; 5] (m = 1, n = 2, p = 2, q = 1). The printed row p r + v s puts
   * A_00 B_10 = 5 at row 2*0 + 1*0 = 0, column 0, where A (x) B has 3: exactly one of the four
   * index tuples fails; the corrected row p r + v = 1 has 5.
   */
  @Test
  @Verifies("TDR:rem-B.2")
  void printedKroneckerIndexFails() {
    ProductInstance pinned = new ProductInstance(RationalMatrix.of(new long[][] {{1, 2}}),
        RationalMatrix.of(new long[][] {{3}, {5}}), ONE_BY_ONE, ONE_BY_ONE);
    Verdict printed = new KroneckerIndexRemarkChecker(StatementForm.PRINTED).check(pinned);
    assertThat(printed.holds()).isFalse();
    assertThat(printed.checks()).hasSize(1);
    assertThat(printed.checks().get(0).label()).contains("pr+vs");
    assertThat(printed.checks().get(0).lhs()).isEqualTo(1.0);
    assertThat(new KroneckerIndexRemarkChecker().check(pinned).holds()).isTrue();
  }
}
