package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.Comparators;
import org.tacit.grokking.model.HalfSquaredL2Norm;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.SubgradientRunInstance;
import org.tacit.grokking.model.SubgradientTrajectory;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.12 (the subgradient-method bound) on a recorded {@code SubgradientDescent} run of
 * (1) on {@code f = ||X a - y||^2/2 + beta h}, h = l1 or {@code ||.||^2/2}, every quantity
 * evaluated exactly at the recorded double iterates ({@link SubgradientTrajectory}).
 *
 * <p>For comparators z (the ridge minimizer {@code x_f} when h = l2, the only point of
 * {@code Theta_f}; the ground truth {@code a*} in {@code Theta_g}; 0; the last iterate), with
 * {@code t1} the instance's start and every {@code t2 in [t1, T - 1]}: (eq-16, per step) the
 * subgradient inequality {@code (z - x^(t))^T F_t <= f(z) - f(x^(t))}; (eq-16, telescoped)
 * {@code ||x^(t2+1) - z||^2 + 2 alpha sum_{t1..t2} (f(x^(t)) - f(z)) <= ||x^(t1) - z||^2 +
 * alpha^2 sum ||F_t||^2 + E}, where {@code E} is the exact sum of the steps' rounding defects
 * ({@link SubgradientTrajectory#identityDefect}), certified to be rounding by the a-priori bound
 * check; (eq-13 form) {@code min_{t1..t2} (f(x^(t)) - f(z)) <= (||x^(t1) - z||^2 + (t2 - t1)
 * alpha^2 max ||F||^2)/(2 alpha (t2 - t1)) + max(E, 0)/(2 alpha (t2 - t1 + 1))}, labelled
 * {@code TDR:eq-13} for {@code x_f} (then {@code f(z) = f*}, {@code ||x^(t1) - z|| =
 * dist(x^(t1), Theta_f)}), {@code TDR:eq-14} for {@code a*} (the comparator form of (14) with one
 * point of {@code Theta_g}) and {@code TDR:eq-16} otherwise. The tightest t (or t2) of each
 * check is reported. The derivation's {@code t2 - t1 + 1} terms give a bound slightly stronger than
 * the printed normalization {@code t2 - t1}, which the check uses (valid, weaker).
 *
 * <p>Cost: O(T N p) exact operations plus O(T p) per comparator.
 *
 * <p>Spec: {@code TDR:lem-C.12}, {@code TDR:eq-13}, {@code TDR:eq-14}, {@code TDR:eq-16},
 * {@code TDR:eq-17}, {@code TDR:eq-18}.
 */
public final class SubgradientBoundLemmaChecker extends TheoremChecker<SubgradientRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.12";

  /** The checker (stateless). */
  public SubgradientBoundLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SubgradientRunInstance instance) {
    return instance.describe();
  }

  /** Decides the hypotheses shared with the delay checker; returns whether all hold. */
  static boolean requireRun(SubgradientRunInstance instance, Hypotheses hypotheses) {
    int p = instance.loss().dimension();
    return hypotheses.require("alpha > 0, beta >= 0",
            instance.alpha().signum() > 0 && instance.beta().signum() >= 0)
        && hypotheses.require("h convex (l1 or ||.||^2/2)",
            instance.regularizer() instanceof L1Norm
                || instance.regularizer() instanceof HalfSquaredL2Norm)
        && hypotheses.require("x0, a*, h in R^p", instance.initial().length == p
            && instance.groundTruth().length == p && instance.regularizer().dimension() == p)
        && hypotheses.require("X a* = y (a* in Theta_g)", Arrays.equals(
            instance.loss().residual(instance.groundTruth()),
            zeros(instance.loss().design().rows())))
        && hypotheses.require("0 <= t1 < T", instance.start() >= 0
            && instance.start() < instance.steps())
        && hypotheses.require("data exact in double", instance.representableInDouble());
  }

  /** The zero vector of length n. */
  static BigRational[] zeros(int n) {
    BigRational[] z = new BigRational[n];
    Arrays.fill(z, BigRational.ZERO);
    return z;
  }

  @Override
  protected List<Check> evaluate(SubgradientRunInstance instance, Hypotheses hypotheses) {
    if (!requireRun(instance, hypotheses)) {
      return List.of();
    }
    SubgradientTrajectory run = SubgradientTrajectory.of(instance);
    if (!hypotheses.require("the run did not stop early", run.size() == instance.steps() + 1)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID,
        "every computed step is within its a-priori rounding bound (max ratio)",
        run.worstRoundingRatio(), 1.0, 0.0));
    Optional<BigRational[]> ridge = instance.regularizer() instanceof HalfSquaredL2Norm
        ? Comparators.ridgeMinimizer(instance.loss(), instance.beta()) : Optional.empty();
    ridge.ifPresent(z -> addComparator(run, instance, z, "x_f", "TDR:eq-13", checks));
    addComparator(run, instance, instance.groundTruth(), "a*", "TDR:eq-14", checks);
    addComparator(run, instance, zeros(instance.initial().length), "0", "TDR:eq-16", checks);
    addComparator(run, instance, run.iterate(run.size() - 1), "x^(T)", "TDR:eq-16", checks);
    return checks;
  }

  private static void addComparator(SubgradientTrajectory run, SubgradientRunInstance instance,
      BigRational[] comparator, String name, String boundId, List<Check> checks) {
    BigRational[] z = comparator.clone();
    BigRational alpha = instance.alpha();
    BigRational twoAlpha = BigRational.TWO.multiply(alpha);
    BigRational fz = run.objective().value(z);
    int t1 = instance.start();
    int last = run.size() - 2;
    BigRational start = run.squaredDistance(t1, z);
    Optional<Check> step = Optional.empty();
    Optional<Check> telescoped = Optional.empty();
    Optional<Check> bound = Optional.empty();
    BigRational gapSum = BigRational.ZERO;
    BigRational normSum = BigRational.ZERO;
    BigRational defect = BigRational.ZERO;
    BigRational minGap = run.value(t1).subtract(fz);
    BigRational maxNorm = BigRational.ZERO;
    for (int t2 = t1; t2 <= last; t2++) {
      BigRational gap = run.value(t2).subtract(fz);
      Check s = Check.lessOrEqual("TDR:eq-16", "z=" + name
          + ": (z - x^(t))^T F_t <= f(z) - f(x^(t)) (tightest t=" + t2 + ")",
          run.directional(t2, z), gap.negate());
      step = tighter(step, s);
      gapSum = gapSum.add(gap);
      normSum = normSum.add(run.squaredNorm(t2));
      defect = defect.add(run.identityDefect(t2, z));
      minGap = minGap.min(gap);
      maxNorm = maxNorm.max(run.squaredNorm(t2));
      Check tele = Check.lessOrEqual("TDR:eq-16", "z=" + name
          + ": ||x^(t2+1) - z||^2 + 2 alpha sum (f - f(z)) <= ||x^(t1) - z||^2 + alpha^2 sum"
          + " ||F||^2 + E (tightest t2=" + t2 + ")",
          run.squaredDistance(t2 + 1, z).add(twoAlpha.multiply(gapSum)),
          start.add(alpha.multiply(alpha).multiply(normSum)).add(defect));
      telescoped = tighter(telescoped, tele);
      int n = t2 - t1;
      if (n >= 1) {
        BigRational printed = start.add(BigRational.of(n).multiply(alpha).multiply(alpha)
            .multiply(maxNorm)).divide(twoAlpha.multiply(BigRational.of(n)));
        BigRational rounding = defect.max(BigRational.ZERO)
            .divide(twoAlpha.multiply(BigRational.of(n + 1)));
        Check b = Check.lessOrEqual(boundId, "z=" + name
            + ": min_{t1..t2} (f - f(z)) <= (||x^(t1) - z||^2 + (t2 - t1) alpha^2 max ||F||^2)"
            + "/(2 alpha (t2 - t1)) (+ E/(2 alpha (t2 - t1 + 1))) (tightest t2=" + t2 + ")",
            minGap, printed.add(rounding));
        bound = tighter(bound, b);
      }
    }
    step.ifPresent(checks::add);
    telescoped.ifPresent(checks::add);
    bound.ifPresent(checks::add);
  }

  /** The check with the smaller margin (a failing one before any holding one). */
  static Optional<Check> tighter(Optional<Check> current, Check candidate) {
    if (current.isEmpty()) {
      return Optional.of(candidate);
    }
    Check c = current.get();
    if ((!candidate.holds() && c.holds())
        || (candidate.holds() == c.holds() && candidate.margin() < c.margin())) {
      return Optional.of(candidate);
    }
    return current;
  }
}
