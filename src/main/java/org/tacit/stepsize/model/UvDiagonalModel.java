package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * The UV model of NRSS Appendix B, {@code f_theta(x) = <u_+ o v_+ - u_- o v_-, x>} with
 * {@code theta = (u_+; v_+; u_-; v_-) in R^{4d}}.
 *
 * <p>Formulas (exact, valid at every {@code theta}): {@code beta = u_+ o v_+ - u_- o v_-};
 * {@code grad_theta f(x) = (v_+ o x; u_+ o x; -v_- o x; -u_- o x)} (39, in the parameter order of
 * {@code theta}); {@code Hess_theta <beta(theta), g>} has the off-diagonal entries {@code g_i}
 * between {@code u_{+,i}} and {@code v_{+,i}} and {@code -g_i} between {@code u_{-,i}} and
 * {@code v_{-,i}}, zero elsewhere.
 *
 * <p>Spec: {@code NRSS:eq-34}, {@code NRSS:eq-39}, {@code NRSS:eq-18}.
 */
public record UvDiagonalModel() implements DiagonalNetworkModel {

  @Override
  public int blocks() {
    return 4;
  }

  @Override
  public int homogeneityDegree() {
    return 2;
  }

  @Override
  public String name() {
    return "UV";
  }

  @Override
  public double[] beta(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 4 * dimension, "theta");
    int d = dimension;
    double[] beta = new double[d];
    for (int i = 0; i < d; i++) {
      beta[i] = theta[i] * theta[d + i] - theta[2 * d + i] * theta[3 * d + i];
    }
    return beta;
  }

  @Override
  public double[] betaMagnitude(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 4 * dimension, "theta");
    int d = dimension;
    double[] magnitude = new double[d];
    for (int i = 0; i < d; i++) {
      magnitude[i] = Math.abs(theta[i] * theta[d + i]) + Math.abs(theta[2 * d + i] * theta[3 * d + i]);
    }
    return magnitude;
  }

  @Override
  public double[] featureCoefficients(double[] theta, int dimension) {
    RegressionData.requireLength(theta, 4 * dimension, "theta");
    int d = dimension;
    double[] c = new double[4 * d];
    for (int i = 0; i < d; i++) {
      c[i] = theta[d + i];
      c[d + i] = theta[i];
      c[2 * d + i] = -theta[3 * d + i];
      c[3 * d + i] = -theta[2 * d + i];
    }
    return c;
  }

  @Override
  public void addBetaHessian(double[] theta, double[] g, double[] hessian) {
    int d = g.length;
    int size = 4 * d;
    for (int i = 0; i < d; i++) {
      hessian[i * size + d + i] += g[i];
      hessian[(d + i) * size + i] += g[i];
      hessian[(2 * d + i) * size + 3 * d + i] -= g[i];
      hessian[(3 * d + i) * size + 2 * d + i] -= g[i];
    }
  }

  @Override
  public void addBetaHessianTimes(double[] theta, double[] g, double[] v, double[] out) {
    int d = g.length;
    for (int i = 0; i < d; i++) {
      out[i] += g[i] * v[d + i];
      out[d + i] += g[i] * v[i];
      out[2 * d + i] -= g[i] * v[3 * d + i];
      out[3 * d + i] -= g[i] * v[2 * d + i];
    }
  }

  @Override
  public BigRational[] beta(BigRational[] theta, int dimension) {
    int d = dimension;
    BigRational[] beta = new BigRational[d];
    for (int i = 0; i < d; i++) {
      beta[i] = theta[i].multiply(theta[d + i]).subtract(theta[2 * d + i].multiply(theta[3 * d + i]));
    }
    return beta;
  }

  @Override
  public BigRational[] featureCoefficients(BigRational[] theta, int dimension) {
    int d = dimension;
    BigRational[] c = new BigRational[4 * d];
    for (int i = 0; i < d; i++) {
      c[i] = theta[d + i];
      c[d + i] = theta[i];
      c[2 * d + i] = theta[3 * d + i].negate();
      c[3 * d + i] = theta[2 * d + i].negate();
    }
    return c;
  }

  @Override
  public void addBetaHessian(BigRational[] theta, BigRational[] g, BigRational[] hessian) {
    int d = g.length;
    int size = 4 * d;
    for (int i = 0; i < d; i++) {
      hessian[i * size + d + i] = hessian[i * size + d + i].add(g[i]);
      hessian[(d + i) * size + i] = hessian[(d + i) * size + i].add(g[i]);
      hessian[(2 * d + i) * size + 3 * d + i] = hessian[(2 * d + i) * size + 3 * d + i].subtract(g[i]);
      hessian[(3 * d + i) * size + 2 * d + i] = hessian[(3 * d + i) * size + 2 * d + i].subtract(g[i]);
    }
  }
}
