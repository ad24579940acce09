package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

/**
 * The kernel-regime formulas of NRSS Section 3 (eq-5, eq-6), exactly: all inputs are small
 * integers or powers of two, so every double operation below is exact.
 * <ul>
 *   <li>eq-5, depth 2: the linearisation's remainder is exactly quadratic,
 *       {@code f(theta) - f(theta0) - <grad f(theta0), theta - theta0> =
 *       <(u_+ - u_+0)^2 - (u_- - u_-0)^2, x>} (derived: f is quadratic in theta);</li>
 *   <li>eq-6: the tangent kernel at the uniform initialisation alpha 1 is
 *       {@code K(x1, x2) = 2 D^2 alpha^(2(D-1)) <x1, x2>} (derived: grad f = D (u_+^(D-1) o x;
 *       -u_-^(D-1) o x)).</li>
 * </ul>
 */
class KernelRegimeTest {

  @Test
  @Verifies("NRSS:eq-5")
  void linearisationRemainderIsExactlyQuadratic() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("NRSS eq-5 remainder"));
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    for (int k = 0; k < PropertyHarness.tries(); k++) {
      int d = draws.intBetween(1, 6);
      double[] theta = new double[2 * d];
      double[] start = new double[2 * d];
      double[] x = new double[d];
      for (int i = 0; i < 2 * d; i++) {
        theta[i] = draws.between(-9, 9);
        start[i] = draws.between(-9, 9);
      }
      for (int i = 0; i < d; i++) {
        x[i] = draws.between(-9, 9);
      }
      double[] coefficients = model.featureCoefficients(start, d);
      double linear = dot(model.beta(start, d), x);
      double remainder = 0;
      for (int j = 0; j < 2 * d; j++) {
        linear += coefficients[j] * x[j % d] * (theta[j] - start[j]);
        double delta = theta[j] - start[j];
        remainder += (j < d ? 1 : -1) * delta * delta * x[j % d];
      }
      assertThat(dot(model.beta(theta, d), x) - linear).isEqualTo(remainder);
    }
  }

  @Test
  @Verifies("NRSS:eq-6")
  void tangentKernelAtUniformInitialisation() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("NRSS eq-6 kernel"));
    for (int depth = 2; depth <= 5; depth++) {
      DepthDiagonalModel model = new DepthDiagonalModel(depth);
      for (double alpha : new double[] {0.25, 0.5, 1, 2}) {
        int d = draws.intBetween(1, 6);
        double[] x1 = new double[d];
        double[] x2 = new double[d];
        for (int i = 0; i < d; i++) {
          x1[i] = draws.between(-9, 9);
          x2[i] = draws.between(-9, 9);
        }
        double[] c = model.featureCoefficients(Initialization.uniform(model, d, alpha), d);
        double kernel = 0;
        for (int j = 0; j < c.length; j++) {
          kernel += c[j] * x1[j % d] * c[j] * x2[j % d];
        }
        assertThat(kernel).as("D = %d, alpha = %s", depth, alpha)
            .isEqualTo(2.0 * depth * depth * Math.pow(alpha, 2 * (depth - 1)) * dot(x1, x2));
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
