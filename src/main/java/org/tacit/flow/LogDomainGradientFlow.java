package org.tacit.flow;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.tacit.linalg.Vectors;

/**
 * Gradient flow {@code du/dt = -grad L~(u)} of {@link QuadraticReparameterizedLoss} from
 * {@code u_0 = alpha 1}, integrated in the log domain of the model {@code x = u^2}:
 * {@code d/dt log x = -8 A^T (A x - y)} (from {@code dx/dt = 2 u du/dt = -8 x o A^T(Ax - y)}),
 * with {@code log x_0 = 2 log alpha}. The log domain keeps coordinates that decay to
 * {@code alpha^(2(1-rho))} accurate far below any absolute tolerance.
 *
 * <p>Integrator: the flow is stiff near its limit (Jacobian {@code -8 A^T A diag(x)}, whose
 * eigenvalues range from {@code -8 ||A||^2 max x} to nearly 0), so explicit methods crawl. We use
 * the L-stable two-stage Rosenbrock method ROS2 (Verwer, Spee, Blom, Hundsdorfer 1999,
 * {@code gamma = 1 + 1/sqrt 2}) with step-size control on the difference to its embedded
 * first-order solution: local error at most {@link FlowTolerances#INTEGRATION} (absolute plus
 * relative on {@code log x}); the tolerance governs the accuracy of the path, not of the limit
 * (see there). The flow is integrated until
 * {@code ||A x - y|| <= residualTolerance * max(1, ||y||)}, or {@code maxTime} (then
 * {@code converged} is false). Cost per step: O(N d^2 + d^3) (one LU of a d x d matrix).
 *
 * <p>Contract: the integration does not impose the mirror-flow invariant
 * {@code log x_t - log x_0 in range(A^T)}; it integrates the full d-dimensional ODE. Both stages
 * of ROS2 are solutions of {@code (I - gamma h J) k = f} with {@code f} and {@code J k} in
 * {@code range(A^T)}, so the method preserves that linear invariant up to rounding, as the exact
 * flow does; which Bregman projection the limit equals is then a checkable consequence.
 *
 * <p>Spec: {@code MS:def-I.4} (the flow and its limit), used by the check of {@code MS:rem-I.2}.
 */
public final class LogDomainGradientFlow {

  private static final double GAMMA = 1 + 1 / Math.sqrt(2);

  private final QuadraticReparameterizedLoss loss;

  /** The flow of {@code loss}. */
  public LogDomainGradientFlow(QuadraticReparameterizedLoss loss) {
    this.loss = loss;
  }

  /**
   * Integrates from {@code u_0 = alpha 1} ({@code alpha > 0}).
   *
   * @param alpha the initialization scale
   * @param residualTolerance relative residual at which the flow counts as converged
   * @param maxTime the largest flow time integrated
   */
  public FlowResult run(double alpha, double residualTolerance, double maxTime) {
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be positive and finite, found " + alpha);
    }
    int d = loss.cols();
    double[] z = new double[d];
    java.util.Arrays.fill(z, 2 * Math.log(alpha));
    double scale = Math.max(1.0, Vectors.norm(loss.target()));
    double[][] a = loss.matrix();
    double time = 0;
    double h = FlowTolerances.INITIAL_STEP;
    long steps = 0;
    long evaluations = 0;
    while (true) {
      double[] x = exp(z);
      double[] r = loss.residual(x);
      double residual = Vectors.norm(r);
      if (residual <= residualTolerance * scale) {
        return new FlowResult(z.clone(), x, time, steps, evaluations, residual, true,
            "residual " + residual + " <= " + residualTolerance + " * " + scale);
      }
      if (time >= maxTime) {
        return new FlowResult(z.clone(), x, time, steps, evaluations, residual, false,
            "flow time " + maxTime + " reached with residual " + residual);
      }
      h = Math.min(h, maxTime - time);
      double[] f0 = derivative(r);
      evaluations++;
      DecompositionSolver solver = stageSolver(a, x, h);
      double[] k1 = solver.solve(new ArrayRealVector(f0, false))
          .toArray();
      double[] zStage = new double[d];
      for (int j = 0; j < d; j++) {
        zStage[j] = z[j] + h * k1[j];
      }
      double[] f1 = derivative(loss.residual(exp(zStage)));
      evaluations++;
      for (int j = 0; j < d; j++) {
        f1[j] -= 2 * k1[j];
      }
      double[] k2 = solver.solve(new ArrayRealVector(f1, false))
          .toArray();
      double error = 0;
      for (int j = 0; j < d; j++) {
        double local = 0.5 * h * Math.abs(k1[j] + k2[j]);
        error = Math.max(error, local / (FlowTolerances.INTEGRATION * (1 + Math.abs(z[j]))));
      }
      if (error <= 1 && Double.isFinite(error)) {
        for (int j = 0; j < d; j++) {
          z[j] += h * (1.5 * k1[j] + 0.5 * k2[j]);
        }
        time += h;
        steps++;
      }
      double factor = !Double.isFinite(error) ? FlowTolerances.MIN_STEP_SHRINK
          : error > 0 ? FlowTolerances.STEP_SAFETY / Math.sqrt(error)
          : FlowTolerances.MAX_STEP_GROWTH;
      h *= Math.min(FlowTolerances.MAX_STEP_GROWTH, Math.max(FlowTolerances.MIN_STEP_SHRINK, factor));
      double floor = FlowTolerances.STEP_FLOOR_ULPS * Math.ulp(Math.max(time, 1.0));
      if (!(h > floor)) {
        return new FlowResult(z.clone(), exp(z), time, steps, evaluations, residual, false,
            "step size " + h + " fell below " + floor + " at flow time " + time
                + (Double.isFinite(error) ? "" : " (the stages overflow double)"));
      }
    }
  }

  private double[] derivative(double[] residual) {
    double[] g = loss.transposeTimes(residual);
    for (int j = 0; j < g.length; j++) {
      g[j] *= -8;
    }
    return g;
  }

  /** LU of {@code I - gamma h J} with {@code J = -8 A^T A diag(x)}. */
  private static DecompositionSolver stageSolver(double[][] a,
      double[] x, double h) {
    int d = x.length;
    double[][] m = new double[d][d];
    for (double[] row : a) {
      for (int j = 0; j < d; j++) {
        double factor = 8 * GAMMA * h * row[j];
        for (int k = 0; k < d; k++) {
          m[j][k] += factor * row[k] * x[k];
        }
      }
    }
    for (int j = 0; j < d; j++) {
      m[j][j] += 1;
    }
    return new LUDecomposition(
        new Array2DRowRealMatrix(m, false)).getSolver();
  }

  static double[] exp(double[] z) {
    double[] x = new double[z.length];
    for (int j = 0; j < z.length; j++) {
      x[j] = Math.exp(z[j]);
    }
    return x;
  }

}
