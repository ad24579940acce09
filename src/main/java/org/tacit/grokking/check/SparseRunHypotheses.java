package org.tacit.grokking.check;

import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactDefiniteness;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Hypotheses;

/**
 * The hypotheses of TDR Theorem 3.1 / C.29 on a subgradient run, shared by the checkers of
 * Theorems 3.1 and 3.3: X of full row rank with {@code N < n}; {@code 0 < alpha sigma_max(X^T X)
 * < 2} (decided exactly: positive definiteness of {@code (2/alpha) I - X X^T}); and
 * {@code 0 < beta sqrt(n) < sigma_max(X^T X)} (in double, from the Jacobi eigenvalues of the
 * rounded {@code X X^T}; the built-in instances stay far from equality).
 *
 * <p>Cost: one rank, one exact definiteness test and one N x N eigenproblem.
 *
 * <p>Spec: {@code TDR:thm-3.1}, {@code TDR:thm-C.29}, {@code TDR:thm-3.3}.
 */
final class SparseRunHypotheses {

  private SparseRunHypotheses() {}

  /** The instance label of the two checkers. */
  static String describe(SparseRunInstance instance) {
    return "N=" + instance.data().samples() + ", n=" + instance.data().dimension() + ", alpha="
        + instance.alpha() + ", beta=" + instance.beta() + ", steps=" + instance.steps()
        + ", noiseless=" + instance.data().noiseless();
  }

  /**
   * Decides the hypotheses (recording each in {@code hypotheses}, stopping at the first that
   * fails); when all hold, the eigenvalues of {@code X X^T}, increasing.
   */
  static Optional<double[]> require(SparseRunInstance instance, Hypotheses hypotheses) {
    SparseRecoveryData data = instance.data();
    RationalMatrix x = data.design();
    int samples = data.samples();
    int n = data.dimension();
    double alpha = instance.alpha();
    double beta = instance.beta();
    RationalMatrix gram = x.multiply(x.transpose());
    if (!hypotheses.require("X has full row rank and N < n", samples < n && x.rank() == samples)
        || !hypotheses.require("0 < alpha sigma_max(X^T X) < 2", alpha > 0
            && Double.isFinite(alpha) && ExactDefiniteness.largestEigenvalueBelow(gram,
                BigRational.TWO.divide(BigRational.valueOf(alpha))))) {
      return Optional.empty();
    }
    double[] lambdas = SymmetricEigen.eigenvalues(gram.toDoubleRowMajor(), samples);
    if (!hypotheses.require("0 < beta sqrt(n) < sigma_max(X^T X)", beta > 0
        && beta * Math.sqrt(n) < lambdas[samples - 1])) {
      return Optional.empty();
    }
    return Optional.of(lambdas);
  }
}
