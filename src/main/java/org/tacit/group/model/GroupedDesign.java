package org.tacit.group.model;

import org.tacit.linalg.Svd;
import org.tacit.linalg.SymmetricEigen;

/**
 * A regression instance of LNHW Section 2 in double precision: the {@code n x p} design
 * {@code X} (row-major, flat), the responses {@code y} and the group partition of the columns.
 * Provides the normalised Gram matrix {@code Sigma = X^T X / n}, the correlations
 * {@code X^T y / n}, and the constants of Assumption 1: {@code delta_in(X) = max_l
 * ||Sigma_ll - I||_2} and {@code delta_out(X) = max_{l != l'} ||Sigma_ll'||_2}.
 *
 * <p>Contract: {@code x.length = n p}, {@code y.length = n}, entries finite; the arrays are
 * copied. Gram O(n p^2); the deltas O(sum of block eigen/SVD costs), at most O(p^3).
 *
 * <p>Spec: {@code LNHW:rem-2.1}, {@code LNHW:asm-1}, {@code LNHW:eq-1}, {@code LNHW:eq-2}.
 */
public final class GroupedDesign {

  private final int n;
  private final GroupPartition groups;
  private final double[] x;
  private final double[] y;

  /** The instance {@code (X, y)} with column groups {@code groups}. */
  public GroupedDesign(int n, GroupPartition groups, double[] x, double[] y) {
    int p = groups.dimension();
    if (n < 1 || x.length != (long) n * p || y.length != n) {
      throw new IllegalArgumentException("X must be n x p = " + n + " x " + p
          + " and y of length n; got " + x.length + " and " + y.length + " entries");
    }
    for (double value : x) {
      requireFinite(value);
    }
    for (double value : y) {
      requireFinite(value);
    }
    this.n = n;
    this.groups = groups;
    this.x = x.clone();
    this.y = y.clone();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("X and y must be finite, got " + value);
    }
  }

  /** The number of samples {@code n}. */
  public int samples() {
    return n;
  }

  /** The number of coordinates {@code p}. */
  public int dimension() {
    return groups.dimension();
  }

  /** The column partition. */
  public GroupPartition groups() {
    return groups;
  }

  /** Entry {@code X[row][column]}. */
  public double x(int row, int column) {
    return x[row * groups.dimension() + column];
  }

  /** A copy of {@code X}, row-major. */
  public double[] design() {
    return x.clone();
  }

  /** A copy of {@code y}. */
  public double[] responses() {
    return y.clone();
  }

  /** The design with responses {@code y} replaced (same X, same groups). */
  public GroupedDesign withResponses(double[] responses) {
    return new GroupedDesign(n, groups, x, responses);
  }

  /** {@code X w}, O(n p). */
  public double[] times(double[] w) {
    int p = groups.dimension();
    double[] out = new double[n];
    for (int row = 0; row < n; row++) {
      double sum = 0;
      int offset = row * p;
      for (int j = 0; j < p; j++) {
        sum += x[offset + j] * w[j];
      }
      out[row] = sum;
    }
    return out;
  }

  /** {@code X^T r / n}, O(n p). */
  public double[] correlations(double[] r) {
    int p = groups.dimension();
    double[] out = new double[p];
    for (int row = 0; row < n; row++) {
      double weight = r[row];
      int offset = row * p;
      for (int j = 0; j < p; j++) {
        out[j] += x[offset + j] * weight;
      }
    }
    for (int j = 0; j < p; j++) {
      out[j] /= n;
    }
    return out;
  }

  /** The residual {@code r = y - X w}. */
  public double[] residual(double[] w) {
    double[] fit = times(w);
    double[] r = new double[n];
    for (int row = 0; row < n; row++) {
      r[row] = y[row] - fit[row];
    }
    return r;
  }

  /** {@code Sigma = X^T X / n}, p x p row-major, O(n p^2). */
  public double[] gram() {
    int p = groups.dimension();
    double[] sigma = new double[p * p];
    for (int row = 0; row < n; row++) {
      int offset = row * p;
      for (int i = 0; i < p; i++) {
        double xi = x[offset + i];
        if (xi == 0) {
          continue;
        }
        for (int j = i; j < p; j++) {
          sigma[i * p + j] += xi * x[offset + j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        sigma[i * p + j] /= n;
        sigma[j * p + i] = sigma[i * p + j];
      }
    }
    return sigma;
  }

  /**
   * {@code delta_in(X) = max_l ||Sigma_ll - I||_2} (eq. (1)): the largest absolute eigenvalue of
   * the shifted diagonal blocks, by the symmetric eigensolver (backward stable, error about
   * {@code p_l eps ||Sigma_ll||}).
   */
  public double deltaIn() {
    return deltaIn(gram(), groups);
  }

  /**
   * {@code delta_out(X) = max_{l != l'} ||Sigma_ll'||_2} (eq. (2)): the largest singular value of
   * the off-diagonal blocks (one-sided Jacobi SVD); 0 when there is one group.
   */
  public double deltaOut() {
    return deltaOut(gram(), groups);
  }

  /** {@code delta_in} of a given Gram matrix {@code sigma} (p x p row-major). */
  public static double deltaIn(double[] sigma, GroupPartition groups) {
    int p = groups.dimension();
    double delta = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      int size = groups.size(l);
      double[] block = new double[size * size];
      for (int a = 0; a < size; a++) {
        for (int b = 0; b < size; b++) {
          block[a * size + b] = sigma[groups.member(l, a) * p + groups.member(l, b)]
              - (a == b ? 1.0 : 0.0);
        }
      }
      for (double eigenvalue : SymmetricEigen.eigenvalues(block, size)) {
        delta = Math.max(delta, Math.abs(eigenvalue));
      }
    }
    return delta;
  }

  /** {@code delta_out} of a given Gram matrix {@code sigma} (p x p row-major). */
  public static double deltaOut(double[] sigma, GroupPartition groups) {
    int p = groups.dimension();
    double delta = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      for (int m = l + 1; m < groups.groupCount(); m++) {
        int rows = groups.size(l);
        int cols = groups.size(m);
        double[] block = new double[rows * cols];
        for (int a = 0; a < rows; a++) {
          for (int b = 0; b < cols; b++) {
            block[a * cols + b] = sigma[groups.member(l, a) * p + groups.member(m, b)];
          }
        }
        double[] singular = Svd.decompose(block, rows, cols).singularValues();
        for (double s : singular) {
          delta = Math.max(delta, s);
        }
      }
    }
    return delta;
  }
}
