package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.OffSupportBoundInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata of LNHW Appendix C.4: the bound on {@code e_{l,t}} charges the noise in l-infinity
 * (Eq. (8) and the term-wise bound fail), and the support term with {@code (3/2)(u*_max)^2}
 * (the term-wise bound fails; Eq. (8) survives). Values derived by hand in the javadocs.
 */
class OffSupportPerturbationErratumTest {

  private static BigRational q(long numerator, long denominator) {
    return BigRational.of(numerator, denominator);
  }

  private static String[] failedLabels(Verdict verdict) {
    return verdict.failures().stream().map(Check::label).toArray(String[]::new);
  }

  /**
   * Group 0 (size 1) in S with u* = u = v* = v = 1; group 1 (size 4) off the support with
   * u_1 = 1/100, alpha = 1/10000 <= 1/160, v_1 = (1/2, 1/2, 1/2, 1/2), g_1 = (1, 1, 1, 1);
   * Sigma = I, deltas 0. Then e_1 = -u_1^2 + <v_1, g_1> = 2 - 1/10000, while the printed
   * Eq. (8) gives 1/20 + ||g_1||_inf = 21/20 and the term-wise bound 1/10000 + 1; with
   * ||g_1||_2 = 2 both hold.
   */
  @Test
  @Verifies("LNHW:eq-8")
  void infinityNormNoiseFails() {
    BigRational one = BigRational.ONE;
    BigRational zero = BigRational.ZERO;
    BigRational half = q(1, 2);
    BigRational[][] sigma = new BigRational[5][5];
    for (int i = 0; i < 5; i++) {
      Arrays.fill(sigma[i], zero);
      sigma[i][i] = one;
    }
    GroupState state = new GroupState(GroupPartition.ofSizes(1, 4), sigma,
        new BigRational[] {one, zero}, new BigRational[] {one, zero, zero, zero, zero},
        new BigRational[] {zero, one, one, one, one}, new BigRational[] {one, q(1, 100)},
        new BigRational[] {one, half, half, half, half});
    OffSupportBoundInstance instance = new OffSupportBoundInstance(state, q(1, 10000), zero,
        zero);
    Verdict printed = new OffSupportPerturbationChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(failedLabels(printed)).containsExactlyInAnyOrder(
        "|v_l^T X_l^T xi/n| <= ||X_l^T xi/n||_inf (group 1)",
        "|e_{l,t}| <= alpha + alpha delta_in + alpha delta_out (L - s) + 3/2 (u*_max)^2"
            + " delta_out s + ||X_l^T xi/n||_inf (group 1)",
        "|e_{l,t}| <= (u*_min)^2/20 + ||X_l^T xi/n||_inf (Eq. (8)) (group 1)");
    assertThat(printed.failures()).filteredOn(c -> c.label().endsWith("(Eq. (8)) (group 1)"))
        .singleElement().satisfies(c -> {
          assertThat(c.lhs()).isEqualTo(2 - 1e-4);
          assertThat(c.rhs()).isEqualTo(21.0 / 20);
        });
    Verdict corrected = new OffSupportPerturbationChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
  }

  /**
   * Group 0 (size 2) in S with (u_0*)^2 = 1, v_0* = (1, 0), u_0 = 6/5 (u_0^2 = 36/25 <= 3/2),
   * v_0 = (0, 1), so (u*)^2 v* - u^2 v = (1, -36/25); group 1 (size 1) off the support with
   * u_1 = 1/100, alpha = 1/10000, v_1 = 1; Sigma_10 = (1/120)(3/5, -4/5) (rank one, norm
   * 1/120 = delta_out), no noise. Then the support term is (1/120)(3/5 + (4/5)(36/25)) =
   * 219/15000 > (3/2)/120 = 1/80, and e_1 = 219/15000 - 1/10000 = 29/2000 exceeds the printed
   * term-wise bound 1/10000 (1 + 1/120) + 1/80 = 15121/1200000; the corrected (5/2)/120 = 1/48
   * holds, and Eq. (8) (1/20) holds in both forms.
   */
  @Test
  @Verifies("LNHW:rem-C.4.1")
  void supportTermNeedsMoreThanThreeHalves() {
    BigRational one = BigRational.ONE;
    BigRational zero = BigRational.ZERO;
    BigRational a = q(3, 600);
    BigRational b = q(-4, 600);
    BigRational[][] sigma = {{one, zero, a}, {zero, one, b}, {a, b, one}};
    GroupState state = new GroupState(GroupPartition.ofSizes(2, 1), sigma,
        new BigRational[] {one, zero}, new BigRational[] {one, zero, zero},
        new BigRational[] {zero, zero, zero}, new BigRational[] {q(6, 5), q(1, 100)},
        new BigRational[] {zero, one, one});
    OffSupportBoundInstance instance = new OffSupportBoundInstance(state, q(1, 10000), zero,
        q(1, 120));
    Verdict printed = new OffSupportPerturbationChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(failedLabels(printed)).containsExactlyInAnyOrder(
        "|support term| <= 3/2 (u*_max)^2 delta_out s (group 1)",
        "|e_{l,t}| <= alpha + alpha delta_in + alpha delta_out (L - s) + 3/2 (u*_max)^2"
            + " delta_out s + ||X_l^T xi/n||_inf (group 1)");
    assertThat(printed.failures()).filteredOn(c -> c.label().startsWith("|support"))
        .singleElement().satisfies(c -> {
          assertThat(c.lhs()).isEqualTo(219.0 / 15000);
          assertThat(c.rhs()).isEqualTo(1.0 / 80);
        });
    Verdict corrected = new OffSupportPerturbationChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
  }
}
