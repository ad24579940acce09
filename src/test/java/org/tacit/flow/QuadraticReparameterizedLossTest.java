package org.tacit.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * MS def-I.1: the loss and its gradient formula 4 u o A^T(A u^2 - y), against an exact oracle.
 *
 * <p>L~ is a polynomial of degree 4 in each coordinate, so the central difference
 * D(h) = (L~(u + h e_j) - L~(u - h e_j)) / (2h) equals dL~/du_j + (d^3 L~/du_j^3) h^2 / 6 exactly,
 * and the Richardson combination (4 D(h/2) - D(h)) / 3 is the exact partial derivative. Evaluated
 * in rationals it is an oracle independent of the gradient formula.
 */
class QuadraticReparameterizedLossTest {

  /** A small instance with dyadic entries (exact in double). */
  record Small(double[][] a, double[] y, double[] u) {}

  private static final InstanceFamily<Small> SMALL = new InstanceFamily<>() {
    @Override
    public String name() {
      return "A, y, u with entries k/8, |k| <= 32, N <= 4, d <= 5";
    }

    @Override
    public Small draw(Draws draws) {
      int n = draws.intBetween(1, 4);
      int d = draws.intBetween(1, 5);
      double[][] a = new double[n][d];
      double[] y = new double[n];
      double[] u = new double[d];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          a[i][j] = draws.between(-32, 32) / 8.0;
        }
        y[i] = draws.between(-32, 32) / 8.0;
      }
      for (int j = 0; j < d; j++) {
        u[j] = draws.between(-32, 32) / 8.0;
      }
      return new Small(a, y, u);
    }
  };

  /**
   * Tolerance: entries are at most 4 in magnitude, so every partial product in the gradient is at
   * most 4 * 4 * (5 * 4 * 16 + 4) ~ 5200 and each component sums at most 4 * 6 of them; double
   * rounding gives an absolute error below 24 * 5200 * 1e-15 ~ 1e-10.
   */
  private static final double GRADIENT_TOLERANCE = 1e-9;

  @Test
  @Verifies("MS:def-I.1")
  void gradientFormulaMatchesTheExactDerivative() {
    PropertyHarness.forAll("MS:def-I.1 gradient", SMALL, s -> {
      QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(s.a(), s.y());
      double[] gradient = loss.gradient(s.u());
      java.util.List<Check> checks = new java.util.ArrayList<>();
      checks.add(Check.equal("MS:def-I.1", "L~(u) exact vs double", loss.loss(s.u()),
          exactLoss(s, s.u(), 0, BigRational.ZERO).doubleValue(), 1e-12));
      for (int j = 0; j < s.u().length; j++) {
        BigRational derivative = exactPartial(s, j);
        double error = Math.abs(gradient[j] - derivative.doubleValue());
        checks.add(Check.lessOrEqual("MS:def-I.1", "|grad_j - exact d/du_j| <= tol", error,
            GRADIENT_TOLERANCE, 0));
      }
      return Verdict.of("MS:def-I.1", "gradient", checks);
    }, PropertyHarness.tries());
  }

  private static BigRational exactPartial(Small s, int j) {
    BigRational h = BigRational.ONE;
    BigRational half = BigRational.of(1, 2);
    BigRational dh = centralDifference(s, j, h);
    BigRational dHalf = centralDifference(s, j, half);
    return BigRational.of(4).multiply(dHalf).subtract(dh).divide(BigRational.of(3));
  }

  private static BigRational centralDifference(Small s, int j, BigRational h) {
    return exactLoss(s, s.u(), j, h).subtract(exactLoss(s, s.u(), j, h.negate()))
        .divide(BigRational.TWO.multiply(h));
  }

  /** ||A (u + shift e_j)^2 - y||^2 in exact arithmetic. */
  private static BigRational exactLoss(Small s, double[] u, int j, BigRational shift) {
    BigRational total = BigRational.ZERO;
    for (int i = 0; i < s.a().length; i++) {
      BigRational r = BigRational.valueOf(s.y()[i]).negate();
      for (int k = 0; k < u.length; k++) {
        BigRational uk = BigRational.valueOf(u[k]);
        if (k == j) {
          uk = uk.add(shift);
        }
        r = r.add(BigRational.valueOf(s.a()[i][k]).multiply(uk).multiply(uk));
      }
      total = total.add(r.multiply(r));
    }
    return total;
  }

  @Test
  void handComputedCaseAndValidation() {
    QuadraticReparameterizedLoss loss =
        new QuadraticReparameterizedLoss(new double[][] {{1, -3}}, new double[] {1});
    // u = (1, 1): x = (1, 1), A x - y = -3, L~ = 9, grad = 4 u o A^T r = 4 * (-3, 9) = (-12, 36).
    assertThat(loss.loss(new double[] {1, 1})).isEqualTo(9.0);
    assertThat(loss.gradient(new double[] {1, 1})).containsExactly(-12.0, 36.0);
    assertThat(loss.lossOfModel(new double[] {1, 0})).isZero();
    assertThat(loss.rows()).isEqualTo(1);
    assertThat(loss.cols()).isEqualTo(2);
    assertThat(loss.matrix()[0]).containsExactly(1.0, -3.0);
    assertThat(loss.target()).containsExactly(1.0);
    assertThatThrownBy(() -> new QuadraticReparameterizedLoss(new double[][] {{1}}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuadraticReparameterizedLoss(new double[][] {{1, 2}, {1}},
        new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
  }
}
