package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactDefiniteness;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.ProximalRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Appendix D.1, ISTA for the Lasso (rem-D.1.3, rem-D.1.4), exact in rational arithmetic.
 *
 * <p>Hypotheses (exact): {@code beta >= 0}; {@code 0 < alpha} and {@code alpha L < 1},
 * {@code L = sigma_max(X^T X)} (positive definiteness of {@code (1/alpha) I - X X^T}; the paper
 * allows {@code alpha <= 1/L}, the strict form keeps the decision exact); {@code steps >= 1}.
 *
 * <p>Checks: per step, soft thresholding is the prox of {@code alpha beta ||.||_1}
 * (rem-D.1.3): with {@code v = a - alpha G(a)} and {@code s = S_{alpha beta}(v)}, for each i
 * {@code v_i - s_i = alpha beta sign(s_i)} if {@code s_i != 0}, else {@code |v_i| <= alpha beta}
 * (the optimality condition {@code v - s in alpha beta d||s||_1}); monotonicity
 * {@code f(a^(t+1)) <= f(a^(t))}; the rate (rem-D.1.4, corrected, inventory E25) for the
 * comparators {@code z in {a*, 0}} after T - 1 steps:
 * {@code f(a^(T)) - f(z) <= ||a^(1) - z||^2 / (2 alpha (T - 1))} (Beck-Teboulle; valid for every
 * z). {@link StatementForm#PRINTED} adds the printed rate
 * {@code min_{t <= T} (f(a^(t)) - f(z)) <= ||a^(1) - z|| / (2 alpha T)} (unsquared), decided
 * exactly by squaring; false for {@code f = x^2/2}, {@code alpha = 1/2}, {@code a^(1) = 100},
 * {@code z = 0}, T = 2: 1250 > 50.
 *
 * <p>Cost: O(steps N n) rational operations; the family keeps steps <= 5.
 *
 * <p>Spec: {@code TDR:rem-D.1.4} (registered), checks carrying {@code TDR:rem-D.1.3}.
 */
public final class IstaRateChecker extends TheoremChecker<ProximalRunInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:rem-D.1.4";

  private final StatementForm form;

  /** The corrected form (registered). */
  public IstaRateChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public IstaRateChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ProximalRunInstance instance) {
    return "N=" + instance.data().samples() + ", n=" + instance.data().dimension() + ", alpha="
        + instance.alpha() + ", beta=" + instance.beta() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(ProximalRunInstance instance, Hypotheses hypotheses) {
    SparseRecoveryData data = instance.data();
    RationalMatrix x = data.design();
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    if (!hypotheses.require("beta >= 0", beta.signum() >= 0)
        || !hypotheses.require("0 < alpha < 1/sigma_max(X^T X)", alpha.signum() > 0
            && ExactDefiniteness.largestEigenvalueBelow(x.multiply(x.transpose()),
                alpha.reciprocal()))
        || !hypotheses.require("steps >= 1", instance.steps() >= 1)) {
      return List.of();
    }
    BigRational gamma = alpha.multiply(beta);
    List<Check> checks = new ArrayList<>();
    BigRational[] first = instance.initial();
    BigRational[] current = first;
    BigRational bestObjective = objective(data, beta, first);
    for (int t = 1; t <= instance.steps(); t++) {
      BigRational[] v = ExactVectors.subtract(current,
          ExactVectors.scale(alpha, data.lossGradient(current)));
      BigRational[] next = ProximalRunInstance.softThreshold(v, gamma);
      BigRational violation = BigRational.ZERO;
      for (int i = 0; i < v.length; i++) {
        BigRational gap = v[i].subtract(next[i]);
        violation = violation.add(next[i].signum() != 0
            ? gap.subtract(gamma.multiply(BigRational.of(next[i].signum()))).abs()
            : gap.abs().subtract(gamma).max(BigRational.ZERO));
      }
      checks.add(Check.equal("TDR:rem-D.1.3", "step " + t + ": v - S(v) in alpha beta d||S(v)||_1"
          + " (total violation 0)", violation, BigRational.ZERO));
      BigRational before = objective(data, beta, current);
      BigRational after = objective(data, beta, next);
      checks.add(Check.lessOrEqual(SPEC_ID, "f(a^(" + (t + 1) + ")) <= f(a^(" + t + "))", after,
          before));
      bestObjective = bestObjective.min(after);
      current = next;
    }
    int last = instance.steps() + 1;
    BigRational[][] comparators = {data.groundTruth(), ExactVectors.zeros(first.length)};
    String[] names = {"a*", "0"};
    for (int k = 0; k < comparators.length; k++) {
      BigRational[] z = comparators[k];
      BigRational distance = ExactVectors.squaredNorm(ExactVectors.subtract(first, z));
      BigRational excess = objective(data, beta, current).subtract(objective(data, beta, z));
      checks.add(Check.lessOrEqual(SPEC_ID, "f(a^(T)) - f(" + names[k] + ") <= ||a^(1) - "
          + names[k] + "||^2 / (2 alpha (T - 1)), T = " + last, excess,
          distance.divide(BigRational.TWO.multiply(alpha).multiply(BigRational.of(last - 1)))));
      if (form == StatementForm.PRINTED) {
        BigRational best = bestObjective.subtract(objective(data, beta, z));
        BigRational scale = BigRational.TWO.multiply(alpha).multiply(BigRational.of(last));
        BigRational lhs = best.signum() <= 0 ? BigRational.ZERO : best.multiply(scale).pow(2);
        checks.add(Check.lessOrEqual(SPEC_ID, "(as printed, squared) [min_t f(a^(t)) - f("
            + names[k] + ")]^2 (2 alpha T)^2 <= ||a^(1) - " + names[k] + "||^2", lhs,
            distance));
      }
    }
    return checks;
  }

  private static BigRational objective(SparseRecoveryData data, BigRational beta,
      BigRational[] a) {
    return data.loss(a).add(beta.multiply(ExactVectors.norm1(a)));
  }
}
