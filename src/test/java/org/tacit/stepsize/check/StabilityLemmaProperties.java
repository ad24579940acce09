package org.tacit.stepsize.check;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/**
 * NRSS Lemmas 4.1, 6.1 (proved form) and C.1 with their proof steps, at random solutions of random
 * data sets (Gaussian with mean mu, and small-integer), via the library checkers.
 */
class StabilityLemmaProperties {

  @Test
  @Verifies("NRSS:lem-4.1")
  @Verifies("NRSS:eq-7")
  @Verifies("NRSS:eq-19")
  @Verifies("NRSS:eq-20")
  @Verifies("NRSS:eq-21")
  @Verifies("NRSS:def-2.1")
  void lemma41HoldsAtRandomSolutions() {
    PropertyHarness.verify("NRSS:lem-4.1 depth 2",
        new CheckSuite<>(new DepthTwoStabilityLemmaChecker(), StabilityFamilies.depth(2, 2)));
  }

  @Test
  @Verifies("NRSS:lem-6.1")
  @Verifies("NRSS:eq-26")
  @Verifies("NRSS:eq-28")
  @Verifies("NRSS:eq-29")
  @Verifies("NRSS:eq-30")
  @Verifies("NRSS:eq-31")
  @Verifies("NRSS:eq-32")
  @Verifies("NRSS:eq-33")
  void lemma61ProvedFormHoldsAtRandomSolutions() {
    PropertyHarness.verify("NRSS:lem-6.1 depth 2..6",
        new CheckSuite<>(new DepthStabilityLemmaChecker(), StabilityFamilies.depth(2, 6)));
  }

  @Test
  @Verifies("NRSS:lem-C.1")
  @Verifies("NRSS:eq-36")
  @Verifies("NRSS:eq-37")
  @Verifies("NRSS:eq-39")
  @Verifies("NRSS:eq-40")
  @Verifies("NRSS:eq-41")
  @Verifies("NRSS:eq-42")
  @Verifies("NRSS:eq-43")
  void lemmaC1HoldsAtRandomSolutions() {
    PropertyHarness.verify("NRSS:lem-C.1 UV",
        new CheckSuite<>(new UvStabilityLemmaChecker(), StabilityFamilies.uv()));
  }
}
