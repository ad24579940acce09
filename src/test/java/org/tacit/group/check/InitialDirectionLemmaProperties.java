package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.InitialDirectionFamilies;
import org.tacit.group.model.InitialDirectionInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** LNHW Lemma 3 (corrected) and its proof steps, exactly, on certified Gram instances. */
class InitialDirectionLemmaProperties {

  @Test
  @Verifies("LNHW:lem-3")
  @Verifies("LNHW:rem-B.1")
  void correctedBoundHoldsWithItsProofSteps() {
    PropertyHarness.verify("LNHW:lem-3 corrected",
        new CheckSuite<>(new InitialDirectionLemmaChecker(), InitialDirectionFamilies.corrected()));
  }

  /**
   * Where the magnitudes satisfy the printed proof's implicit condition
   * {@code sum_{l' != l} (u_l'*)^2 <= L (u_l*)^2} (always in this family? no: only when checked),
   * the printed bound holds too: whenever the corrected beta is at most the printed one, the
   * printed statement is implied by the corrected one.
   */
  @Test
  @Verifies("LNHW:lem-3")
  void printedBoundHoldsWhenItsBetaDominatesTheCorrectedOne() {
    InitialDirectionLemmaChecker printed = new InitialDirectionLemmaChecker(StatementForm.PRINTED);
    InitialDirectionLemmaChecker corrected = new InitialDirectionLemmaChecker();
    SeededDraws draws = new SeededDraws(3);
    int dominated = 0;
    for (int k = 0; k < 200; k++) {
      InitialDirectionInstance instance = InitialDirectionFamilies.corrected().draw(draws);
      Verdict correctedVerdict = corrected.check(instance);
      assertThat(correctedVerdict.holds()).as(correctedVerdict.describe()).isTrue();
      if (equalMagnitudes(instance)) {
        dominated++;
        Verdict printedVerdict = printed.check(instance);
        assertThat(printedVerdict.holds()).as(printedVerdict.describe()).isTrue();
      }
    }
    assertThat(dominated).isPositive();
  }

  /** Every support group of the instance has the magnitude of group l, or is absent. */
  private static boolean equalMagnitudes(InitialDirectionInstance instance) {
    var target = instance.groupNormSquared(instance.wStar(), instance.group());
    for (int m = 0; m < instance.groups().groupCount(); m++) {
      var other = instance.groupNormSquared(instance.wStar(), m);
      if (other.signum() != 0 && !other.equals(target)) {
        return false;
      }
    }
    return true;
  }
}
