package org.tacit.grokking.model;

import java.util.Arrays;

/**
 * An instance of Lemma C.45 (and of its Wedin step, Lemma C.44): two {@code n1 x n2} matrices
 * {@code A} and {@code A*}, row-major, in double precision.
 *
 * <p>Spec: {@code TDR:lem-C.45}, {@code TDR:lem-C.44}.
 *
 * @param rows n1
 * @param columns n2
 * @param matrix A (copied)
 * @param target A* (copied)
 */
public record PolarPerturbationInstance(int rows, int columns, double[] matrix, double[] target) {

  /** Copies the arrays and checks their lengths. */
  public PolarPerturbationInstance {
    if (rows < 1 || columns < 1 || matrix.length != rows * columns
        || target.length != rows * columns) {
      throw new IllegalArgumentException("A and A* must be " + rows + " x " + columns);
    }
    matrix = matrix.clone();
    target = target.clone();
  }

  /** {@code A - A*} (a new array). */
  public double[] difference() {
    double[] d = new double[matrix.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = matrix[i] - target[i];
    }
    return d;
  }

  @Override
  public String toString() {
    return rows + "x" + columns + ", A=" + Arrays.toString(matrix) + ", A*="
        + Arrays.toString(target);
  }
}
