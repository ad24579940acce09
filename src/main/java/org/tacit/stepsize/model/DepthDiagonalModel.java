package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * The depth-D diagonal linear network of NRSS, {@code f_theta(x) = <u_+^D - u_-^D, x>} with
 * {@code theta = (u_+; u_-) in R^{2d}} and integer {@code D >= 2} (powers elementwise). Depth 2 is
 * the squared model (4).
 *
 * <p>Formulas (exact, valid at every {@code theta}): {@code beta = u_+^D - u_-^D};
 * {@code grad_theta f(x) = (D u_+^{D-1} o x; -D u_-^{D-1} o x)} (28); and
 * {@code Hess_theta <beta(theta), g> = diag(D(D-1) u_+^{D-2} o g; -D(D-1) u_-^{D-2} o g)}, which with
 * {@code g = (1/N) sum_n r_n x_n} is the residual term of (18) ({@code u^0 = 1}).
 *
 * <p>Spec: {@code NRSS:eq-12}, {@code NRSS:eq-4} (D = 2), {@code NRSS:eq-28}, {@code NRSS:eq-18}.
 *
 * @param depth the depth {@code D >= 2}
 */
public record DepthDiagonalModel(int depth) implements DiagonalNetworkModel {

  /** Validates {@code D >= 2}. */
  public DepthDiagonalModel {
    if (depth < 2) {
      throw new IllegalArgumentException("depth D must be >= 2, got " + depth);
    }
  }

  /** The exponent {@code p = 2(D-1)/D} of Lemma 6.1 and Theorem 6.2. */
  public double normExponent() {
    return 2.0 * (depth - 1) / depth;
  }

  @Override
  public int blocks() {
    return 2;
  }

  @Override
  public int homogeneityDegree() {
    return depth;
  }

  @Override
  public String name() {
    return "depth " + depth;
  }

  @Override
  public double[] beta(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 2 * dimension, "theta");
    double[] beta = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      beta[i] = power(theta[i], depth) - power(theta[dimension + i], depth);
    }
    return beta;
  }

  @Override
  public double[] betaMagnitude(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 2 * dimension, "theta");
    double[] magnitude = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      magnitude[i] = Math.abs(power(theta[i], depth)) + Math.abs(power(theta[dimension + i], depth));
    }
    return magnitude;
  }

  @Override
  public double[] featureCoefficients(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 2 * dimension, "theta");
    double[] c = new double[2 * dimension];
    for (int i = 0; i < dimension; i++) {
      c[i] = depth * power(theta[i], depth - 1);
      c[dimension + i] = -depth * power(theta[dimension + i], depth - 1);
    }
    return c;
  }

  @Override
  public void addBetaHessian(double[] theta, double[] g, double[] hessian) {
    int d = g.length;
    int size = 2 * d;
    double factor = (double) depth * (depth - 1);
    for (int i = 0; i < d; i++) {
      hessian[i * size + i] += factor * power(theta[i], depth - 2) * g[i];
      hessian[(d + i) * size + d + i] -= factor * power(theta[d + i], depth - 2) * g[i];
    }
  }

  @Override
  public void addBetaHessianTimes(double[] theta, double[] g, double[] v, double[] out) {
    int d = g.length;
    double factor = (double) depth * (depth - 1);
    for (int i = 0; i < d; i++) {
      out[i] += factor * power(theta[i], depth - 2) * g[i] * v[i];
      out[d + i] -= factor * power(theta[d + i], depth - 2) * g[i] * v[d + i];
    }
  }

  @Override
  public BigRational[] beta(BigRational[] theta, int dimension) {
    BigRational[] beta = new BigRational[dimension];
    for (int i = 0; i < dimension; i++) {
      beta[i] = theta[i].pow(depth).subtract(theta[dimension + i].pow(depth));
    }
    return beta;
  }

  @Override
  public BigRational[] featureCoefficients(BigRational[] theta, int dimension) {
    BigRational[] c = new BigRational[2 * dimension];
    BigRational factor = BigRational.of(depth);
    for (int i = 0; i < dimension; i++) {
      c[i] = factor.multiply(theta[i].pow(depth - 1));
      c[dimension + i] = factor.multiply(theta[dimension + i].pow(depth - 1)).negate();
    }
    return c;
  }

  @Override
  public void addBetaHessian(BigRational[] theta, BigRational[] g, BigRational[] hessian) {
    int d = g.length;
    int size = 2 * d;
    BigRational factor = BigRational.of((long) depth * (depth - 1));
    for (int i = 0; i < d; i++) {
      int plus = i * size + i;
      int minus = (d + i) * size + d + i;
      hessian[plus] = hessian[plus].add(factor.multiply(theta[i].pow(depth - 2)).multiply(g[i]));
      hessian[minus] = hessian[minus]
          .subtract(factor.multiply(theta[d + i].pow(depth - 2)).multiply(g[i]));
    }
  }

  /** {@code base^exponent} for a small non-negative integer exponent, by repeated multiplication. */
  public static double power(double base, int exponent) {
    double result = 1;
    for (int k = 0; k < exponent; k++) {
      result *= base;
    }
    return result;
  }
}
