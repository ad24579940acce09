package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.HalvingRunInstance;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata LNHW Lemmas 9 (part 1), 10 and 11: no step-size hypothesis is stated, and without one all
 * three fail even without perturbations. With b_t = 0, e_t = 0 and eta_t = 1/u^4, (6) gives v(t+1) = v* exactly, and
 * (5) is the recursion u -> u + 2 gamma u ((u*)^2 - u^2) of Lemma 7; for gamma (u*)^2 = 1 its fixed
 * point u* is unstable (derivative 1 - 4 gamma (u*)^2 = -3). The exact values below are computed in
 * rationals; the PRINTED double checkers fail on the same runs at the labelled checks, while the
 * CORRECTED checkers reject them at the added hypothesis gamma <= 1/(20 (u*)^2).
 */
class MissingStepSizeErratumTest {

  private static Check labelled(Verdict verdict, String prefix) {
    return verdict.checks().stream().filter(c -> c.label().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  /** The exact run of (5) with b = e = 0, v(t+1) = v*, as u(t)^2 for t = 0..steps. */
  private static BigRational[] exactSquares(BigRational initial, BigRational gamma, int steps) {
    MagnitudeRecursionInstance recursion = new MagnitudeRecursionInstance(BigRational.ONE, initial,
        gamma, steps);
    BigRational[] squares = new BigRational[steps + 1];
    BigRational u = initial;
    for (int t = 0; t <= steps; t++) {
      squares[t] = u.pow(2);
      u = recursion.next(u);
    }
    return squares;
  }

  /**
   * Lemma 10: u* = 1, alpha = 1/5, gamma = 1. T_0 = log(25/2)/(2 log(3/2)) = 3.11. Exactly:
   * u^2(1) = 0.341056 (u(1) = 73/125), u^2(2) = 1.8324 > 3/2 (the proof's upper bound fails),
   * u^2(4) = 1.5435 and u^2(5) = 0.011692 < 1/2 although 5 >= T_0 (the statement fails).
   */
  @Test
  @Verifies("LNHW:lem-10")
  void lemmaTenFailsWithoutAStepSizeBound() {
    BigRational[] squares = exactSquares(BigRational.of(1, 5), BigRational.ONE, 5);
    assertThat(squares[1]).isEqualTo(BigRational.of(73, 125).pow(2));
    assertThat(squares[2].compareTo(BigRational.of(3, 2))).isPositive();
    assertThat(squares[5].compareTo(BigRational.of(1, 2))).isNegative();
    assertThat(squares[5].doubleValue()).isCloseTo(0.011692331751058, within(1e-12));

    PerturbedRunInstance run = new PerturbedRunInstance(1, 0.2, 1, 0, 0, Adversary.GROW, 0, 5);
    assertThat(PhaseOneGrowthLemmaChecker.growthTime(run)).isCloseTo(3.1146, within(1e-4));
    Verdict printed = new PhaseOneGrowthLemmaChecker(StatementForm.PRINTED).check(run);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(labelled(printed, "u^2(T) >= (u*)^2/2").holds()).isFalse();
    assertThat(labelled(printed, "u^2(T) >= (u*)^2/2").rhs())
        .isCloseTo(squares[5].doubleValue(), within(1e-12));
    assertThat(labelled(printed, "proof (Lemma 9)").holds()).isFalse();
    assertThat(new PhaseOneGrowthLemmaChecker().check(run).hypothesisFailure())
        .startsWith("gamma <= 1/(20 (u*)^2)");
  }

  /**
   * Lemma 11: u* = 1, tau = 1/2, u(0) = 3/4 (|1 - 9/16| = 7/16 <= 1/2), gamma = 1, T_0 = 5/2.
   * Exactly u^2(3) = 0.6662 and u^2(4) = 1.8526: |u^2(T) - 1| > 1/4 at T = 3, 4 >= T_0.
   */
  @Test
  @Verifies("LNHW:lem-11")
  void lemmaElevenFailsWithoutAStepSizeBound() {
    BigRational[] squares = exactSquares(BigRational.of(3, 4), BigRational.ONE, 4);
    BigRational quarter = BigRational.of(1, 4);
    assertThat(squares[3].subtract(BigRational.ONE).abs().compareTo(quarter)).isPositive();
    assertThat(squares[4].subtract(BigRational.ONE).abs().compareTo(quarter)).isPositive();

    PerturbedRunInstance run = new PerturbedRunInstance(1, 0.75, 1, 0, 0, Adversary.GROW, 0, 4);
    HalvingRunInstance instance = new HalvingRunInstance(run, 0.5);
    Verdict printed = new PhaseTwoHalvingLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    Check halving = labelled(printed, "|u^2(T) - (u*)^2| <= tau (u*)^2/2");
    assertThat(halving.holds()).isFalse();
    assertThat(halving.lhs()).isCloseTo(
        squares[4].subtract(BigRational.ONE).abs().doubleValue(), within(1e-12));
    assertThat(new PhaseTwoHalvingLemmaChecker().check(instance).hypothesisFailure())
        .startsWith("gamma <= 1/(20 (u*)^2)");
  }

  /**
   * Erratum (part 1 has no step-size hypothesis): u* = 1, u(0) = 4/5, gamma = 1, e_t = 0, b_t = 0:
   * exactly u(1) = (4/5)(1 + 2 (9/25)) = 172/125 and u^2(1) = 1.893 > (u*)^2 + B for every bound
   * B < 0.893 (e_t = 0 meets |e_t| <= B for all of them; the run uses B = 0, the check 1 + 1/100).
   * The PRINTED checker fails on the run, the CORRECTED one rejects it (with B = 1/100) at the added
   * step size.
   */
  @Test
  @Verifies("LNHW:lem-9")
  void partOneFailsWithoutAStepSizeBound() {
    MagnitudeRecursionInstance recursion = new MagnitudeRecursionInstance(BigRational.ONE,
        BigRational.of(4, 5), BigRational.ONE, 1);
    BigRational first = recursion.next(BigRational.of(4, 5));
    assertThat(first).isEqualTo(BigRational.of(172, 125));
    assertThat(first.pow(2).compareTo(BigRational.of(101, 100))).isPositive();

    BoundsRunInstance instance = new BoundsRunInstance(new PerturbedRunInstance(1, 0.8, 1, 0,
        0.01, Adversary.RANDOM, 0, 1), 0);
    BoundsRunInstance unperturbed = new BoundsRunInstance(new PerturbedRunInstance(1, 0.8, 1, 0,
        0, Adversary.GROW, 0, 1), 0);
    Verdict printed = new PerturbedBoundsLemmaChecker(StatementForm.PRINTED).check(unperturbed);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks().get(0).holds()).isFalse();
    assertThat(printed.checks().get(0).lhs()).isCloseTo(first.pow(2).doubleValue(), within(1e-12));
    assertThat(new PerturbedBoundsLemmaChecker().check(instance).hypothesisFailure())
        .startsWith("gamma <= 1/(4 ((u*)^2 + B))");
  }
}
