package org.tacit.grokking.neural;

/**
 * The layer functions of a small reverse-mode differentiation on flat row-major {@code double[]}
 * tensors: each forward function has a backward function that takes the gradient of a scalar loss
 * with respect to the layer's output and returns (writes or accumulates) the gradients with
 * respect to its inputs and parameters. A network is a fixed composition of these functions (see
 * {@link ModularAdditionMlp}); its backward pass calls the backward functions in reverse order.
 *
 * <p>Conventions: a batch of {@code B} vectors of width {@code n} is a {@code B x n} row-major
 * array; a weight matrix {@code W in R^{out x in}} is {@code out x in} row-major, as in the paper
 * ({@code z = W u + b} per example, i.e. {@code Z = U W^T + 1 b^T} for the batch). Functions
 * named {@code ...Backward} that take gradient arrays for parameters ACCUMULATE into them (+=), so
 * a parameter used twice (the embedding table) receives the sum of both uses; gradients for the
 * layer's input are OVERWRITTEN. All loops are in a fixed order, so every result is a
 * deterministic function of the arguments.
 *
 * <p>Cost: {@link #dense} and its backward {@code O(B in out)}; the others {@code O(size)}.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp} (the operations of the MLP of Section 2.1 / H.3.1).
 */
public final class Layers {

  private Layers() {}

  /**
   * Embedding gather: row {@code b} of {@code out} ({@code B x width}) is row {@code index[b]} of
   * {@code table} ({@code rows x width}). Requires {@code 0 <= index[b] < rows}.
   */
  public static void gather(double[] table, int width, int[] index, double[] out) {
    for (int b = 0; b < index.length; b++) {
      System.arraycopy(table, index[b] * width, out, b * width, width);
    }
  }

  /**
   * Backward of {@link #gather}: scatter-add of row {@code b} of {@code gradOut} into row
   * {@code index[b]} of {@code gradTable} (accumulates; repeated indices add up).
   */
  public static void gatherBackward(double[] gradOut, int width, int[] index,
      double[] gradTable) {
    for (int b = 0; b < index.length; b++) {
      int row = index[b] * width;
      int src = b * width;
      for (int j = 0; j < width; j++) {
        gradTable[row + j] += gradOut[src + j];
      }
    }
  }

  /**
   * Dense layer {@code y_b = W x_b + bias} for each of the {@code batch} rows of {@code x}
   * ({@code batch x in}); {@code w} is {@code out x in}, {@code bias} has length {@code out},
   * {@code y} is {@code batch x out} (overwritten). Each entry is one inner product of length
   * {@code in} summed left to right, then the bias added.
   */
  public static void dense(double[] x, int batch, int in, double[] w, double[] bias, int out,
      double[] y) {
    for (int b = 0; b < batch; b++) {
      int xRow = b * in;
      int yRow = b * out;
      for (int o = 0; o < out; o++) {
        int wRow = o * in;
        double sum = 0;
        for (int i = 0; i < in; i++) {
          sum += w[wRow + i] * x[xRow + i];
        }
        y[yRow + o] = sum + bias[o];
      }
    }
  }

  /**
   * Backward of {@link #dense}: given {@code gradY = dL/dy} ({@code batch x out}), accumulates
   * {@code gradW += gradY^T x} ({@code out x in}) and {@code gradBias += sum_b gradY_b}, and
   * overwrites {@code gradX = gradY W} ({@code batch x in}).
   */
  public static void denseBackward(double[] x, int batch, int in, double[] w, int out,
      double[] gradY, double[] gradX, double[] gradW, double[] gradBias) {
    for (int b = 0; b < batch; b++) {
      int xRow = b * in;
      int yRow = b * out;
      for (int i = 0; i < in; i++) {
        gradX[xRow + i] = 0;
      }
      for (int o = 0; o < out; o++) {
        double g = gradY[yRow + o];
        if (g == 0) {
          continue;
        }
        gradBias[o] += g;
        int wRow = o * in;
        for (int i = 0; i < in; i++) {
          gradW[wRow + i] += g * x[xRow + i];
          gradX[xRow + i] += g * w[wRow + i];
        }
      }
    }
  }

