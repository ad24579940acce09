package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.RipFamilies;
import org.tacit.benign.model.RipCertificate;
import org.tacit.benign.model.RipInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG Definition 2.1: certified RIP constants over the family, and a hand-worked design. */
class RipDefinitionProperties {

  private final RipDefinitionChecker checker = new RipDefinitionChecker();

  @Test
  @Verifies("ZG:def-2.1")
  void certifiedEnclosureMeetsTheDefinition() {
    PropertyHarness.verify("ZG:def-2.1 certified",
        new CheckSuite<>(checker, RipFamilies.definition()));
  }

  private static BigRational[] of(long... values) {
    BigRational[] v = new BigRational[values.length];
    for (int i = 0; i < values.length; i++) {
      v[i] = BigRational.of(values[i]);
    }
    return v;
  }

  /**
   * X = [[1, 1], [0, 1]], n = 2: A = X^T X / 2 = [[1/2, 1/2], [1/2, 1]], A - I has eigenvalues
   * (-1 +- sqrt 5)/4, so delta_2 = (1 + sqrt 5)/4 = 0.809..., the positive root of
   * p(v) = 4 v^2 - 2 v - 1 (increasing for v > 1/4); delta_1 = max(|1/2 - 1|, |1 - 1|) = 1/2.
   */
  @Test
  @Verifies("ZG:def-2.1")
  void handWorkedDesign() {
    BigRational[] x = of(1, 1, 0, 1);
    RipCertificate two = RipCertificate.of(x, 2, 2, 2);
    assertThat(two.certified()).isTrue();
    assertThat(p(two.lower()).signum()).isNotPositive();
    assertThat(p(two.upper()).signum()).isNotNegative();
    assertThat(two.lower().doubleValue()).isGreaterThan(0.8090);
    assertThat(two.upper().doubleValue()).isLessThan(0.8091);
    RipCertificate one = RipCertificate.of(x, 2, 2, 1);
    assertThat(one.lower()).isEqualTo(BigRational.of(1, 2));
    assertThat(one.certified()).isTrue();
    assertThat(RipCertificate.boundsEverySupport(RipCertificate.gram(x, 2, 2), 2, 1,
        BigRational.of(1, 2))).isTrue();
    assertThat(RipCertificate.boundsEverySupport(RipCertificate.gram(x, 2, 2), 2, 1,
        BigRational.of(49, 100))).isFalse();
    assertThat(RipCertificate.boundsEverySupport(RipCertificate.gram(x, 2, 2), 2, 2,
        BigRational.of(4, 5))).isFalse();
    assertThat(RipCertificate.boundsEverySupport(RipCertificate.gram(x, 2, 2), 2, 2,
        BigRational.of(81, 100))).isTrue();
    Verdict verdict = checker.check(new RipInstance(x, 2, 2, 2,
        new BigRational[][] {of(1, 0), of(0, 1), of(1, -1)}));
    assertThat(verdict.holds()).isTrue();
  }

  /** An orthogonal design X^T X / n = I (Hadamard rows): delta_k = 0 exactly for every k. */
  @Test
  @Verifies("ZG:def-2.1")
  void orthogonalDesignHasZeroConstant() {
    BigRational[] x = of(1, 1, 1, 1, 1, -1, 1, -1, 1, 1, -1, -1, 1, -1, -1, 1);
    for (int k = 1; k <= 4; k++) {
      RipCertificate certificate = RipCertificate.of(x, 4, 4, k);
      assertThat(certificate.lower()).isEqualTo(BigRational.ZERO);
      assertThat(RipCertificate.boundsEverySupport(RipCertificate.gram(x, 4, 4), 4, k,
          BigRational.ZERO)).isTrue();
      Verdict verdict = checker.check(new RipInstance(x, 4, 4, k,
          new BigRational[][] {of(1, 0, 0, 0), of(0, 0, 0, -1)}));
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    }
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    BigRational[] x = of(1, 1, 0, 1);
    assertThat(checker.check(new RipInstance(x, 2, 2, 1, new BigRational[][] {of(1, 1)}))
        .hypothesisFailure()).isEqualTo("beta k-sparse");
    assertThat(checker.check(new RipInstance(x, 2, 2, 3, new BigRational[0][]))
        .hypothesisFailure()).isEqualTo("1 <= k <= d");
    assertThat(checker.check(new RipInstance(x, 3, 2, 1, new BigRational[0][]))
        .hypothesisFailure()).isEqualTo("X is n x d");
  }

  private static BigRational p(BigRational v) {
    return BigRational.of(4).multiply(v.pow(2)).subtract(BigRational.TWO.multiply(v))
        .subtract(BigRational.ONE);
  }
}
