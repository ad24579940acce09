package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.ProjectedSubgradientInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Appendix D.1, the projected subgradient method for {@code min ||a||_1 s.t. X a = y*}
 * (rem-3.1.5, rem-3.1.6, rem-D.1.1, rem-D.1.2, eq-116, eq-117), exact in rational arithmetic.
 *
 * <p>Hypotheses (exact): {@code xi = 0} (so {@code a*} is feasible); {@code X} has full row rank
 * (the constraint set is non-empty for every {@code y*}); {@code alpha, beta > 0};
 * {@code steps >= 3}.
 *
 * <p>Checks, with {@code gap_t = ||a^(t)||_1 - ||a*||_1}, window {@code [t1, t2] = [2, steps]}:
 * <ul>
 *   <li>rem-3.1.6: {@code X a^(t) = y*} for every {@code t >= 2} (one step memorizes);</li>
 *   <li>eq-116 at every step (the worst step of each kind): {@code ||Pi(z) - a*||^2 <=
 *       ||z - a*||^2} for {@code z = a^(t) - alpha beta H(a^(t))}; the expansion
 *       {@code ||z - a*||^2 = ||a^(t) - a*||^2 - 2 alpha beta (a^(t) - a*)^T H + alpha^2 beta^2
 *       ||H||^2}; the subgradient inequality {@code (a^(t) - a*)^T H(a^(t)) >= gap_t}; and the
 *       telescoped chain {@code ||a^(t2+1) - a*||^2 <= ||a^(t1) - a*||^2 - 2 beta alpha
 *       sum_{t1..t2} gap_t + beta^2 alpha^2 sum_{t1..t2} ||H||^2};</li>
 *   <li>eq-117: {@code min gap <= [D + beta^2 alpha^2 m max ||H||^2] / (2 beta alpha m)} with the
 *       number of terms {@code m = t2 - t1 + 1} and {@code D = ||a^(t1) - a*||^2}, and as printed
 *       with {@code m = t2 - t1} (looser, so also valid);</li>
 *   <li>rem-D.1.2: the printed bound with {@code ||H||^2 <= n}; its limit: corrected
 *       ({@link StatementForm#CORRECTED}) {@code alpha beta n / 2 <= bound(t2)} for every t2 and
 *       {@code bound(t1 + 10^9) - alpha beta n/2 = D / (2 beta alpha 10^9)}, i.e. the bound tends
 *       to {@code alpha beta n/2} as {@code t2 -> infinity};
 *       {@link StatementForm#PRINTED} adds the printed limit, {@code bound(t1 + 10^9) <=
 *       (alpha beta / 2)(1 + 1/1000)}, false whenever {@code n >= 2} (inventory E25, first half).</li>
 * </ul>
 *
 * <p>Cost: O(steps (N n + n r + r^2)) rational operations; denominators stay bounded (after the
 * first step the iterates move in {@code ker X} by multiples of {@code alpha beta}).
 *
 * <p>Spec: {@code TDR:eq-117} (registered), checks carrying {@code TDR:rem-3.1.6},
 * {@code TDR:eq-116}, {@code TDR:rem-D.1.2}.
 */
public final class ProjectedSubgradientChecker
    extends TheoremChecker<ProjectedSubgradientInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:eq-117";

  private static final BigRational FAR = BigRational.of(1_000_000_000L);

  private final StatementForm form;

  /** The corrected form (registered). */
  public ProjectedSubgradientChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of remark D.1.2's limit. */
  public ProjectedSubgradientChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ProjectedSubgradientInstance instance) {
    return "N=" + instance.data().samples() + ", n=" + instance.data().dimension() + ", alpha="
        + instance.alpha() + ", beta=" + instance.beta() + ", steps=" + instance.steps()
        + (form == StatementForm.PRINTED ? " (printed limit)" : "");
  }

  @Override
  protected List<Check> evaluate(ProjectedSubgradientInstance instance, Hypotheses hypotheses) {
    SparseRecoveryData data = instance.data();
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    if (!hypotheses.require("xi = 0 (a* feasible)", data.noiseless())
        || !hypotheses.require("X has full row rank", data.design().rank() == data.samples())
        || !hypotheses.require("alpha, beta > 0", alpha.signum() > 0 && beta.signum() > 0)
        || !hypotheses.require("steps >= 3", instance.steps() >= 3)) {
      return List.of();
    }
    BigRational[][] path = instance.iterates();
    BigRational[] truth = data.groundTruth();
    BigRational[] targets = data.targets();
    BigRational truthNorm = ExactVectors.norm1(truth);
    BigRational step = alpha.multiply(beta);
    List<Check> checks = new ArrayList<>();
    BigRational worstResidual = BigRational.ZERO;
    for (int t = 1; t < path.length; t++) {
      for (BigRational r : ExactVectors.subtract(data.design().multiply(path[t]), targets)) {
        worstResidual = worstResidual.max(r.abs());
      }
    }
    checks.add(Check.equal("TDR:rem-3.1.6", "X a^(t) = y* for t >= 2 (max |residual|)",
        worstResidual, BigRational.ZERO));
    @Nullable Check nonexpansive = null;
    @Nullable Check expansion = null;
    @Nullable Check subgradient = null;
    int t1 = 2;
    int t2 = instance.steps();
    BigRational gapSum = BigRational.ZERO;
    BigRational hSum = BigRational.ZERO;
    @Nullable BigRational minGap = null;
    BigRational maxH = BigRational.ZERO;
    for (int t = 1; t <= instance.steps(); t++) {
      BigRational[] a = path[t - 1];
      BigRational[] h = ExactVectors.sign(a);
      BigRational[] z = ExactVectors.subtract(a, ExactVectors.scale(step, h));
      BigRational[] error = ExactVectors.subtract(a, truth);
      BigRational hSquared = ExactVectors.squaredNorm(h);
      BigRational gap = ExactVectors.norm1(a).subtract(truthNorm);
      BigRational inner = RationalVectors.dot(error, h);
      BigRational zDistance = ExactVectors.squaredNorm(ExactVectors.subtract(z, truth));
      nonexpansive = worse(nonexpansive, Check.lessOrEqual("TDR:eq-116",
          "||Pi(z) - a*||^2 <= ||z - a*||^2 (worst step)",
          ExactVectors.squaredNorm(ExactVectors.subtract(path[t], truth)), zDistance));
      expansion = worse(expansion, Check.equal("TDR:eq-116", "||z - a*||^2 = ||a - a*||^2 - 2"
          + " alpha beta (a - a*)^T H + alpha^2 beta^2 ||H||^2 (worst step)", zDistance,
          ExactVectors.squaredNorm(error).subtract(BigRational.TWO.multiply(step).multiply(inner))
              .add(step.multiply(step).multiply(hSquared))));
      subgradient = worse(subgradient, Check.lessOrEqual("TDR:eq-116",
          "||a||_1 - ||a*||_1 <= (a - a*)^T H(a) (worst step)", gap, inner));
      if (t >= t1 && t <= t2) {
        gapSum = gapSum.add(gap);
        hSum = hSum.add(hSquared);
        minGap = minGap == null ? gap : minGap.min(gap);
        maxH = maxH.max(hSquared);
      }
    }
    checks.add(nonexpansive == null ? missing() : nonexpansive);
    checks.add(expansion == null ? missing() : expansion);
    checks.add(subgradient == null ? missing() : subgradient);
    BigRational start = ExactVectors.squaredNorm(ExactVectors.subtract(path[t1 - 1], truth));
    BigRational end = ExactVectors.squaredNorm(ExactVectors.subtract(path[t2], truth));
    checks.add(Check.lessOrEqual("TDR:eq-116", "||a^(t2+1) - a*||^2 <= ||a^(t1) - a*||^2 - 2 beta"
        + " alpha sum gap + beta^2 alpha^2 sum ||H||^2", end, start.subtract(BigRational.TWO
            .multiply(step).multiply(gapSum)).add(step.multiply(step).multiply(hSum))));
    BigRational smallest = minGap == null ? BigRational.ZERO : minGap;
    BigRational terms = BigRational.of(t2 - t1 + 1);
    checks.add(Check.lessOrEqual(SPEC_ID, "min gap <= [D + beta^2 alpha^2 m max||H||^2] / (2 beta"
        + " alpha m), m = t2 - t1 + 1", smallest, bound(start, step, terms, maxH)));
    BigRational printedTerms = BigRational.of(t2 - t1);
    checks.add(Check.lessOrEqual(SPEC_ID, "as printed, m = t2 - t1", smallest,
        bound(start, step, printedTerms, maxH)));
    BigRational n = BigRational.of(data.dimension());
    checks.add(Check.lessOrEqual("TDR:rem-D.1.2", "min gap <= [D + (beta alpha)^2 (t2 - t1) n] /"
        + " (2 beta alpha (t2 - t1))", smallest, bound(start, step, printedTerms, n)));
    BigRational limit = step.multiply(n).divide(BigRational.TWO);
    checks.add(Check.lessOrEqual("TDR:rem-D.1.2", "alpha beta n / 2 <= the bound at t2", limit,
        bound(start, step, printedTerms, n)));
    BigRational far = bound(start, step, FAR, n);
    checks.add(Check.equal("TDR:rem-D.1.2", "bound(t1 + 1e9) - alpha beta n / 2 = D / (2 beta"
        + " alpha 1e9): the limit as t2 -> infinity is alpha beta n / 2", far.subtract(limit),
        start.divide(BigRational.TWO.multiply(step).multiply(FAR))));
    if (form == StatementForm.PRINTED) {
      checks.add(Check.lessOrEqual("TDR:rem-D.1.2", "printed limit: bound(t1 + 1e9) <= (alpha beta"
          + " / 2)(1 + 1/1000)", far, step.divide(BigRational.TWO)
              .multiply(BigRational.of(1001, 1000))));
    }
    return checks;
  }

  /** {@code [D + s^2 m c] / (2 s m)}. */
  private static BigRational bound(BigRational d, BigRational step, BigRational m,
      BigRational c) {
    return d.add(step.multiply(step).multiply(m).multiply(c))
        .divide(BigRational.TWO.multiply(step).multiply(m));
  }

  private static Check worse(@Nullable Check current, Check candidate) {
    return current == null || candidate.margin() < current.margin() ? candidate : current;
  }

  private static Check missing() {
    return Check.lessOrEqual(SPEC_ID, "no step", BigRational.ONE, BigRational.ZERO);
  }
}
