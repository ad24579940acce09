package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata of LNHW Lemmas 12, 13 and 17 (inventory E7), each on an exact hand-made state: the
 * printed form fails at the labelled checks, the corrected form holds or rejects the instance by
 * the corrected hypothesis. Expected values are worked out in each javadoc.
 */
class PerturbationBoundLemmaErratumTest {

  private static BigRational q(long numerator, long denominator) {
    return BigRational.of(numerator, denominator);
  }

  private static BigRational[][] identity(int p) {
    BigRational[][] sigma = new BigRational[p][p];
    for (int i = 0; i < p; i++) {
      Arrays.fill(sigma[i], BigRational.ZERO);
      sigma[i][i] = BigRational.ONE;
    }
    return sigma;
  }

  private static BigRational[] filled(int p, BigRational value) {
    BigRational[] vector = new BigRational[p];
    Arrays.fill(vector, value);
    return vector;
  }

  private static String[] failedLabels(Verdict verdict) {
    return verdict.failures().stream().map(Check::label).toArray(String[]::new);
  }

  /**
   * (E7 i) Noise in l-infinity. One group of p = 81 coordinates, Sigma = I,
   * v = v* = v(t+1) = (1/9, ..., 1/9), u = u* = 1, tau = tau_0 = 1/4, g = (1/320, ..., 1/320), so
   * ||g||_inf = tau_0 (u*)^2/80 exactly. Then b = g and <v, b> = 81/(9 * 320) = 9/320 >
   * tau (u*)^2/10 = 8/320: the printed lemma fails, at ||v||_1 = 9 > 1 = ||v||_2 in its proof.
   * The corrected hypothesis ||g_l||_2 = 9/320 <= 1/320 rejects the state (in all three
   * lemmas; tau_0 = 1/4 is a rational square, as Lemma 17's exact evaluation needs).
   */
  static PerturbationBoundInstance noiseCounterexample() {
    int p = 81;
    BigRational[] v = filled(p, q(1, 9));
    GroupState state = new GroupState(GroupPartition.ofSizes(p), identity(p),
        new BigRational[] {BigRational.ONE}, v, filled(p, q(1, 320)),
        new BigRational[] {BigRational.ONE}, v);
    return new PerturbationBoundInstance(state, v, q(1, 4), q(1, 4), q(1, 100),
        BigRational.ZERO, BigRational.ZERO);
  }

  @Test
  @Verifies("LNHW:lem-12")
  void infinityNormNoiseFailsForLargeGroups() {
    PerturbationBoundInstance instance = noiseCounterexample();
    Verdict printed = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12,
        StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(failedLabels(printed)).containsExactlyInAnyOrder(
        "||v_l||_1 <= ||v_l||_2 = 1 (as printed) (group 0)",
        "|<v_l(t), b_{l,t}>| <= tau (u_l*)^2/10 (group 0)",
        "|e_{l,t}| (at v(t+1)) <= tau (u_l*)^2/10 (group 0)");
    assertThat(printed.failures()).filteredOn(c -> c.label().startsWith("|<v_l(t)"))
        .singleElement().satisfies(c -> {
          assertThat(c.lhs()).isEqualTo(9.0 / 320);
          assertThat(c.rhs()).isEqualTo(8.0 / 320);
        });
    for (PerturbationRegime regime : PerturbationRegime.values()) {
      assertThat(new PerturbationBoundLemmaChecker(regime).check(instance).hypothesisFailure())
          .isEqualTo("||X_l^T xi/n||_2 <= tau_0 (u_l*)^2/80 for l in S (corrected: l2 per"
              + " group)");
    }
  }

  /**
   * (E7 ii) Off-support magnitudes. L = 2 groups of size 1, group 0 in S with u* = u = v* = v = 1,
   * group 1 off the support with u_1 = 1/17 = sqrt(alpha), alpha = 1/289, v_1 = -1;
   * Sigma_01 = 1/120 = delta_out (the largest the hypothesis allows with s = 1 and equal
   * magnitudes), tau = tau_0 = 1/10000, g = 0. The printed alpha < (1/2) sqrt(tau_0/L) u* holds
   * (alpha^2 = 1/83521 < 1/80000). Then <v_0, b_0> = -Sigma_01 u_1^2 v_1 = 1/34680 >
   * tau/10 = 1/100000, and the proof's "off-support term <= delta (L - s) alpha^2 = 1/10022520"
   * fails. The corrected alpha <= tau_0 (u*_min)^2 / L = 1/20000 rejects it; with u_1 = 1/142
   * (u_1^2 <= 1/20000 = alpha) the corrected lemma holds.
   */
  static PerturbationBoundInstance offSupportCounterexample(BigRational u1, BigRational alpha) {
    BigRational one = BigRational.ONE;
    BigRational zero = BigRational.ZERO;
    BigRational[][] sigma = {{one, q(1, 120)}, {q(1, 120), one}};
    BigRational[] v = {one, BigRational.MINUS_ONE};
    GroupState state = new GroupState(GroupPartition.ofSizes(1, 1), sigma,
        new BigRational[] {one, zero}, new BigRational[] {one, zero},
        new BigRational[] {zero, zero}, new BigRational[] {one, u1}, v);
    return new PerturbationBoundInstance(state, v, q(1, 10000), q(1, 10000), alpha, zero,
        q(1, 120));
  }

