package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.NoiseCorrelationTrial;
import org.tacit.verify.BinomialAllowance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 15: if {@code X/sqrt(n)} has l2-normalised columns and {@code xi} has independent
 * sigma-sub-Gaussian entries, then {@code ||X^T xi/n||_inf <= 2 sqrt(2 sigma^2 log(2p)/n)} with
 * probability at least {@code 1 - 1/(8p^3)}.
 *
 * <p>Checks: the proof's chain at {@code z = 2 sqrt(2 log(2p))} for Gaussian entries,
 * {@code p erfc(z/sqrt2) <= 2p exp(-z^2/2) = 1/(8p^3)} (union bound and the Gaussian tail
 * {@code erfc(x) <= exp(-x^2)}); and on a simulation ({@link NoiseCorrelationTrial}: Rademacher
 * design, so {@code ||X_j||^2 = n} exactly, Gaussian noise) the number of trials exceeding the
 * level stays within the Bernstein allowance of {@code 1/(8p^3)} per trial, and the number
 * exceeding Corollary 1's main-text level {@code 2 sqrt(sigma^2 log(2p)/n)} within that of the
 * union bound {@code 1/(2p)} there. Tolerances: {@link LnhwTolerances#PROBABILITY_ROUNDING},
 * false alarm {@link LnhwTolerances#FALSE_ALARM}. Cost O(trials n p).
 *
 * <p>Spec: {@code LNHW:lem-15}, {@code LNHW:def-3}.
 */
public final class NoiseCorrelationLemmaChecker extends TheoremChecker<NoiseCorrelationTrial> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-15";

  /** The checker (stateless). */
  public NoiseCorrelationLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(NoiseCorrelationTrial trial) {
    return "n=" + trial.samples() + ", p=" + trial.dimension() + ", sigma=" + trial.sigma()
        + ", seed=" + trial.seed() + ", trials=" + trial.trials();
  }

  @Override
  protected List<Check> evaluate(NoiseCorrelationTrial trial, Hypotheses hypotheses) {
    int p = trial.dimension();
    if (!hypotheses.require("n >= 1 and p >= 1", trial.samples() >= 1 && p >= 1)
        || !hypotheses.require("sigma > 0", trial.sigma() > 0 && Double.isFinite(trial.sigma()))
        || !hypotheses.require("at least one trial", trial.trials() >= 1)) {
      return List.of();
    }
    double tolerance = LnhwTolerances.PROBABILITY_ROUNDING;
    double z = trial.appendixThreshold();
    double bound = 1 / (8.0 * p * p * p);
    double chernoff = 2 * p * Math.exp(-z * z / 2);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "union bound p erfc(z/sqrt2) <= 2p exp(-z^2/2)",
        p * NoiseCorrelationTrial.twoSidedTail(z), chernoff, tolerance));
    checks.add(Check.equal(SPEC_ID, "2p exp(-z^2/2) = 1/(8p^3) at z = 2 sqrt(2 log 2p)",
        chernoff, bound, tolerance));
    double mainZ = trial.mainTextThreshold();
    double mainBound = 1 / (2.0 * p);
    checks.add(Check.equal("LNHW:cor-1", "2p exp(-z^2/2) = 1/(2p) at the main-text"
        + " z = 2 sqrt(log 2p)", 2 * p * Math.exp(-mainZ * mainZ / 2), mainBound, tolerance));
    NoiseCorrelationTrial.Counts counts = trial.simulate();
    int trials = trial.trials();
    checks.add(Check.lessOrEqual(SPEC_ID, "trials with ||X^T xi/n||_inf > 2 sqrt(2 sigma^2"
        + " log(2p)/n) <= Bernstein allowance of 1/(8p^3)", counts.aboveAppendixLevel(),
        BinomialAllowance.count(trials, bound, LnhwTolerances.FALSE_ALARM), 0));
    checks.add(Check.lessOrEqual("LNHW:cor-1", "trials above the main-text level"
        + " <= Bernstein allowance of 1/(2p)", counts.aboveMainTextLevel(),
        BinomialAllowance.count(trials, Math.min(1, mainBound), LnhwTolerances.FALSE_ALARM),
        0));
    return checks;
  }
}
