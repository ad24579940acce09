package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * Two deterministic steps of NRSS Appendix D, checked exactly in rationals.
 * <ul>
 *   <li>{@code NRSS:rem-D.3}: {@code ||w o xbar^2||_1 >= (min_i xbar_i^2) ||w||_1}.</li>
 *   <li>{@code NRSS:rem-D.7}: with {@code E(y^2) = mu^2 (1^T beta)^2 + sigma^2 ||beta||_2^2}
 *       (y = <beta, x>, x_i independent with mean mu and variance sigma^2) and beta k-sparse:
 *       {@code (||beta||_1^2 / k) sigma^2 <= ||beta||_2^2 sigma^2 <= E(y^2) <= ||beta||_1^2 mu^2
 *       + ||beta||_2^2 sigma^2}, hence {@code ||beta||_1^2 <= k E(y^2) / sigma^2}.</li>
 * </ul>
 * Exact: every check is decided in rational arithmetic (tolerance 0).
 *
 * <p>Spec: {@code NRSS:rem-D.3}, {@code NRSS:rem-D.7}.
 */
public final class AppendixDSteps {

  private AppendixDSteps() {}

  /**
   * An instance: weights w, empirical means xbar (rem-D.3); a k-sparse beta with mean mu and
   * variance sigma^2 > 0 of the features (rem-D.7).
   *
   * @param weights w
   * @param means xbar
   * @param beta beta*
   * @param sparsity k >= number of nonzeros of beta
   * @param mean mu
   * @param variance sigma^2 > 0
   */
  public record Instance(BigRational[] weights, BigRational[] means, BigRational[] beta,
      int sparsity, BigRational mean, BigRational variance) {}

  /** Both steps on one instance. */
  public static Verdict check(Instance instance) {
    List<Check> checks = new ArrayList<>();
    BigRational minSquare = null;
    BigRational weighted = BigRational.ZERO;
    BigRational weightsL1 = BigRational.ZERO;
    for (int i = 0; i < instance.weights().length; i++) {
      BigRational square = instance.means()[i].multiply(instance.means()[i]);
      minSquare = minSquare == null ? square : minSquare.min(square);
      weighted = weighted.add(instance.weights()[i].abs().multiply(square));
      weightsL1 = weightsL1.add(instance.weights()[i].abs());
    }
    if (minSquare != null) {
      checks.add(Check.lessOrEqual("NRSS:rem-D.3", "(min xbar^2) ||w||_1 <= ||w o xbar^2||_1",
          minSquare.multiply(weightsL1), weighted));
    }
    BigRational l1 = BigRational.ZERO;
    BigRational sum = BigRational.ZERO;
    BigRational l2Squared = BigRational.ZERO;
    int nonzeros = 0;
    for (BigRational b : instance.beta()) {
      l1 = l1.add(b.abs());
      sum = sum.add(b);
      l2Squared = l2Squared.add(b.multiply(b));
      nonzeros += b.isZero() ? 0 : 1;
    }
    BigRational k = BigRational.of(instance.sparsity());
    BigRational mu2 = instance.mean().multiply(instance.mean());
    BigRational s2 = instance.variance();
    if (nonzeros > instance.sparsity() || s2.signum() <= 0) {
      return Verdict.hypothesisFailed("NRSS:rem-D.7", "beta", "beta k-sparse, sigma^2 > 0");
    }
    BigRational secondMoment = mu2.multiply(sum.multiply(sum)).add(s2.multiply(l2Squared));
    String id = "NRSS:rem-D.7";
    checks.add(Check.lessOrEqual(id, "(||beta||_1^2 / k) sigma^2 <= ||beta||_2^2 sigma^2",
        l1.multiply(l1).divide(k).multiply(s2), l2Squared.multiply(s2)));
    checks.add(Check.lessOrEqual(id, "||beta||_2^2 sigma^2 <= E(y^2)", l2Squared.multiply(s2),
        secondMoment));
    checks.add(Check.lessOrEqual(id, "E(y^2) <= ||beta||_1^2 mu^2 + ||beta||_2^2 sigma^2",
        secondMoment, l1.multiply(l1).multiply(mu2).add(l2Squared.multiply(s2))));
    checks.add(Check.lessOrEqual(id, "||beta||_1^2 <= k E(y^2) / sigma^2", l1.multiply(l1),
        k.multiply(secondMoment).divide(s2)));
    return Verdict.of(id, "d=" + instance.beta().length + ", k=" + instance.sparsity(), checks);
  }

  /** d in [1, 8]; rationals p/q with |p| <= 50, q <= 10; beta with at most k nonzeros. */
  public static InstanceFamily<Instance> family() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d <= 8, rational w, xbar, k-sparse beta, mu, sigma^2 > 0";
      }

      @Override
      public Instance draw(Draws draws) {
        int d = draws.intBetween(1, 8);
        int k = draws.intBetween(1, d);
        BigRational[] w = new BigRational[d];
        BigRational[] xbar = new BigRational[d];
        BigRational[] beta = new BigRational[d];
        for (int i = 0; i < d; i++) {
          w[i] = rational(draws);
          xbar[i] = rational(draws);
          beta[i] = i < k ? rational(draws) : BigRational.ZERO;
        }
        return new Instance(w, xbar, beta, k, rational(draws),
            BigRational.of(draws.between(1, 50), draws.between(1, 10)));
      }
    };
  }

  private static BigRational rational(Draws draws) {
    return BigRational.of(draws.between(-50, 50), draws.between(1, 10));
  }
}
