package org.tacit.l1rate.model;

/**
 * A linear system {@code A x = y} (A: N x d, row-major doubles) together with a strictly positive
 * solution {@code xPositive}, which witnesses that the solution set meets the open orthant (so the
 * entropy Bregman projection onto {@code {x >= 0 : Ax = y}} is positive in every coordinate).
 *
 * @param a the matrix, N x d
 * @param y the right-hand side, length N
 * @param xPositive a solution with every coordinate positive
 */
public record PositiveSystem(double[][] a, double[] y, double[] xPositive) {

  /** The arrays' contents (for failure messages). */
  @Override
  public String toString() {
    return "PositiveSystem[A=" + java.util.Arrays.deepToString(a) + ", y="
        + java.util.Arrays.toString(y) + ", x=" + java.util.Arrays.toString(xPositive) + "]";
  }
}
