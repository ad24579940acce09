package org.tacit.grokking.model;

/**
 * {@code h(a) = ||a||_1} with the subgradient {@code H(a) = sign(a)}, {@code sign(0) = 0} (the
 * paper's footnote 5: "for the experiments we used H(a) = sign(a)"; any value in {@code [-1, 1]}
 * at a zero coordinate is a subgradient, 0 is the one used). O(p) per call; exact in floating
 * point (the value is a sum of absolute values, rounded as any sum).
 *
 * <p>Spec: {@code TDR:thm-3.1} (the regularizer of sparse recovery), {@code TDR:lem-C.31}.
 */
public record L1Norm(int dimension) implements Regularizer {

  /** Checks {@code dimension >= 1}. */
  public L1Norm {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
    }
  }

  @Override
  public double value(double[] a) {
    double sum = 0;
    for (double ai : a) {
      sum += Math.abs(ai);
    }
    return sum;
  }

  @Override
  public void subgradient(double[] a, double[] out) {
    for (int i = 0; i < a.length; i++) {
      out[i] = Math.signum(a[i]);
    }
  }

  @Override
  public String name() {
    return "l1";
  }
}
