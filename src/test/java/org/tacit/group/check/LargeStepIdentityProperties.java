package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.SingleGroupFamilies;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Eq. (6): (4) with eta_t = 1/u^4(t) is (6), exactly. */
class LargeStepIdentityProperties {

  @Test
  @Verifies("LNHW:eq-6")
  void identityHoldsExactlyOnTheFamily() {
    PropertyHarness.verify("LNHW:eq-6 exact",
        new CheckSuite<>(new LargeStepIdentityChecker(), SingleGroupFamilies.largeStep()));
  }

  /**
   * Hand case: u^2 = 2, (u*)^2 = 3, v* = (1, 0), v(t) = (0, 1), b = (1, 1). (6) gives
   * z = ((3, 0) + (1, 1))/2 = (2, 1/2); (4) with eta = 1/4 gives
   * (0, 1) + (1/2)((3, 0) - (0, 2) + (1, 1)) = (2, 1/2) as well.
   */
  @Test
  @Verifies("LNHW:eq-6")
  void handCase() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.ZERO, BigRational.ONE};
    BigRational[] b = {BigRational.ONE, BigRational.ONE};
    BigRational two = BigRational.TWO;
    BigRational three = BigRational.of(3);
    assertThat(SingleGroupUpdate.largeStepDirection(two, three, vStar, b))
        .containsExactly(two, BigRational.of(1, 2));
    assertThat(SingleGroupUpdate.direction(v, two, three, vStar, BigRational.of(1, 4), b))
        .containsExactly(two, BigRational.of(1, 2));
    assertThat(new LargeStepIdentityChecker().check(new LargeStepInstance(two, three, vStar, v, b))
        .holds()).isTrue();
  }

  /** Any other step keeps a v(t) term: eta = 1/5 on the hand case gives a different z. */
  @Test
  @Verifies("LNHW:eq-6")
  void otherStepsDiffer() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.ZERO, BigRational.ONE};
    BigRational[] b = {BigRational.ONE, BigRational.ONE};
    assertThat(SingleGroupUpdate.direction(v, BigRational.TWO, BigRational.of(3), vStar,
        BigRational.of(1, 5), b)).containsExactly(BigRational.of(8, 5), BigRational.of(3, 5));
  }
}
