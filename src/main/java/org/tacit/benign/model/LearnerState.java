package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * The parameters {@code (w, u, v)} of the learner (1), each in {@code R^d}, exactly.
 *
 * <p>Contract: the three arrays have the same length {@code d}; they are not copied (callers must
 * not modify them after construction).
 *
 * <p>Spec: {@code ZG:eq-1}.
 *
 * @param w the parameter squared with sign {@code +lambda}
 * @param u the parameter squared with sign {@code -lambda}
 * @param v the linear parameter
 */
public record LearnerState(BigRational[] w, BigRational[] u, BigRational[] v) {

  /** Checks that the three vectors have the same length. */
  public LearnerState {
    if (w.length != u.length || w.length != v.length) {
      throw new IllegalArgumentException("w, u, v of different lengths");
    }
  }

  /** The paper's initialization {@code w = u = alpha 1}, {@code v = 0} in {@code R^d}. */
  public static LearnerState initial(int d, BigRational alpha) {
    return new LearnerState(LearnerVectors.constant(d, alpha), LearnerVectors.constant(d, alpha),
        LearnerVectors.constant(d, BigRational.ZERO));
  }

  /** The dimension {@code d}. */
  public int dimension() {
    return v.length;
  }

  /**
   * {@code beta = v + lambda (w o w - u o u)} (the linear model of (1)), O(d).
   */
  public BigRational[] beta(BigRational lambda) {
    BigRational[] beta = new BigRational[v.length];
    for (int k = 0; k < v.length; k++) {
      beta[k] = v[k].add(lambda.multiply(w[k].multiply(w[k]).subtract(u[k].multiply(u[k]))));
    }
    return beta;
  }

  /**
   * The state with one parameter block moved along a coordinate: block 0 is {@code w}, 1 is
   * {@code u}, 2 is {@code v}; coordinate {@code k} of that block gains {@code h}.
   */
  public LearnerState moved(int block, int k, BigRational h) {
    BigRational[] w2 = w.clone();
    BigRational[] u2 = u.clone();
    BigRational[] v2 = v.clone();
    BigRational[] target = block == 0 ? w2 : block == 1 ? u2 : v2;
    target[k] = target[k].add(h);
    return new LearnerState(w2, u2, v2);
  }
}
