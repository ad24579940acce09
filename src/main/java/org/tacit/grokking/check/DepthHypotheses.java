package org.tacit.grokking.check;

import org.tacit.exact.BigRational;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.verify.Hypotheses;

/** The shared hypotheses of the depth checkers (TDR Appendix F.1), decided by name. */
final class DepthHypotheses {

  private DepthHypotheses() {}

  /**
   * {@code L >= 1} factors of length n, y of length N, {@code alpha > 0}, {@code beta >= 0},
   * {@code steps >= 1}; returns false at the first that fails.
   */
  static boolean shapes(DeepHadamardInstance instance, Hypotheses hypotheses) {
    int n = instance.x().cols();
    BigRational[][] factors = instance.factors();
    boolean shaped = factors.length >= 1 && instance.y().length == instance.x().rows();
    for (BigRational[] factor : factors) {
      shaped &= factor.length == n;
    }
    return hypotheses.require("L >= 1 factors A_k in R^n, y in R^N", shaped)
        && hypotheses.require("alpha > 0", instance.alpha().signum() > 0)
        && hypotheses.require("beta >= 0", instance.beta().signum() >= 0)
        && hypotheses.require("steps >= 1", instance.steps() >= 1);
  }
}
