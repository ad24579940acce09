package org.tacit.flow;

/**
 * The MS loss of the quadratically reparameterized linear model: for {@code A} (N x d, row-major)
 * and {@code y}, {@code L(x) = ||A x - y||_2^2} (no factor 1/2) and
 * {@code L~(u) = L(u^2) = ||A u^2 - y||_2^2}, with gradient
 * {@code grad L~(u) = 4 u o A^T (A u^2 - y)}.
 *
 * <p>Immutable (the arrays are copied). Cost: O(N d) per evaluation.
 *
 * <p>Spec: {@code MS:def-I.1}.
 */
public final class QuadraticReparameterizedLoss {

  private final double[][] a;
  private final double[] y;
  private final int rows;
  private final int cols;

  /** The loss for {@code a} (N x d, N, d >= 1, rectangular) and {@code y} (length N). */
  public QuadraticReparameterizedLoss(double[][] a, double[] y) {
    if (a.length == 0 || a[0].length == 0 || y.length != a.length) {
      throw new IllegalArgumentException("need A non-empty N x d and y of length N");
    }
    this.rows = a.length;
    this.cols = a[0].length;
    this.a = new double[rows][];
    for (int i = 0; i < rows; i++) {
      if (a[i].length != cols) {
        throw new IllegalArgumentException("A is not rectangular at row " + i);
      }
      this.a[i] = a[i].clone();
    }
    this.y = y.clone();
  }

  /** N. */
  public int rows() {
    return rows;
  }

  /** d. */
  public int cols() {
    return cols;
  }

  /** The residual {@code A x - y}. */
  public double[] residual(double[] x) {
    double[] r = new double[rows];
    for (int i = 0; i < rows; i++) {
      double sum = -y[i];
      double[] row = a[i];
      for (int j = 0; j < cols; j++) {
        sum += row[j] * x[j];
      }
      r[i] = sum;
    }
    return r;
  }

  /** {@code A^T r}. */
  public double[] transposeTimes(double[] r) {
    double[] g = new double[cols];
    for (int i = 0; i < rows; i++) {
      double ri = r[i];
      double[] row = a[i];
      for (int j = 0; j < cols; j++) {
        g[j] += row[j] * ri;
      }
    }
    return g;
  }

  /** {@code L(x) = ||A x - y||^2}. */
  public double lossOfModel(double[] x) {
    double sum = 0;
    for (double r : residual(x)) {
      sum += r * r;
    }
    return sum;
  }

  /** {@code L~(u) = ||A u^2 - y||^2}. */
  public double loss(double[] u) {
    return lossOfModel(square(u));
  }

  /** {@code grad L~(u) = 4 u o A^T (A u^2 - y)}. */
  public double[] gradient(double[] u) {
    double[] g = transposeTimes(residual(square(u)));
    for (int j = 0; j < cols; j++) {
      g[j] *= 4 * u[j];
    }
    return g;
  }

  /** A copy of the matrix. */
  public double[][] matrix() {
    double[][] copy = new double[rows][];
    for (int i = 0; i < rows; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /** A copy of y. */
  public double[] target() {
    return y.clone();
  }

  static double[] square(double[] u) {
    double[] x = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      x[j] = u[j] * u[j];
    }
    return x;
  }
}
