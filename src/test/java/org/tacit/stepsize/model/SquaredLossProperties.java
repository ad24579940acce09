package org.tacit.stepsize.model;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.linalg.SymmetricOperator;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The exact gradient (17) and Hessian (18) of the squared loss (1), validated independently at
 * arbitrary (non-solution) parameters: against central finite differences of the loss and of the
 * gradient, and against exact rational evaluation on small-integer instances.
 */
class SquaredLossProperties {

  /**
   * Central differences with step {@code h = 1e-5 max(1, |theta_k|)}: rounding contributes about
   * {@code eps L / h ~ 2e-11 L} and truncation {@code h^2 |L'''| / 6 ~ 2e-11 |L'''|}; with
   * {@code |theta| <= 1.5}, {@code |x| <= 4}, {@code D <= 5} the third derivatives stay within 1e3 of
   * the scale (the larger of the loss and the largest derivative entry), so 1e-6 relative to that
   * scale leaves a factor of about 50.
   */
  private static final double FINITE_DIFFERENCE = 1e-6;

  /**
   * Double against exact evaluation on integer data: every entry of the double Hessian carries at
   * most four roundings (the division by N, two products, one addition of the residual term) of
   * terms no larger than {@code |Gauss-Newton entry| + |residual entry|}; 16 eps of that scale.
   */
  private static final double EXACT_AGREEMENT = 16 * 0x1.0p-52;

  /**
   * Matrix-free against dense Hessian-vector products: both sum at most {@code P + N d} products in
   * different orders, about {@code 1e-14} relative to the sizes of the terms, which exceed the scale
   * ({@code P max|H|}) by at most {@code |x|^2 <= 16} where the sums over samples cancel; 1e-12.
   */
  private static final double PRODUCT_AGREEMENT = 1e-12;

  /** An arbitrary point: a model, small Gaussian data, a parameter vector and random labels. */
  private record Point(SquaredLoss loss, double[] theta) {}

  private static DiagonalNetworkModel randomModel(Draws draws) {
    int choice = draws.intBetween(1, 5);
    return choice == 1 ? new UvDiagonalModel() : new DepthDiagonalModel(choice);
  }

