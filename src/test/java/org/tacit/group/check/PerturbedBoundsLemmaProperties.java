package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.PerturbedRunFamilies;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** LNHW Lemma 9 (corrected): worst-case runs for both parts, and the erratum of part 1. */
class PerturbedBoundsLemmaProperties {

  private final PerturbedBoundsLemmaChecker checker = new PerturbedBoundsLemmaChecker();

  @Test
  @Verifies("LNHW:lem-9")
  void holdsOnWorstCaseRuns() {
    PropertyHarness.verify("LNHW:lem-9 corrected",
        new CheckSuite<>(checker, PerturbedRunFamilies.bounds()));
  }

  /**
   * Part 1 at the boundary step gamma = 1/(4((u*)^2 + B)) with the pushing adversary (b_t = 0,
   * e_t = +B): (5) is Lemma 7's recursion with target (u*)^2 + B, which approaches but never exceeds
   * it; with (u*)^2 = 1, B = 1/10, u^2(0) = 1/2, after 1000 steps u^2 is within 1e-9 of 11/10.
   */
  @Test
  @Verifies("LNHW:lem-9")
  void partOneApproachesTheShiftedTarget() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, Math.sqrt(0.5), 1 / (4 * 1.1), 0,
        0.1, Adversary.GROW, 0, 1000);
    Verdict verdict = checker.check(new BoundsRunInstance(run, 0));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isCloseTo(1.1, within(1e-9));
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
