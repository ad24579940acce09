package org.tacit.stepsize.model;

import org.tacit.linalg.LanczosLambdaMax;
import org.tacit.linalg.SymmetricOperator;

/**
 * The empirical squared loss of NRSS (1) for a diagonal network on a data set, in double precision:
 * {@code L(theta) = (1/(2N)) sum_n (y_n - f_theta(x_n))^2} (normalization {@code 1/(2N)}, i.e.
 * one half of the empirical mean), with its exact analytic gradient (17) and Hessian (18).
 *
 * <p>With residuals {@code r_n = f_theta(x_n) - y_n} (the sign of (17)) and
 * {@code g = (1/N) sum_n r_n x_n}: {@code grad L = (c_k o g)_k}; the Gauss-Newton term of (18) is
 * {@code (1/N) Phi Phi^T} with {@code Phi = [grad f(x_1) ... grad f(x_N)]} (20); the residual term
 * is {@code Hess_theta <beta(theta), g>}. The Hessian is exact at every {@code theta}, not only at
 * solutions. Costs: loss and gradient O(N d); dense Hessian O(N d^2) time, O(d^2) memory; a
 * Hessian-vector product O(N d).
 *
 * <p>Spec: {@code NRSS:eq-1}, {@code NRSS:eq-17}, {@code NRSS:eq-18}, {@code NRSS:eq-20}.
 *
 * @param data the data set
 * @param model the diagonal network
 */
public record SquaredLoss(RegressionData data, DiagonalNetworkModel model) {

  /** The number of parameters {@code B d}. */
  public int parameterCount() {
    return model.blocks() * data.dimension();
  }

  /** The residuals {@code r_n = f_theta(x_n) - y_n}. O(N d). */
  public double[] residuals(double[] theta) {
    double[] predictions = data.times(model.beta(theta, data.dimension()));
    double[] y = data.labels();
    for (int n = 0; n < predictions.length; n++) {
      predictions[n] -= y[n];
    }
    return predictions;
  }

  /** {@code L(theta) = (1/(2N)) sum_n r_n^2}. O(N d). */
  public double loss(double[] theta) {
    double sum = 0;
    for (double r : residuals(theta)) {
      sum += r * r;
    }
    return sum / (2.0 * data.samples());
  }

  /** {@code g = (1/N) sum_n r_n x_n}, the data-space gradient of the loss. O(N d). */
  public double[] residualCorrelation(double[] theta) {
    double[] g = data.transposeTimes(residuals(theta));
    for (int i = 0; i < g.length; i++) {
      g[i] /= data.samples();
    }
    return g;
  }

  /** The gradient (17): {@code (1/N) sum_n r_n grad f(x_n)}. O(N d). */
  public double[] gradient(double[] theta) {
    double[] g = residualCorrelation(theta);
    double[] c = model.featureCoefficients(theta, data.dimension());
    double[] gradient = new double[c.length];
    int d = data.dimension();
    for (int k = 0; k < c.length; k++) {
      gradient[k] = c[k] * g[k % d];
    }
    return gradient;
  }

  /**
   * The matrix {@code Phi} of (20) (and (29), (40)): column {@code n} is {@code grad f(x_n)}; stored
   * row-major as a {@code (B d) x N} array. O(N d).
   */
  public double[] phi(double[] theta) {
    double[] c = model.featureCoefficients(theta, data.dimension());
    int d = data.dimension();
    int samples = data.samples();
    double[] phi = new double[c.length * samples];
    for (int k = 0; k < c.length; k++) {
      for (int n = 0; n < samples; n++) {
        phi[k * samples + n] = c[k] * data.feature(n, k % d);
      }
    }
    return phi;
  }

  /** The Gauss-Newton term {@code (1/N) Phi Phi^T} of (18), dense row-major. O(N d^2). */
  public double[] gaussNewton(double[] theta) {
    double[] c = model.featureCoefficients(theta, data.dimension());
    double[] secondMoments = secondMomentMatrix();
    int d = data.dimension();
    int size = c.length;
    double[] h = new double[size * size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        h[a * size + b] = c[a] * c[b] * secondMoments[(a % d) * d + b % d];
      }
    }
    return h;
  }

  /** The full Hessian (18): Gauss-Newton term plus residual term, dense row-major. O(N d^2). */
  public double[] hessian(double[] theta) {
    double[] h = gaussNewton(theta);
    model.addBetaHessian(theta, residualCorrelation(theta), h);
    return h;
  }

  /** The residual term {@code (1/N) sum_n r_n Hess f(x_n)} of (18) alone, dense row-major. */
  public double[] residualHessian(double[] theta) {
    int size = parameterCount();
    double[] h = new double[size * size];
    model.addBetaHessian(theta, residualCorrelation(theta), h);
    return h;
  }

  /**
   * The Hessian (18) as a matrix-free symmetric operator at {@code theta}: each product costs O(N d)
   * and no {@code d x d} matrix is formed (for {@link LanczosLambdaMax} on large {@code d}).
   */
  public SymmetricOperator hessianOperator(double[] theta) {
    double[] c = model.featureCoefficients(theta, data.dimension());
    double[] g = residualCorrelation(theta);
    double[] thetaCopy = theta.clone();
    int d = data.dimension();
    int samples = data.samples();
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return c.length;
      }

      @Override
      public void apply(double[] v, double[] out) {
        double[] direction = new double[d];
        for (int k = 0; k < c.length; k++) {
          direction[k % d] += c[k] * v[k];
        }
        double[] back = data.transposeTimes(data.times(direction));
        for (int k = 0; k < c.length; k++) {
          out[k] = c[k] * back[k % d] / samples;
        }
        model.addBetaHessianTimes(thetaCopy, g, v, out);
      }
    };
  }

  /** The matrix {@code (1/N) X^T X} of second moments, {@code d x d} row-major. O(N d^2). */
  public double[] secondMomentMatrix() {
    int d = data.dimension();
    int samples = data.samples();
    double[] m = new double[d * d];
    double[] x = data.features();
    for (int n = 0; n < samples; n++) {
      int row = n * d;
      for (int i = 0; i < d; i++) {
        double xi = x[row + i];
        for (int j = 0; j < d; j++) {
          m[i * d + j] += xi * x[row + j];
        }
      }
    }
    for (int k = 0; k < m.length; k++) {
      m[k] /= samples;
    }
    return m;
  }
}
