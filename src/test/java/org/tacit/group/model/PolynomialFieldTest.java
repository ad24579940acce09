package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.verify.SeededDraws;

/** Hand-worked cases of polynomial vector fields and the exact vector helpers. */
class PolynomialFieldTest {

  private final Polynomial x0 = Polynomial.variable(2, 0);
  private final Polynomial x1 = Polynomial.variable(2, 1);

  /**
   * f = x0^2 x1 + 3 x1: grad f = (2 x0 x1, x0^2 + 3); at (2, -1) it is (-4, 7), and the Jacobian of
   * grad f (the Hessian) is [[2 x1, 2 x0], [2 x0, 0]] = [[-2, 4], [4, 0]].
   */
  @Test
  void gradientAndHessianOfAPolynomial() {
    Polynomial f = x0.pow(2).multiply(x1).add(x1.scale(BigRational.of(3)));
    PolynomialField gradient = PolynomialField.gradient(f);
    assertThat(gradient).isEqualTo(PolynomialField.of(x0.multiply(x1).scale(BigRational.TWO),
        x0.pow(2).add(Polynomial.constant(2, BigRational.of(3)))));
    BigRational[] point = {BigRational.TWO, BigRational.MINUS_ONE};
    assertThat(gradient.evaluate(point)).containsExactly(BigRational.of(-4), BigRational.of(7));
    assertThat(gradient.jacobianAt(point)).isEqualTo(RationalMatrix.of(new long[][] {{-2, 4}, {4, 0}}));
  }

  /**
   * The linear field of A = [[1, 2], [3, 4]] at (1/2, -1) is (1/2 - 2, 3/2 - 4) = (-3/2, -5/2); its
   * derivative along V = (x1, 1) is A V = (x1 + 2, 3 x1 + 4); <X, V> = x0 x1 + 2 x1^2 + 3 x0 + 4 x1.
   */
  @Test
  void linearFieldDerivativeAndInnerProduct() {
    PolynomialField linear = PolynomialField.linear(RationalMatrix.of(new long[][] {{1, 2}, {3, 4}}));
    assertThat(linear.evaluate(new BigRational[] {BigRational.of(1, 2), BigRational.MINUS_ONE}))
        .containsExactly(BigRational.of(-3, 2), BigRational.of(-5, 2));
    PolynomialField v = PolynomialField.of(x1, Polynomial.constant(2, BigRational.ONE));
    Polynomial two = Polynomial.constant(2, BigRational.TWO);
    assertThat(linear.alongField(v)).isEqualTo(PolynomialField.of(x1.add(two),
        x1.scale(BigRational.of(3)).add(Polynomial.constant(2, BigRational.of(4)))));
    assertThat(linear.dot(v)).isEqualTo(x0.multiply(x1).add(x1.pow(2).scale(BigRational.TWO))
        .add(x0.scale(BigRational.of(3))).add(x1.scale(BigRational.of(4))));
  }

  /** The sparse product agrees with the dense RationalMatrix product on random sparse matrices. */
  @Test
  void sparseProductAgreesWithTheDenseProduct() {
    SeededDraws draws = new SeededDraws(7);
    for (int trial = 0; trial < 50; trial++) {
      int d = draws.intBetween(1, 6);
      BigRational[][] entries = new BigRational[d][d];
      BigRational[] v = new BigRational[d];
      for (int r = 0; r < d; r++) {
        v[r] = BigRational.of(draws.between(-3, 3), draws.between(1, 3));
        for (int c = 0; c < d; c++) {
          entries[r][c] = draws.coin() ? BigRational.ZERO
              : BigRational.of(draws.between(-5, 5), draws.between(1, 4));
        }
      }
      RationalMatrix m = RationalMatrix.of(entries);
      assertThat(CoordinateVectors.sparseProduct(m, v)).containsExactly(m.multiply(v));
    }
  }
}
