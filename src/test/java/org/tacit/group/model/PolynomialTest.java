package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;

/** Hand-worked cases of the exact polynomial arithmetic behind LNHW Section 3.1 and Appendix A. */
class PolynomialTest {

  private final Polynomial x = Polynomial.variable(2, 0);
  private final Polynomial y = Polynomial.variable(2, 1);

  /** (x + y)^2 = x^2 + 2xy + y^2, coefficient by coefficient; (x + y)(x - y) = x^2 - y^2. */
  @Test
  void multiplicationExpandsAndCancels() {
    Polynomial square = x.add(y).pow(2);
    assertThat(square.coefficient(2, 0)).isEqualTo(BigRational.ONE);
    assertThat(square.coefficient(1, 1)).isEqualTo(BigRational.TWO);
    assertThat(square.coefficient(0, 2)).isEqualTo(BigRational.ONE);
    assertThat(square.termCount()).isEqualTo(3);
    assertThat(x.add(y).multiply(x.subtract(y))).isEqualTo(x.pow(2).subtract(y.pow(2)));
    assertThat(x.subtract(x).isZero()).isTrue();
    assertThat(x.subtract(x).degree()).isEqualTo(-1);
  }

  /** d/dx (3 x^2 y) = 6 x y, d/dy = 3 x^2; the antiderivative in x of 6xy is 3 x^2 y. */
  @Test
  void derivativesAndAntiderivatives() {
    Polynomial p = Polynomial.term(BigRational.of(3), 2, 1);
    assertThat(p.derivative(0)).isEqualTo(Polynomial.term(BigRational.of(6), 1, 1));
    assertThat(p.derivative(1)).isEqualTo(Polynomial.term(BigRational.of(3), 2, 0));
    assertThat(p.derivative(0).antiderivative(0)).isEqualTo(p);
    assertThat(Polynomial.constant(2, BigRational.ONE).derivative(1).isZero()).isTrue();
  }

  /** x^2 y - 1/2 at (3, -2/3) is -6 - 1/2 = -13/2; substituting (y, x) swaps the variables. */
  @Test
  void evaluationAndSubstitution() {
    Polynomial p = x.pow(2).multiply(y).subtract(Polynomial.constant(2, BigRational.of(1, 2)));
    assertThat(p.evaluate(new BigRational[] {BigRational.of(3), BigRational.of(-2, 3)}))
        .isEqualTo(BigRational.of(-13, 2));
    assertThat(p.substitute(new Polynomial[] {y, x}))
        .isEqualTo(y.pow(2).multiply(x).subtract(Polynomial.constant(2, BigRational.of(1, 2))));
    assertThat(x.add(y).pow(3).truncate(2).isZero()).isTrue();
    assertThat(p.coefficientSquareSum()).isEqualTo(BigRational.of(5, 4));
  }

  @Test
  void rejectsMismatchedVariables() {
    assertThatThrownBy(() -> x.add(Polynomial.variable(3, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> x.evaluate(new BigRational[] {BigRational.ONE}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
