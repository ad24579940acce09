package org.tacit.group.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The rational sphere points behind the perturbation families, checked exactly. */
class RationalSphereTest {

  private static BigRational dot(BigRational[] a, BigRational[] b) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < a.length; k++) {
      sum = sum.add(a[k].multiply(b[k]));
    }
    return sum;
  }

  /** t = 3/41 maps to (836/845, 123/845): 1 - |t|^2 = 1672/1681, 1 + |t|^2 = 1690/1681. */
  @Test
  void stereographicProjectionHandCase() {
    assertThat(RationalSphere.stereographic(new BigRational[] {BigRational.of(3, 41)}))
        .containsExactly(BigRational.of(836, 845), BigRational.of(123, 845));
  }

  /**
   * Cap points are unit vectors with {@code <v, c> >= 1 - slack}; with {@code boundary} and
   * {@code slack = tau^2/5}, {@code tau = 3/13} (radius {@code tau^2/(10 - tau^2) = (3/41)^2}),
   * they lie exactly on the boundary {@code 836/845}, for every centre of size 2 and 3.
   */
  @Test
  @Verifies("LNHW:lem-12")
  void capPointsAreUnitAndInsideTheCapAndExactlyOnItsBoundary() {
    SeededDraws draws = new SeededDraws(23);
    BigRational tau = BigRational.of(3, 13);
    BigRational slack = tau.multiply(tau).divide(BigRational.of(5));
    BigRational boundary = BigRational.ONE.subtract(slack);
    assertThat(boundary).isEqualTo(BigRational.of(836, 845));
    for (int k = 0; k < 200; k++) {
      int size = draws.intBetween(1, 3);
      BigRational[] centre = RationalSphere.unitDirection(draws, size);
      assertThat(dot(centre, centre)).isEqualTo(BigRational.ONE);
      boolean onBoundary = draws.coin();
      BigRational[] v = RationalSphere.inCap(centre, slack, draws, onBoundary);
      assertThat(dot(v, v)).isEqualTo(BigRational.ONE);
      assertThat(dot(v, centre)).isGreaterThanOrEqualTo(boundary);
      if (onBoundary && size > 1) {
        assertThat(dot(v, centre)).isEqualTo(boundary);
      }
    }
  }

  /** Rational roots: exact for squares, otherwise the neighbouring multiples of 1/1000. */
  @Test
  void rootsFromBelowAndAbove() {
    assertThat(RationalSphere.rootAtMost(BigRational.of(9, 1681), 1000))
        .isEqualTo(BigRational.of(3, 41));
    BigRational two = BigRational.TWO;
    BigRational below = RationalSphere.rootAtMost(two, 1000);
    BigRational above = RationalSphere.rootAtLeast(two, 1000);
    assertThat(below).isEqualTo(BigRational.of(1414, 1000));
    assertThat(above).isEqualTo(BigRational.of(1415, 1000));
    assertThat(below.multiply(below)).isLessThan(two);
    assertThat(above.multiply(above)).isGreaterThan(two);
  }

  /** Rational approximations of a direction are exact unit vectors, also for x_1 < 0. */
  @Test
  void nearUnitIsUnitAndClose() {
    double[][] directions = {{3, 4}, {-1, 0.2, 0.3}, {0.01, -5, 2}, {-2}};
    for (double[] x : directions) {
      BigRational[] d = RationalSphere.nearUnit(x, 64);
      assertThat(dot(d, d)).isEqualTo(BigRational.ONE);
      double norm = 0;
      for (double xk : x) {
        norm += xk * xk;
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < x.length; k++) {
        assertThat(Math.abs(d[k].doubleValue() - x[k] / norm)).isLessThan(0.05);
      }
    }
  }
}
