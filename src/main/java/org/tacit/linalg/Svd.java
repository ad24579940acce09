package org.tacit.linalg;

import java.util.Arrays;

/**
 * Thin singular value decomposition {@code A = U diag(s) V^T} of a dense real {@code m x n} matrix
 * stored row-major in a flat {@code double[]}, by one-sided Jacobi (Hestenes 1958; Demmel and
 * Veselic, SIAM J. Matrix Anal. Appl. 13, 1992): {@code k = min(m, n)}, {@code s} descending and
 * non-negative, {@code U} ({@code m x k}) and {@code V} ({@code n x k}) with orthonormal columns.
 *
 * <p>Algorithm: the matrix (transposed when {@code m < n}) is scaled by a power of two, exactly,
 * so that its largest entry lies in {@code [1, 2)}; its {@code k} columns {@code w_j} of length
 * {@code L = max(m, n)} are then rotated in pairs, in cyclic order, by the plane rotation that
 * makes the pair orthogonal, the rotations being accumulated in a {@code k x k} orthogonal matrix.
 * Convergence criterion: a whole sweep in which every pair already satisfies
 * {@code |w_p . w_q| <= L * LinalgTolerances.SVD_ORTHOGONALITY * ||w_p|| ||w_q||} (columns shorter
 * than {@link LinalgTolerances#SVD_NEGLIGIBLE_COLUMN} count as zero and are skipped). Then the
 * singular values are the column norms, the normalized columns are the singular vectors on the
 * long side, and the accumulated rotations those on the short side; the singular vectors of zero
 * singular values are completed to an orthonormal set by Gram-Schmidt (twice) on unit vectors.
 * Convergence is quadratic near the end: typically 5-15 sweeps for full rank up to 100 x 100,
 * a few more when rank-deficient (the rounding-level columns are orthogonalized too); at most
 * {@link #MAX_SWEEPS}.
 *
 * <p>Accuracy: every rotation is orthogonal up to rounding, so the result is backward stable,
 * {@code ||A - U diag(s) V^T||_F = O(sweeps * k * u) ||A||_F} ({@code u} the unit roundoff);
 * the columns of the long-side factor are orthonormal to about {@code L eps}, those of the
 * accumulated rotations to {@code O(sweeps * k * u)}.
 *
 * <p>Cost: {@code k (k - 1) / 2} pair steps per sweep, each O(L + k): O(m n min(m, n)) time per
 * sweep; O(m n + k^2) memory. The input array is not modified.
 *
 * <p>Spec: no paper item (shared kernel: rank and nuclear-norm subgradient for later papers).
 */
public final class Svd {

  /** Upper bound on the number of sweeps; reaching it is an {@link ArithmeticException}. */
  public static final int MAX_SWEEPS = 60;

  /**
   * A thin SVD {@code A = U diag(s) V^T} of an {@code m x n} matrix, {@code k = min(m, n)}.
   *
   * <p>Contract (established by {@link Svd#decompose}): {@code s} is descending and non-negative;
   * the columns of {@code U} and {@code V} are orthonormal (to the accuracy stated on {@link Svd}).
   * The arrays are not copied: the caller owns them.
   *
   * @param rows m
   * @param columns n
   * @param singularValues {@code s}, length k, descending
   * @param u {@code U}, {@code m x k} row-major
   * @param v {@code V}, {@code n x k} row-major
   * @param sweeps the number of Jacobi sweeps taken (the last one without rotation)
   */
  public record Decomposition(int rows, int columns, double[] singularValues, double[] u,
      double[] v, int sweeps) {

    /**
     * Checks the shapes.
     *
     * @throws IllegalArgumentException if an array length does not match {@code rows, columns}
     */
    public Decomposition {
      int k = Math.min(rows, columns);
      if (rows < 1 || columns < 1 || singularValues.length != k || u.length != rows * k
          || v.length != columns * k) {
        throw new IllegalArgumentException("shapes do not match a thin SVD of a " + rows + " x "
            + columns + " matrix");
      }
    }

    /** {@code k = min(m, n)}, the number of singular values. */
    public int size() {
      return singularValues.length;
    }

    /**
     * The rank threshold {@code max(m, n) * LinalgTolerances.SVD_RANK * s_1} (see there why).
     */
    public double rankThreshold() {
      return Math.max(rows, columns) * LinalgTolerances.SVD_RANK * singularValues[0];
    }

    /** The numerical rank: the number of singular values above {@link #rankThreshold()}. O(k). */
    public int rank() {
      double threshold = rankThreshold();
      int rank = 0;
      while (rank < singularValues.length && singularValues[rank] > threshold) {
        rank++;
      }
      return rank;
    }

    /**
     * The polar factor {@code P = U_r V_r^T} of the compact SVD restricted to the numerical rank
     * {@code r = rank()} ({@code m x n} row-major): a partial isometry with {@code P^T P} the
     * orthogonal projector onto the (numerical) row space of A and
     * {@code <P, A> = s_1 + ... + s_r}, i.e. a subgradient of the nuclear norm at A. The zero
     * matrix when {@code r = 0}. O(m n r).
     */
    public double[] polarFactor() {
      int r = rank();
      int k = size();
      double[] p = new double[rows * columns];
      for (int a = 0; a < rows; a++) {
        for (int b = 0; b < columns; b++) {
          double sum = 0;
          for (int j = 0; j < r; j++) {
            sum += u[a * k + j] * v[b * k + j];
          }
          p[a * columns + b] = sum;
        }
      }
      return p;
    }
  }

