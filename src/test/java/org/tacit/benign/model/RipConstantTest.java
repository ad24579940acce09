package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The double RIP constant against closed forms and against exact certificates. */
class RipConstantTest {

  /** X = [[1, 1], [0, 1]], n = 2: delta_2 = (1 + sqrt 5)/4, delta_1 = 1/2 (see RipDefinitionProperties). */
  @Test
  @Verifies("ZG:def-2.1")
  void closedForm() {
    double[] x = {1, 1, 0, 1};
    RipConstant two = RipConstant.of(x, 2, 2, 2);
    assertThat(two.delta()).isCloseTo((1 + Math.sqrt(5)) / 4, within(ZgTolerances.RIP_EIGEN));
    assertThat(two.upper()).isFalse();
    assertThat(RipConstant.of(x, 2, 2, 1).delta()).isEqualTo(0.5);
  }

  /**
   * Random rational designs up to d = 12, k <= 5: the double constant lies in the exact
   * certificate's enclosure, widened by RIP_EIGEN (1 + delta) below; the number of supports
   * enumerated is C(d, k).
   */
  @Test
  @Verifies("ZG:def-2.1")
  void agreesWithExactCertificates() {
    SeededDraws draws = new SeededDraws(21);
    for (int trial = 0; trial < 30; trial++) {
      int n = draws.intBetween(2, 12);
      int d = draws.intBetween(2, 12);
      int k = draws.intBetween(1, Math.min(d, 5));
      BigRational[] x = new BigRational[n * d];
      double[] xd = new double[n * d];
      for (int i = 0; i < x.length; i++) {
        x[i] = BigRational.of(draws.between(-4, 4), 2);
        xd[i] = x[i].doubleValue();
      }
      double delta = RipConstant.of(xd, n, d, k).delta();
      RipCertificate certificate = RipCertificate.of(x, n, d, k);
      assertThat(certificate.certified()).isTrue();
      assertThat(delta).isLessThanOrEqualTo(certificate.upper().doubleValue());
      assertThat(delta).isGreaterThanOrEqualTo(
          certificate.lower().doubleValue() - ZgTolerances.RIP_EIGEN * (1 + delta));
    }
  }

  /** C(5, 3) = 10 subsets in lexicographic order, the last one (2, 3, 4). */
  @Test
  void enumeratesEverySubsetOnce() {
    int[] subset = {0, 1, 2};
    int count = 1;
    while (RipConstant.nextSubset(subset, 5)) {
      count++;
    }
    assertThat(count).isEqualTo(10);
    assertThat(subset).containsExactly(2, 3, 4);
  }
}
