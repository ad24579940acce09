package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.EscapeTimeInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW Lemma 5: both printed times exceed the crossing time t* of the extremal flow
 * u' = u^5 + sqrt(2) B u^3 (which meets the hypothesis with equality), so the printed conclusion
 * u(t) <= sqrt(theta) fails on (t*, T]. The exponential comparison gives
 * d(u^2)/dt <= u^2 (2 u^4 + 2 sqrt(2) u^2 B) <= u^2 (2 theta^2 + 2 sqrt(2) theta B) while
 * u^2 <= theta, hence the corrected T_c = log(1/theta)/(2 theta^2 + 2 sqrt(2) theta B); the
 * print drops the 2 of the second term (and the statement also writes sqrt(2B) for sqrt(2) B).
 */
class SlowGrowthEscapeLemmaErratumTest {

  private static Check labelled(Verdict verdict, String prefix) {
    return verdict.checks().stream().filter(c -> c.label().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  /**
   * theta = 14/25, B = 1 (both printed forms coincide, sqrt(2B) = sqrt(2) B): t* = 0.38443,
   * printed T = log(25/14)/(2 (14/25)^2 + (14/25) sqrt(2)) = 0.579818/1.419195 = 0.40856 > t*;
   * corrected T_c = 0.579818/(0.6272 + 1.583919) = 0.26223 <= t*.
   */
  @Test
  @Verifies("LNHW:lem-5")
  void bothPrintedTimesExceedTheCrossingTime() {
    EscapeTimeInstance instance = new EscapeTimeInstance(BigRational.of(14, 25), BigRational.ONE);
    Verdict printed = new SlowGrowthEscapeLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    Check statement = labelled(printed, "printed statement");
    Check proof = labelled(printed, "printed proof");
    assertThat(statement.holds()).isFalse();
    assertThat(proof.holds()).isFalse();
    assertThat(statement.lhs()).isCloseTo(0.40856468668, within(1e-10));
    assertThat(statement.rhs()).isCloseTo(0.38443076690, within(1e-10));
    assertThat(labelled(printed, "closed form t* >=").holds()).isTrue();
    assertThat(labelled(printed, "closed form t* <=").holds()).isTrue();

    Verdict corrected = new SlowGrowthEscapeLemmaChecker().check(instance);
    assertThat(corrected.holds()).isTrue();
    assertThat(labelled(corrected, "T_c").lhs()).isCloseTo(0.26222851210, within(1e-10));
  }

  /**
   * theta = 3/10, B = 3: the statement's sqrt(2B) = sqrt(6) < sqrt(2) B makes its T = 1.316 larger
   * than t* = 0.8845, while the proof's T = 0.8287 happens to hold: the two printed forms are
   * different errors.
   */
  @Test
  @Verifies("LNHW:lem-5")
  void statementFormFailsWhereTheProofFormHolds() {
    EscapeTimeInstance instance = new EscapeTimeInstance(BigRational.of(3, 10), BigRational.of(3));
    Verdict printed = new SlowGrowthEscapeLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(labelled(printed, "printed statement").holds()).isFalse();
    assertThat(labelled(printed, "printed proof").holds()).isTrue();
    assertThat(new SlowGrowthEscapeLemmaChecker().check(instance).holds()).isTrue();
  }

  /**
   * Small B and theta (B = 1/100, theta = 1/100): all three times are below t*; the printed forms
   * are only wrong where the sqrt(2) B theta term matters.
   */
  @Test
  @Verifies("LNHW:lem-5")
  void printedFormsHoldWhenTheNoiseTermIsSmall() {
    EscapeTimeInstance instance = new EscapeTimeInstance(BigRational.of(1, 100),
        BigRational.of(1, 100));
    assertThat(new SlowGrowthEscapeLemmaChecker(StatementForm.PRINTED).check(instance).holds())
        .isTrue();
  }
}
