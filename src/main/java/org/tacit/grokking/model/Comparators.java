package org.tacit.grokking.model;

import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Exact comparison points of the subgradient bounds: the minimizer of the ridge objective
 * {@code ||X a - y||^2/2 + beta ||a||^2/2} ({@code (X^T X + beta I)^{-1} X^T y}, the unique point
 * of {@code Theta_f} for {@code h = ||.||^2/2}, {@code beta > 0}).
 *
 * <p>Cost: one exact p x p inversion.
 *
 * <p>Spec: {@code TDR:lem-C.12}, {@code TDR:thm-C.13}.
 */
public final class Comparators {

  private Comparators() {}

  /** The ridge minimizer, or empty when {@code beta <= 0}. */
  public static Optional<BigRational[]> ridgeMinimizer(RationalLeastSquares loss,
      BigRational beta) {
    if (beta.signum() <= 0) {
      return Optional.empty();
    }
    RationalMatrix x = loss.design();
    BigRational[][] q = x.transpose().multiply(x).toArray();
    for (int i = 0; i < q.length; i++) {
      q[i][i] = q[i][i].add(beta);
    }
    return Optional.of(RationalMatrix.of(q).inverse()
        .multiply(x.transpose().multiply(loss.targets())));
  }
}
