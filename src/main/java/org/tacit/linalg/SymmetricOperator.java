package org.tacit.linalg;

/**
 * A symmetric linear operator on {@code R^n} given by its action (for matrix-free eigensolvers).
 *
 * <p>Contract: {@link #apply} writes {@code A v} into {@code out} (overwriting it), does not modify
 * {@code v}, and {@code A} is symmetric.
 */
public interface SymmetricOperator {

  /** The dimension {@code n}. */
  int dimension();

  /** {@code out = A v}; both arrays have length {@link #dimension()} and are distinct. */
  void apply(double[] v, double[] out);

  /** A dense symmetric row-major {@code n x n} matrix as an operator. O(n^2) per product. */
  static SymmetricOperator dense(double[] matrix, int n) {
    if (matrix.length != n * n) {
      throw new IllegalArgumentException("matrix must be " + n + " x " + n);
    }
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public void apply(double[] v, double[] out) {
        for (int a = 0; a < n; a++) {
          double sum = 0;
          for (int b = 0; b < n; b++) {
            sum += matrix[a * n + b] * v[b];
          }
          out[a] = sum;
        }
      }
    };
  }
}
