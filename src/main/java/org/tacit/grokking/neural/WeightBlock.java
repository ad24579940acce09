package org.tacit.grokking.neural;

/**
 * A weight matrix inside a flat parameter vector: entries {@code offset .. offset + rows columns -
 * 1}, row-major {@code rows x columns}.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp} (the matrices {@code E}, {@code W1}, {@code W2}).
 *
 * @param name the paper's name, e.g. {@code W1}
 * @param offset the index of entry (0, 0)
 * @param rows the number of rows
 * @param columns the number of columns
 */
public record WeightBlock(String name, int offset, int rows, int columns) {

  /** Checks {@code offset >= 0} and {@code rows, columns >= 1}. */
  public WeightBlock {
    if (offset < 0 || rows < 1 || columns < 1) {
      throw new IllegalArgumentException("bad block " + name + ": offset " + offset + ", shape "
          + rows + " x " + columns);
    }
  }

  /** {@code rows columns}. */
  public int size() {
    return rows * columns;
  }

  /** A copy of the block's entries (row-major). */
  public double[] copyFrom(double[] theta) {
    double[] block = new double[size()];
    System.arraycopy(theta, offset, block, 0, block.length);
    return block;
  }
}
