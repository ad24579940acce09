package org.tacit.l1rate.check;

import org.junit.jupiter.api.Test;
import org.tacit.l1rate.family.ClosedFormFamilies;
import org.tacit.l1rate.family.RateFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.StatementForm;

/**
 * MS Theorem II.2 on the closed-form families: the upper bound (II.3) with (III.1)-(III.5), and
 * the corrected lower bound (II.4) with (III.6)-(III.11), over alpha = eps min_S x* with eps on a
 * log scale from 1 down to 1e-12 (and to 1e-30 in the deep properties, where the projection is
 * still certified). Tolerances: derived from the projection certificate (see the checkers).
 */
class RateBoundsProperties {

  private final RateUpperBoundChecker upper = new RateUpperBoundChecker();
  private final RateLowerBoundChecker lower = new RateLowerBoundChecker(StatementForm.CORRECTED);

  @Test
  @Verifies("MS:thm-II.2")
  @Verifies("MS:thm-II.2a")
  @Verifies("MS:eq-II.3")
  @Verifies("MS:eq-III.1")
  @Verifies("MS:eq-III.2")
  @Verifies("MS:eq-III.3")
  @Verifies("MS:eq-III.4")
  @Verifies("MS:eq-III.5")
  @Verifies("MS:lem-III.3ii")
  @Verifies("MS:rem-II.1")
  void upperBoundSingleRow() {
    PropertyHarness.verify("MS:thm-II.2a single row", upper,
        RateFamilies.upperBound(ClosedFormFamilies.singleRowFamily(), 12),
        PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:thm-II.2a")
  @Verifies("MS:eq-II.3")
  @Verifies("MS:eq-III.1")
  @Verifies("MS:eq-III.2")
  @Verifies("MS:eq-III.3")
  @Verifies("MS:eq-III.4")
  @Verifies("MS:eq-III.5")
  void upperBoundBlockDiagonal() {
    PropertyHarness.verify("MS:thm-II.2a block diagonal", upper,
        RateFamilies.upperBound(ClosedFormFamilies.blockDiagonalFamily(), 12),
        PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:thm-II.2a")
  @Verifies("MS:eq-II.3")
  void upperBoundDeepAlpha() {
    PropertyHarness.verify("MS:thm-II.2a deep alpha", upper,
        RateFamilies.upperBound(ClosedFormFamilies.blockDiagonalFamily(), 30),
        PropertyHarness.tries() / 2);
  }

  @Test
  @Verifies("MS:thm-II.2")
  @Verifies("MS:thm-II.2b")
  @Verifies("MS:eq-II.4")
  @Verifies("MS:eq-III.6")
  @Verifies("MS:eq-III.7")
  @Verifies("MS:eq-III.8")
  @Verifies("MS:eq-III.9")
  @Verifies("MS:eq-III.10")
  @Verifies("MS:eq-III.11")
  @Verifies("MS:rem-II.1")
  void correctedLowerBoundSingleRow() {
    PropertyHarness.verify("MS:thm-II.2b corrected single row", lower,
        RateFamilies.lowerBound(ClosedFormFamilies.singleRowFamily(), 12),
        PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:thm-II.2b")
  @Verifies("MS:eq-II.4")
  @Verifies("MS:eq-III.6")
  @Verifies("MS:eq-III.7")
  @Verifies("MS:eq-III.8")
  @Verifies("MS:eq-III.9")
  @Verifies("MS:eq-III.10")
  @Verifies("MS:eq-III.11")
  void correctedLowerBoundBlockDiagonal() {
    PropertyHarness.verify("MS:thm-II.2b corrected block diagonal", lower,
        RateFamilies.lowerBound(ClosedFormFamilies.blockDiagonalFamily(), 12),
        PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:thm-II.2b")
  @Verifies("MS:eq-II.4")
  void correctedLowerBoundDeepAlpha() {
    PropertyHarness.verify("MS:thm-II.2b corrected deep alpha", lower,
        RateFamilies.lowerBound(ClosedFormFamilies.blockDiagonalFamily(), 30),
        PropertyHarness.tries() / 2);
  }
}