  private Svd() {}

  /**
   * The thin SVD of the row-major {@code rows x columns} matrix {@code a}.
   *
   * @throws IllegalArgumentException unless {@code rows, columns >= 1},
   *     {@code a.length == rows * columns} and every entry is finite
   * @throws ArithmeticException if the Jacobi sweeps do not converge within {@link #MAX_SWEEPS}
   *     (not observed; the method converges quadratically)
   */
  public static Decomposition decompose(double[] a, int rows, int columns) {
    if (rows < 1 || columns < 1 || a.length != rows * columns) {
      throw new IllegalArgumentException("need a rows x columns array with rows, columns >= 1");
    }
    for (double x : a) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("matrix entries must be finite");
      }
    }
    boolean tall = rows >= columns;
    int length = Math.max(rows, columns);
    int k = Math.min(rows, columns);
    double max = Vectors.maxAbs(a);
    int exponent = max == 0 ? 0 : Math.getExponent(max);
    double[] w = new double[k * length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        double x = Math.scalb(a[i * columns + j], -exponent);
        if (tall) {
          w[j * length + i] = x;
        } else {
          w[i * length + j] = x;
        }
      }
    }
    double[] rotations = new double[k * k];
    for (int j = 0; j < k; j++) {
      rotations[j * k + j] = 1;
    }
    int sweeps = orthogonalize(w, length, k, rotations);
    double negligible =
        LinalgTolerances.SVD_NEGLIGIBLE_COLUMN * LinalgTolerances.SVD_NEGLIGIBLE_COLUMN;
    double[] norms = new double[k];
    for (int j = 0; j < k; j++) {
      double squares = dot(w, j * length, j * length, length);
      if (squares >= negligible) {
        norms[j] = Math.sqrt(squares);
      }
    }
    int[] order = descending(norms);
    double[] longSide = new double[k * length];
    double[] shortSide = new double[k * k];
    double[] s = new double[k];
    for (int j = 0; j < k; j++) {
      int from = order[j];
      s[j] = Math.scalb(norms[from], exponent);
      if (norms[from] > 0) {
        for (int i = 0; i < length; i++) {
          longSide[j * length + i] = w[from * length + i] / norms[from];
        }
      }
      System.arraycopy(rotations, from * k, shortSide, j * k, k);
    }
    completeOrthonormal(longSide, length, k, s);
    double[] u = transpose(tall ? longSide : shortSide, rows, k);
    double[] v = transpose(tall ? shortSide : longSide, columns, k);
    return new Decomposition(rows, columns, s, u, v, sweeps);
  }

  /**
   * Cyclic one-sided Jacobi sweeps on the {@code k} columns (each contiguous, of length
   * {@code length}) of {@code w}, accumulating the rotations in the columns of {@code rotations};
   * returns the number of sweeps, the last of which rotated nothing.
   */
  private static int orthogonalize(double[] w, int length, int k, double[] rotations) {
    double cosine = length * LinalgTolerances.SVD_ORTHOGONALITY;
    double negligible =
        LinalgTolerances.SVD_NEGLIGIBLE_COLUMN * LinalgTolerances.SVD_NEGLIGIBLE_COLUMN;
    for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          int op = p * length;
          int oq = q * length;
          double alpha = dot(w, op, op, length);
          double beta = dot(w, oq, oq, length);
          double gamma = dot(w, op, oq, length);
          if (alpha < negligible || beta < negligible
              || Math.abs(gamma) <= cosine * Math.sqrt(alpha) * Math.sqrt(beta)) {
            continue;
          }
          double zeta = (beta - alpha) / (2 * gamma);
          double t = JacobiRotation.tangent(zeta);
          double c = 1 / Math.sqrt(t * t + 1);
          double sine = t * c;
          rotate(w, op, oq, length, c, sine);
          rotate(rotations, p * k, q * k, k, c, sine);
          rotated = true;
        }
      }
      if (!rotated) {
        return sweep;
      }
    }
    throw new ArithmeticException("one-sided Jacobi did not converge in " + MAX_SWEEPS
        + " sweeps");
  }

  /** {@code (x, y) <- (c x - s y, s x + c y)} for the segments at {@code ox} and {@code oy}. */
  private static void rotate(double[] m, int ox, int oy, int length, double c, double s) {
    for (int i = 0; i < length; i++) {
      double x = m[ox + i];
      double y = m[oy + i];
      m[ox + i] = c * x - s * y;
      m[oy + i] = s * x + c * y;
    }
  }

  /** The dot product of the segments of length {@code length} at {@code ox} and {@code oy}. */
  private static double dot(double[] m, int ox, int oy, int length) {
    double sum = 0;
    for (int i = 0; i < length; i++) {
      sum += m[ox + i] * m[oy + i];
    }
    return sum;
  }

  /** Indices of {@code values} sorted by decreasing value, ties by increasing index. */
  private static int[] descending(double[] values) {
    int[] order = new int[values.length];
    for (int j = 0; j < order.length; j++) {
      int i = j;
      while (i > 0 && values[order[i - 1]] < values[j]) {
        order[i] = order[i - 1];
        i--;
      }
      order[i] = j;
    }
    return order;
  }

  /**
   * Replaces each column {@code j} of {@code columns} ({@code k} contiguous columns of length
   * {@code length}) whose singular value {@code s[j]} is 0 (these come last) by a unit vector
   * orthogonal to columns {@code 0..j-1}: the first unit vector {@code e_i} whose residual after
   * two Gram-Schmidt passes has squared norm at least half the average
   * {@code (length - j) / length} over all {@code i} (one exists: the residuals' squared norms sum
   * to {@code length - j}), normalized; failing that (by rounding), the best residual seen.
   */
  private static void completeOrthonormal(double[] columns, int length, int k, double[] s) {
    double[] candidate = new double[length];
    for (int j = 0; j < k; j++) {
      if (s[j] != 0) {
        continue;
      }
      double enough = 0.5 * (length - j) / length;
      double best = -1;
      for (int i = 0; i < length && best < enough; i++) {
        Arrays.fill(candidate, 0.0);
        candidate[i] = 1;
        for (int pass = 0; pass < 2; pass++) {
          for (int previous = 0; previous < j; previous++) {
            double projection = dotWith(columns, previous * length, candidate, length);
            for (int r = 0; r < length; r++) {
              candidate[r] -= projection * columns[previous * length + r];
            }
          }
        }
        double squares = Vectors.dot(candidate, candidate);
        if (squares > best) {
          best = squares;
          double norm = Math.sqrt(squares);
          for (int r = 0; r < length; r++) {
            columns[j * length + r] = candidate[r] / norm;
          }
        }
      }
    }
  }

  /** The dot product of the segment at {@code offset} of {@code m} with {@code x}. */
  private static double dotWith(double[] m, int offset, double[] x, int length) {
    double sum = 0;
    for (int i = 0; i < length; i++) {
      sum += m[offset + i] * x[i];
    }
    return sum;
  }

  /** The row-major {@code rows x k} matrix whose column j is segment j of {@code columns}. */
  private static double[] transpose(double[] columns, int rows, int k) {
    double[] out = new double[rows * k];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < k; j++) {
        out[i * k + j] = columns[j * rows + i];
      }
    }
    return out;
  }
}