  @Test
  @Verifies("LNHW:lem-12")
  void offSupportTermNeedsAlphaNotAlphaSquared() {
    PerturbationBoundInstance instance = offSupportCounterexample(q(1, 17), q(1, 289));
    Verdict printed = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12,
        StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(failedLabels(printed)).containsExactlyInAnyOrder(
        "|off-support term| <= delta_out (L - s) alpha^2 (as printed) (group 0)",
        "|<v_l(t), b_{l,t}>| <= tau (u_l*)^2/10 (group 0)",
        "|e_{l,t}| (at v(t+1)) <= tau (u_l*)^2/10 (group 0)");
    assertThat(printed.failures()).filteredOn(c -> c.label().startsWith("|<v_l(t)"))
        .singleElement().satisfies(c -> {
          assertThat(c.lhs()).isEqualTo(1.0 / 34680);
          assertThat(c.rhs()).isEqualTo(1.0 / 100000);
        });
    PerturbationBoundLemmaChecker corrected =
        new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12);
    assertThat(corrected.check(instance).hypothesisFailure()).isEqualTo(
        "0 < alpha <= tau_0 (u*_min)^2 / L (corrected: off-support u^2 <= alpha)");
    Verdict small = corrected.check(offSupportCounterexample(q(1, 142), q(1, 20000)));
    assertThat(small.holds()).as(small.describe()).isTrue();
  }

  /**
   * (E7 iii) |e_{l,t}| = |<v_l(t), b_{l,t}>| is not an identity. One group of size 2, Sigma = I,
   * u = u* = 1, v = v* = (1, 0), v(t+1) = (99/101, 20/101) (in the cap: 99/101 >= 1 - 1/20),
   * g = (1/160, 0), tau = tau_0 = 1/2. Then b = g at both times, <v, b> = 1/160 and
   * e = <v(t+1), g> = 99/16160: both below tau/10 = 1/20, but different.
   */
  @Test
  @Verifies("LNHW:lem-12")
  void perturbationOfTheMagnitudeIsNotThatOfTheDirection() {
    BigRational one = BigRational.ONE;
    BigRational zero = BigRational.ZERO;
    BigRational[] v = {one, zero};
    GroupState state = new GroupState(GroupPartition.ofSizes(2), identity(2),
        new BigRational[] {one}, v, new BigRational[] {q(1, 160), zero},
        new BigRational[] {one}, v);
    PerturbationBoundInstance instance = new PerturbationBoundInstance(state,
        new BigRational[] {q(99, 101), q(20, 101)}, q(1, 2), q(1, 2), q(1, 100), zero, zero);
    Verdict printed = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12,
        StatementForm.PRINTED).check(instance);
    assertThat(printed.failures()).singleElement().satisfies(c -> {
      assertThat(c.label()).isEqualTo("|e_{l,t}| = |<v_l(t), b_{l,t}>| (as printed) (group 0)");
      assertThat(c.lhs()).isEqualTo(99.0 / 16160);
      assertThat(c.rhs()).isEqualTo(1.0 / 160);
    });
    Verdict corrected = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12)
        .check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
  }

  /**
   * Lemma 13's chain writes u^2 sqrt(2 - 2<v, v*>) <= (3/2)(u*)^2 (1/sqrt 5) tau; the cap gives
   * sqrt(2/5) tau. One group of size 2, Sigma = I, g = 0, u* = 1, tau = tau_0 = 3/13, so the cap
   * is 1 - tau^2/5 = 836/845 and v = (836/845, 123/845) lies on it (836^2 + 123^2 = 845^2);
   * u = 132/125 with u^2 = 17424/15625 <= 1 + tau/2 = 29/26. Then, with 2 - 2<v, v*> = 18/845,
   * u^4 (2 - 2<v, v*>) = 0.02649 > (9/4)(1/5) tau^2 = 81/3380 = 0.02396 (the printed step fails),
   * while (9/4)(2/5) tau^2 = 0.04793 holds, and the end (3/2) tau (u*)^2 and the lemma hold.
   * (The printed ||v||_1 <= ||v||_2 step fails too: ||v||_1 = 959/845.)
   */
  @Test
  @Verifies("LNHW:lem-13")
  void lemmaThirteenChainNeedsRootTwoFifths() {
    BigRational one = BigRational.ONE;
    BigRational zero = BigRational.ZERO;
    BigRational[] vStar = {one, zero};
    GroupState state = new GroupState(GroupPartition.ofSizes(2), identity(2),
        new BigRational[] {one}, vStar, new BigRational[] {zero, zero},
        new BigRational[] {q(132, 125)}, new BigRational[] {q(836, 845), q(123, 845)});
    PerturbationBoundInstance instance = new PerturbationBoundInstance(state, vStar, q(3, 13),
        q(3, 13), q(1, 100), zero, zero);
    Verdict printed = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_13,
        StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(failedLabels(printed)).containsExactlyInAnyOrder(
        "u^2 sqrt(2 - 2<v, v*>) <= (3/2)(u*)^2 (1/sqrt 5) tau (as printed) [squared] (group 0)",
        "||v_l||_1 <= ||v_l||_2 = 1 (as printed) (group 0)");
    BigRational lhs = q(17424, 15625).pow(2).multiply(q(18, 845));
    assertThat(printed.failures()).filteredOn(c -> c.label().startsWith("u^2")).singleElement()
        .satisfies(c -> {
          assertThat(c.specId()).isEqualTo("LNHW:lem-13");
          assertThat(c.lhs()).isEqualTo(lhs.doubleValue());
          assertThat(c.rhs()).isEqualTo(q(81, 3380).doubleValue());
        });
    Verdict corrected = new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_13)
        .check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
  }
}
