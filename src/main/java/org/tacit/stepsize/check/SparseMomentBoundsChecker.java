package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.stepsize.model.MomentBoundsInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Two deterministic steps of NRSS Appendix D, decided exactly in rationals.
 * <ul>
 *   <li>{@code NRSS:rem-D.3}: {@code ||w o xbar^2||_1 >= (min_i xbar_i^2) ||w||_1}.</li>
 *   <li>{@code NRSS:rem-D.7}: with {@code E(y^2) = mu^2 (1^T beta)^2 + sigma^2 ||beta||_2^2}
 *       (y = <beta, x>, x_i independent with mean mu and variance sigma^2) and beta k-sparse:
 *       {@code (||beta||_1^2 / k) sigma^2 <= ||beta||_2^2 sigma^2 <= E(y^2) <= ||beta||_1^2 mu^2
 *       + ||beta||_2^2 sigma^2}, hence {@code ||beta||_1^2 <= k E(y^2) / sigma^2}.</li>
 * </ul>
 * Hypotheses: w and xbar of equal length, beta k-sparse ({@code k >= 1}), {@code sigma^2 > 0}.
 * Exact: every check is decided in rational arithmetic (tolerance 0). Cost: O(d) rational
 * operations.
 *
 * <p>Spec: {@code NRSS:rem-D.3}, {@code NRSS:rem-D.7}.
 */
public final class SparseMomentBoundsChecker extends TheoremChecker<MomentBoundsInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:rem-D.7";

  /** The checker (stateless). */
  public SparseMomentBoundsChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MomentBoundsInstance instance) {
    return "d=" + instance.beta().length + ", k=" + instance.sparsity();
  }

  @Override
  protected List<Check> evaluate(MomentBoundsInstance instance, Hypotheses hypotheses) {
    BigRational[] w = instance.weights();
    BigRational[] xbar = instance.means();
    BigRational[] beta = instance.beta();
    int nonzeros = 0;
    for (BigRational b : beta) {
      nonzeros += b.isZero() ? 0 : 1;
    }
    if (!hypotheses.require("w and xbar of equal length", w.length == xbar.length)
        || !hypotheses.require("beta k-sparse", instance.sparsity() >= 1
            && nonzeros <= instance.sparsity(), nonzeros + " nonzeros, k = " + instance.sparsity())
        || !hypotheses.require("sigma^2 > 0", instance.variance().signum() > 0)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    BigRational minSquare = null;
    BigRational weighted = BigRational.ZERO;
    BigRational weightsL1 = BigRational.ZERO;
    for (int i = 0; i < w.length; i++) {
      BigRational square = xbar[i].multiply(xbar[i]);
      minSquare = minSquare == null ? square : minSquare.min(square);
      weighted = weighted.add(w[i].abs().multiply(square));
      weightsL1 = weightsL1.add(w[i].abs());
    }
    if (minSquare != null) {
      checks.add(Check.lessOrEqual("NRSS:rem-D.3", "(min xbar^2) ||w||_1 <= ||w o xbar^2||_1",
          minSquare.multiply(weightsL1), weighted));
    }
    BigRational l1 = BigRational.ZERO;
    BigRational sum = BigRational.ZERO;
    BigRational l2Squared = BigRational.ZERO;
    for (BigRational b : beta) {
      l1 = l1.add(b.abs());
      sum = sum.add(b);
      l2Squared = l2Squared.add(b.multiply(b));
    }
    BigRational k = BigRational.of(instance.sparsity());
    BigRational mu2 = instance.mean().multiply(instance.mean());
    BigRational s2 = instance.variance();
    BigRational secondMoment = mu2.multiply(sum.multiply(sum)).add(s2.multiply(l2Squared));
    checks.add(Check.lessOrEqual(SPEC_ID, "(||beta||_1^2 / k) sigma^2 <= ||beta||_2^2 sigma^2",
        l1.multiply(l1).divide(k).multiply(s2), l2Squared.multiply(s2)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||beta||_2^2 sigma^2 <= E(y^2)",
        l2Squared.multiply(s2), secondMoment));
    checks.add(Check.lessOrEqual(SPEC_ID, "E(y^2) <= ||beta||_1^2 mu^2 + ||beta||_2^2 sigma^2",
        secondMoment, l1.multiply(l1).multiply(mu2).add(l2Squared.multiply(s2))));
    checks.add(Check.lessOrEqual(SPEC_ID, "||beta||_1^2 <= k E(y^2) / sigma^2", l1.multiply(l1),
        k.multiply(secondMoment).divide(s2)));
    return checks;
  }
}
