package org.tacit.grokking.model;

/**
 * Weight decay {@code h(a) = ||a||_2^2 / 2}, differentiable with {@code H(a) = a}. O(p) per call.
 *
 * <p>Spec: {@code TDR:thm-3.6} (weight decay alone), {@code TDR:thm-C.51}.
 */
public record HalfSquaredL2Norm(int dimension) implements Regularizer {

  /** Checks {@code dimension >= 1}. */
  public HalfSquaredL2Norm {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
    }
  }

  @Override
  public double value(double[] a) {
    double sum = 0;
    for (double ai : a) {
      sum += ai * ai;
    }
    return sum / 2;
  }

  @Override
  public void subgradient(double[] a, double[] out) {
    System.arraycopy(a, 0, out, 0, a.length);
  }

  @Override
  public String name() {
    return "l2";
  }
}
