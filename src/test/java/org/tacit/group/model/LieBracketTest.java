package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** Hand-worked brackets of LNHW Definition 1, fixing its sign convention. */
class LieBracketTest {

  /**
   * X = (1, 0) (= d/dx), Y = (0, x) (= x d/dy): dY = [[0, 0], [1, 0]], dX = 0, so
   * [X, Y] = dY X - dX Y = (0, 1) = d/dy, and [Y, X] = (0, -1). Both the symbolic bracket and
   * the bracket from evaluated Jacobians give this, at (5, -7).
   */
  @Test
  @Verifies("LNHW:def-1")
  void bracketOfTranslationAndShearIsTheOtherTranslation() {
    PolynomialField x = PolynomialField.of(Polynomial.constant(2, BigRational.ONE),
        Polynomial.zero(2));
    PolynomialField y = PolynomialField.of(Polynomial.zero(2), Polynomial.variable(2, 0));
    PolynomialField expected = PolynomialField.of(Polynomial.zero(2),
        Polynomial.constant(2, BigRational.ONE));
    assertThat(LieBracket.of(x, y)).isEqualTo(expected);
    assertThat(LieBracket.of(y, x)).isEqualTo(expected.scale(BigRational.MINUS_ONE));
    assertThat(LieBracket.at(x, y, new BigRational[] {BigRational.of(5), BigRational.of(-7)}))
        .containsExactly(BigRational.ZERO, BigRational.ONE);
  }

  /**
   * Rotation X = (-y, x) and radial Y = (x, y) commute (Y is linear with B = I, so
   * [Ax, x] = (A - A) x = 0); X and the field Z = (x^2, 0): dZ X = (2x (-y), 0) = (-2xy, 0),
   * dX Z = [[0, -1], [1, 0]] (x^2, 0) = (0, x^2), so [X, Z] = (-2xy, -x^2).
   */
  @Test
  @Verifies("LNHW:def-1")
  void rotationBrackets() {
    Polynomial px = Polynomial.variable(2, 0);
    Polynomial py = Polynomial.variable(2, 1);
    PolynomialField rotation = PolynomialField.of(py.negate(), px);
    PolynomialField radial = PolynomialField.of(px, py);
    assertThat(LieBracket.of(rotation, radial).isZero()).isTrue();
    PolynomialField z = PolynomialField.of(px.pow(2), Polynomial.zero(2));
    assertThat(LieBracket.of(rotation, z)).isEqualTo(PolynomialField.of(
        px.multiply(py).scale(BigRational.of(-2)), px.pow(2).negate()));
  }
}
