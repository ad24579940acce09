package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * The squared loss (1), its gradient (17) and its Hessian (18) in exact rational arithmetic, for a
 * diagonal network whose formulas are polynomials in {@code theta}: with rational data and
 * rational {@code theta} every value is an exact rational. Used to validate the double
 * {@link SquaredLoss} (rounding only) on small instances; the formulas mirror those of
 * {@link SquaredLoss} and are validated independently by finite differences in the tests.
 *
 * <p>Cost: O(N d^2) big-number operations for the Hessian; meant for {@code N, d <= 20}.
 *
 * <p>Spec: {@code NRSS:eq-1}, {@code NRSS:eq-17}, {@code NRSS:eq-18}.
 */
public final class ExactSquaredLoss {

  private final int samples;
  private final int dimension;
  private final BigRational[] features;
  private final BigRational[] labels;
  private final DiagonalNetworkModel model;

  /**
   * The loss of {@code model} on rational data: {@code features} is {@code N x d} row-major.
   */
  public ExactSquaredLoss(int samples, int dimension, BigRational[] features, BigRational[] labels,
      DiagonalNetworkModel model) {
    if (features.length != samples * dimension || labels.length != samples) {
      throw new IllegalArgumentException("features must be N x d and labels of length N");
    }
    this.samples = samples;
    this.dimension = dimension;
    this.features = features.clone();
    this.labels = labels.clone();
    this.model = model;
  }

  /** The exact rational values of a double data set (every finite double is a rational). */
  public static ExactSquaredLoss of(RegressionData data, DiagonalNetworkModel model) {
    return new ExactSquaredLoss(data.samples(), data.dimension(), exact(data.features()),
        exact(data.labels()), model);
  }

  /** Exact rational values of the entries of {@code values}. */
  public static BigRational[] exact(double[] values) {
    BigRational[] out = new BigRational[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = BigRational.valueOf(values[k]);
    }
    return out;
  }

  /** The residuals {@code r_n = f_theta(x_n) - y_n}. */
  public BigRational[] residuals(BigRational[] theta) {
    BigRational[] beta = model.beta(theta, dimension);
    BigRational[] r = new BigRational[samples];
    for (int n = 0; n < samples; n++) {
      BigRational sum = labels[n].negate();
      for (int i = 0; i < dimension; i++) {
        sum = sum.add(features[n * dimension + i].multiply(beta[i]));
      }
      r[n] = sum;
    }
    return r;
  }

  /** {@code L(theta) = (1/(2N)) sum_n r_n^2}. */
  public BigRational loss(BigRational[] theta) {
    BigRational sum = BigRational.ZERO;
    for (BigRational r : residuals(theta)) {
      sum = sum.add(r.multiply(r));
    }
    return sum.divide(BigRational.of(2L * samples));
  }

  /** The gradient (17). */
  public BigRational[] gradient(BigRational[] theta) {
    BigRational[] g = residualCorrelation(theta);
    BigRational[] c = model.featureCoefficients(theta, dimension);
    BigRational[] out = new BigRational[c.length];
    for (int k = 0; k < c.length; k++) {
      out[k] = c[k].multiply(g[k % dimension]);
    }
    return out;
  }

  /** The full Hessian (18), dense row-major {@code (B d) x (B d)}. */
  public BigRational[] hessian(BigRational[] theta) {
    BigRational[] c = model.featureCoefficients(theta, dimension);
    int size = c.length;
    BigRational n = BigRational.of(samples);
    BigRational[] moments = new BigRational[dimension * dimension];
    for (int i = 0; i < dimension; i++) {
      for (int j = 0; j < dimension; j++) {
        BigRational sum = BigRational.ZERO;
        for (int s = 0; s < samples; s++) {
          sum = sum.add(features[s * dimension + i].multiply(features[s * dimension + j]));
        }
        moments[i * dimension + j] = sum.divide(n);
      }
    }
    BigRational[] h = new BigRational[size * size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        h[a * size + b] = c[a].multiply(c[b])
            .multiply(moments[(a % dimension) * dimension + b % dimension]);
      }
    }
    model.addBetaHessian(theta, residualCorrelation(theta), h);
    return h;
  }

  private BigRational[] residualCorrelation(BigRational[] theta) {
    BigRational[] r = residuals(theta);
    BigRational n = BigRational.of(samples);
    BigRational[] g = new BigRational[dimension];
    for (int i = 0; i < dimension; i++) {
      BigRational sum = BigRational.ZERO;
      for (int s = 0; s < samples; s++) {
        sum = sum.add(features[s * dimension + i].multiply(r[s]));
      }
      g[i] = sum.divide(n);
    }
    return g;
  }
}