  private static final InstanceFamily<Point> GAUSSIAN_POINTS = new InstanceFamily<>() {
    @Override
    public String name() {
      return "depth 2..5 or UV, Gaussian x (mean in [-2, 2], sd 1), |theta| <= 1.5, random y";
    }

    @Override
    public Point draw(Draws draws) {
      DiagonalNetworkModel model = randomModel(draws);
      int samples = draws.intBetween(1, 6);
      int d = draws.intBetween(1, 5);
      double mean = draws.uniform(-2, 2);
      double[] x = new double[samples * d];
      for (int k = 0; k < x.length; k++) {
        x[k] = Math.max(-4, Math.min(4, mean + draws.gaussian()));
      }
      double[] y = new double[samples];
      for (int n = 0; n < samples; n++) {
        y[n] = draws.gaussian();
      }
      double[] theta = new double[model.blocks() * d];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = draws.uniform(-1.5, 1.5);
      }
      return new Point(new SquaredLoss(new RegressionData(samples, d, x, y), model), theta);
    }
  };

  private static final InstanceFamily<Point> INTEGER_POINTS = new InstanceFamily<>() {
    @Override
    public String name() {
      return "depth 2..5 or UV, integer x in [-3, 5], y in [-10, 10], theta in [-3, 3]";
    }

    @Override
    public Point draw(Draws draws) {
      DiagonalNetworkModel model = randomModel(draws);
      int samples = draws.intBetween(1, 4);
      int d = draws.intBetween(1, 4);
      double[] x = new double[samples * d];
      for (int k = 0; k < x.length; k++) {
        x[k] = draws.between(-3, 5);
      }
      double[] y = new double[samples];
      for (int n = 0; n < samples; n++) {
        y[n] = draws.between(-10, 10);
      }
      double[] theta = new double[model.blocks() * d];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = draws.between(-3, 3);
      }
      return new Point(new SquaredLoss(new RegressionData(samples, d, x, y), model), theta);
    }
  };

  @Test
  @Verifies("NRSS:eq-1")
  @Verifies("NRSS:eq-17")
  @Verifies("NRSS:eq-28")
  @Verifies("NRSS:eq-39")
  void gradientMatchesFiniteDifferencesOfTheLoss() {
    PropertyHarness.forAll("NRSS:eq-17 gradient vs finite differences", GAUSSIAN_POINTS, point -> {
      SquaredLoss loss = point.loss();
      double[] theta = point.theta();
      double[] gradient = loss.gradient(theta);
      double[] numeric = new double[theta.length];
      for (int k = 0; k < theta.length; k++) {
        double h = 1e-5 * Math.max(1, Math.abs(theta[k]));
        numeric[k] = (loss.loss(shifted(theta, k, h)) - loss.loss(shifted(theta, k, -h))) / (2 * h);
      }
      double scale = Math.max(loss.loss(theta), maxAbs(gradient));
      return Verdict.of("NRSS:eq-17", loss.model().name(), List.of(Check.equalAtScale(
          "NRSS:eq-17", "max_k |grad_k - central difference_k|", maxAbsDifference(gradient, numeric),
          0, scale, FINITE_DIFFERENCE)));
    }, PropertyHarness.tries());
  }

  @Test
  @Verifies("NRSS:eq-18")
  void hessianMatchesFiniteDifferencesOfTheGradient() {
    PropertyHarness.forAll("NRSS:eq-18 Hessian vs finite differences", GAUSSIAN_POINTS, point -> {
      SquaredLoss loss = point.loss();
      double[] theta = point.theta();
      int size = theta.length;
      double[] hessian = loss.hessian(theta);
      double worst = 0;
      double scale = Math.max(maxAbs(hessian), maxAbs(loss.gradient(theta)));
      for (int k = 0; k < size; k++) {
        double h = 1e-5 * Math.max(1, Math.abs(theta[k]));
        double[] plus = loss.gradient(shifted(theta, k, h));
        double[] minus = loss.gradient(shifted(theta, k, -h));
        for (int a = 0; a < size; a++) {
          double numeric = (plus[a] - minus[a]) / (2 * h);
          worst = Math.max(worst, Math.abs(numeric - hessian[a * size + k]));
        }
      }
      return Verdict.of("NRSS:eq-18", loss.model().name(), List.of(Check.equalAtScale(
          "NRSS:eq-18", "max |H - central difference of grad|", worst, 0, scale,
          FINITE_DIFFERENCE)));
    }, PropertyHarness.tries());
  }

  @Test
  @Verifies("NRSS:eq-18")
  void hessianOperatorMatchesTheDenseHessian() {
    PropertyHarness.forAll("NRSS:eq-18 Hessian-vector product", GAUSSIAN_POINTS, point -> {
      SquaredLoss loss = point.loss();
      double[] theta = point.theta();
      int size = theta.length;
      double[] hessian = loss.hessian(theta);
      double[] v = new double[size];
      for (int k = 0; k < size; k++) {
        v[k] = Math.sin(k + 1.0);
      }
      double[] product = new double[size];
      loss.hessianOperator(theta).apply(v, product);
      double[] dense = new double[size];
      SymmetricOperator.dense(hessian, size).apply(v, dense);
      double scale = 0;
      for (int a = 0; a < size; a++) {
        for (int b = 0; b < size; b++) {
          scale = Math.max(scale, Math.abs(hessian[a * size + b]));
        }
      }
      scale *= size;
      return Verdict.of("NRSS:eq-18", loss.model().name(), List.of(Check.equalAtScale(
          "NRSS:eq-18", "max |H v (matrix-free) - H v (dense)|", maxAbsDifference(product, dense),
          0, scale, PRODUCT_AGREEMENT)));
    }, PropertyHarness.tries());
  }

  @Test
  @Verifies("NRSS:eq-1")
  @Verifies("NRSS:eq-17")
  @Verifies("NRSS:eq-18")
  void doubleAgreesWithExactRationalEvaluation() {
    PropertyHarness.forAll("NRSS:eq-18 exact vs double", INTEGER_POINTS, point -> {
      SquaredLoss loss = point.loss();
      double[] theta = point.theta();
      ExactSquaredLoss exact = ExactSquaredLoss.of(loss.data(), loss.model());
      BigRational[] exactTheta = ExactSquaredLoss.exact(theta);
      List<Check> checks = new ArrayList<>();
      checks.add(Check.equal("NRSS:eq-1", "loss double = exact", loss.loss(theta),
          exact.loss(exactTheta).doubleValue(), EXACT_AGREEMENT));
      double[] gradient = loss.gradient(theta);
      BigRational[] exactGradient = exact.gradient(exactTheta);
      double gradientError = 0;
      for (int k = 0; k < gradient.length; k++) {
        gradientError = Math.max(gradientError,
            Math.abs(BigRational.valueOf(gradient[k]).subtract(exactGradient[k]).doubleValue()));
      }
      checks.add(Check.equalAtScale("NRSS:eq-17", "max |grad double - exact|",
          gradientError, 0, Math.max(maxAbs(gradient), Double.MIN_NORMAL), EXACT_AGREEMENT));
      double[] hessian = loss.hessian(theta);
      double[] gaussNewton = loss.gaussNewton(theta);
      double[] residualTerm = loss.residualHessian(theta);
      BigRational[] exactHessian = exact.hessian(exactTheta);
      double hessianError = 0;
      double scale = Double.MIN_NORMAL;
      for (int k = 0; k < hessian.length; k++) {
        hessianError = Math.max(hessianError,
            Math.abs(BigRational.valueOf(hessian[k]).subtract(exactHessian[k]).doubleValue()));
        scale = Math.max(scale, Math.abs(gaussNewton[k]) + Math.abs(residualTerm[k]));
      }
      checks.add(Check.equalAtScale("NRSS:eq-18", "max |H double - exact|",
          hessianError, 0, scale, EXACT_AGREEMENT));
      return Verdict.of("NRSS:eq-18", loss.model().name(), checks);
    }, PropertyHarness.tries());
  }

  /**
   * At an exact integer solution the residual term of (18) vanishes exactly (19), and the
   * Rayleigh quotient at {@code 1/sqrt(N) 1} and the trace equal the closed forms of (30) and (33)
   * exactly, in rationals.
   */
  @Test
  @Verifies("NRSS:eq-19")
  @Verifies("NRSS:eq-30")
  @Verifies("NRSS:eq-33")
  void closedFormsHoldExactlyAtIntegerSolutions() {
    InstanceFamily<SolutionInstance> family = new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer solutions of depth 2..5";
      }

      @Override
      public SolutionInstance draw(Draws draws) {
        int depth = draws.intBetween(2, 5);
        RegressionData data = StabilityFamilies.integerDesign(draws);
        double[] theta = new double[2 * data.dimension()];
        for (int k = 0; k < theta.length; k++) {
          theta[k] = draws.between(-3, 3);
        }
        return StabilityFamilies.exactSolution(data, new DepthDiagonalModel(depth), theta);
      }
    };
    PropertyHarness.forAll("NRSS:eq-19 exact at integer solutions", family, instance -> {
      RegressionData data = instance.data();
      DepthDiagonalModel model = (DepthDiagonalModel) instance.model();
      int depth = model.depth();
      int d = data.dimension();
      int samples = data.samples();
      BigRational[] theta = ExactSquaredLoss.exact(instance.theta());
      BigRational[] x = ExactSquaredLoss.exact(data.features());
      BigRational[] hessian = ExactSquaredLoss.of(data, model).hessian(theta);
      BigRational[] c = model.featureCoefficients(theta, d);
      int size = c.length;
      BigRational n = BigRational.of(samples);
      boolean gaussNewtonEqual = true;
      BigRational trace = BigRational.ZERO;
      BigRational uniform = BigRational.ZERO;
      for (int a = 0; a < size; a++) {
        BigRational rowSum = BigRational.ZERO;
        for (int s = 0; s < samples; s++) {
          BigRational phi = c[a].multiply(x[s * d + a % d]);
          rowSum = rowSum.add(phi);
          trace = trace.add(phi.multiply(phi));
        }
        uniform = uniform.add(rowSum.multiply(rowSum));
        for (int b = 0; b < size; b++) {
          BigRational outer = BigRational.ZERO;
          for (int s = 0; s < samples; s++) {
            outer = outer.add(c[a].multiply(x[s * d + a % d]).multiply(c[b]).multiply(x[s * d + b % d]));
          }
          gaussNewtonEqual &= outer.divide(n).equals(hessian[a * size + b]);
        }
      }
      BigRational lower = BigRational.ZERO;
      BigRational upper = BigRational.ZERO;
      BigRational squareDepth = BigRational.of((long) depth * depth);
      for (int i = 0; i < d; i++) {
        BigRational w = theta[i].pow(2 * depth - 2).add(theta[d + i].pow(2 * depth - 2));
        BigRational sum = BigRational.ZERO;
        BigRational squares = BigRational.ZERO;
        for (int s = 0; s < samples; s++) {
          sum = sum.add(x[s * d + i]);
          squares = squares.add(x[s * d + i].multiply(x[s * d + i]));
        }
        BigRational mean = sum.divide(n);
        lower = lower.add(w.multiply(mean).multiply(mean));
        upper = upper.add(w.multiply(squares.divide(n)));
      }
      return Verdict.of("NRSS:eq-19", instance.label(), List.of(
          Check.equal("NRSS:eq-19", "Hessian = (1/N) Phi Phi^T entrywise (1 = yes)",
              BigRational.of(gaussNewtonEqual ? 1 : 0), BigRational.ONE),
          Check.equal("NRSS:eq-30", "(1/N^2) ||Phi 1||^2 = D^2 sum_i w_i (Ex_i)^2",
              uniform.divide(n.multiply(n)), squareDepth.multiply(lower)),
          Check.equal("NRSS:eq-33", "(1/N) tr(Phi^T Phi) = D^2 sum_i w_i Ex_i^2",
              trace.divide(n), squareDepth.multiply(upper))));
    }, PropertyHarness.tries());
  }

  static double[] shifted(double[] theta, int k, double h) {
    double[] copy = theta.clone();
    copy[k] += h;
    return copy;
  }

  static double maxAbs(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  static double maxAbsDifference(double[] a, double[] b) {
    double max = 0;
    for (int k = 0; k < a.length; k++) {
      max = Math.max(max, Math.abs(a[k] - b[k]));
    }
    return max;
  }
}