  /** {@code h = max(z, 0)} entrywise (overwrites {@code h}). */
  public static void relu(double[] z, double[] h) {
    for (int k = 0; k < z.length; k++) {
      h[k] = z[k] > 0 ? z[k] : 0;
    }
  }

  /**
   * Backward of {@link #relu}: {@code gradZ = gradH * 1[z > 0]} (overwrites). At {@code z = 0}
   * the derivative 0 is taken (an element of the Clarke subdifferential {@code [0, 1]}, as
   * PyTorch does).
   */
  public static void reluBackward(double[] z, double[] gradH, double[] gradZ) {
    for (int k = 0; k < z.length; k++) {
      gradZ[k] = z[k] > 0 ? gradH[k] : 0;
    }
  }

  /** Hadamard product {@code out = a o b} entrywise (overwrites). */
  public static void hadamard(double[] a, double[] b, double[] out) {
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k] * b[k];
    }
  }

  /**
   * Backward of {@link #hadamard}: {@code gradA = gradOut o b}, {@code gradB = gradOut o a}
   * (overwrites both).
   */
  public static void hadamardBackward(double[] a, double[] b, double[] gradOut, double[] gradA,
      double[] gradB) {
    for (int k = 0; k < a.length; k++) {
      gradA[k] = gradOut[k] * b[k];
      gradB[k] = gradOut[k] * a[k];
    }
  }

  /**
   * The mean softmax cross-entropy {@code (1/B) sum_b (logsumexp(logits_b) - logits_b[label_b])}
   * of {@code batch} rows of {@code classes} logits (PyTorch's {@code CrossEntropyLoss}, reduction
   * mean), with its gradient {@code gradLogits = (softmax(logits_b) - onehot(label_b)) / B}
   * (overwrites). The log-sum-exp is shifted by the row maximum {@code m}:
   * {@code logsumexp(l) = m + log sum_k exp(l_k - m)}, so no exponential overflows and the sum is
   * at least 1.
   *
   * @return the mean loss
   */
  public static double softmaxCrossEntropy(double[] logits, int batch, int classes, int[] labels,
      double[] gradLogits) {
    double total = 0;
    double inverseBatch = 1.0 / batch;
    for (int b = 0; b < batch; b++) {
      int row = b * classes;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        max = Math.max(max, logits[row + k]);
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        double e = Math.exp(logits[row + k] - max);
        gradLogits[row + k] = e;
        sum += e;
      }
      total += max + Math.log(sum) - logits[row + labels[b]];
      for (int k = 0; k < classes; k++) {
        gradLogits[row + k] = gradLogits[row + k] / sum * inverseBatch;
      }
      gradLogits[row + labels[b]] -= inverseBatch;
    }
    return total * inverseBatch;
  }

  /**
   * The square loss {@code (1/(2B)) sum_b ||y_b - t_b||^2} of {@code batch} rows (the loss of
   * Section H.3.2), with its gradient {@code gradY = (y - t) / B} (overwrites). {@code y} and
   * {@code targets} have the same length {@code batch x width}.
   *
   * @return the loss
   */
  public static double squareLoss(double[] y, double[] targets, int batch, double[] gradY) {
    double sum = 0;
    double inverseBatch = 1.0 / batch;
    for (int k = 0; k < y.length; k++) {
      double e = y[k] - targets[k];
      sum += e * e;
      gradY[k] = e * inverseBatch;
    }
    return sum * inverseBatch / 2;
  }

  /** The index of the largest entry of row {@code b} (the first one on ties). */
  public static int argmax(double[] logits, int b, int classes) {
    int row = b * classes;
    int best = 0;
    for (int k = 1; k < classes; k++) {
      if (logits[row + k] > logits[row + best]) {
        best = k;
      }
    }
    return best;
  }
}
