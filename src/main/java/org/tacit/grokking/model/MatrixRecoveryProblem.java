package org.tacit.grokking.model;

/**
 * A matrix sensing or completion problem of Section 3.2: {@code A*} ({@code rows x columns},
 * stored row-major), a design {@code X} ({@code samples x n}, {@code n = rows columns}, stored
 * row-major) acting on the column-major {@code vec(A)} as in the paper, and noise {@code xi}; the
 * targets are {@code y* = X vec(A*) + xi}. {@link #loss} is the same loss as a
 * {@link LeastSquaresLoss} over the row-major parameter of {@link NuclearNorm}, through
 * {@link MatrixVec#designOnRowMajor} (column {@code n2 i + j} of {@code X_row} is column
 * {@code i + n1 j} of {@code X}).
 *
 * <p>Contract: immutable, arrays copied. O(N n) to build the loss.
 *
 * <p>Spec: {@code TDR:thm-3.4}, {@code TDR:thm-C.40}, {@code TDR:fig-5}, {@code TDR:fig-6}.
 *
 * @param rows n1
 * @param columns n2
 * @param samples N
 * @param designOnVec X acting on vec(A), row-major {@code samples x rows columns}
 * @param groundTruth A*, row-major
 * @param noise xi, length N
 */
public record MatrixRecoveryProblem(int rows, int columns, int samples, double[] designOnVec,
    double[] groundTruth, double[] noise) {

  /** Checks the shapes and copies the arrays. */
  public MatrixRecoveryProblem {
    int n = rows * columns;
    if (rows < 1 || columns < 1 || samples < 1 || designOnVec.length != samples * n
        || groundTruth.length != n || noise.length != samples) {
      throw new IllegalArgumentException("shapes do not match a " + rows + " x " + columns
          + " problem with " + samples + " samples");
    }
    designOnVec = designOnVec.clone();
    groundTruth = groundTruth.clone();
    noise = noise.clone();
  }

  /** {@code n = n1 n2}. */
  public int dimension() {
    return rows * columns;
  }

  @Override
  public double[] designOnVec() {
    return designOnVec.clone();
  }

  @Override
  public double[] groundTruth() {
    return groundTruth.clone();
  }

  @Override
  public double[] noise() {
    return noise.clone();
  }

  /** {@code X_row}, the design acting on the row-major parameter. */
  public double[] designOnRowMajor() {
    return MatrixVec.designOnRowMajor(designOnVec, samples, rows, columns);
  }

  /** {@code X vec(A*)}, the clean targets. */
  public double[] cleanTargets() {
    double[] a = MatrixVec.vecFromRowMajor(groundTruth, rows, columns);
    int n = dimension();
    double[] y = new double[samples];
    for (int i = 0; i < samples; i++) {
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += designOnVec[i * n + k] * a[k];
      }
      y[i] = sum;
    }
    return y;
  }

  /** {@code y* = X vec(A*) + xi}. */
  public double[] targets() {
    double[] y = cleanTargets();
    for (int i = 0; i < samples; i++) {
      y[i] += noise[i];
    }
    return y;
  }

  /** {@code g(A) = ||X vec(A) - y*||^2 / 2} over the row-major parameter. */
  public LeastSquaresLoss loss() {
    return new LeastSquaresLoss(designOnRowMajor(), samples, dimension(), targets());
  }

  /** {@code h = ||.||_*} over the row-major parameter. */
  public NuclearNorm nuclearNorm() {
    return new NuclearNorm(rows, columns);
  }
}
