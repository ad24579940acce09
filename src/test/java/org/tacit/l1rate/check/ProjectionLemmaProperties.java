package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.l1rate.family.ProjectionLemmaFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/**
 * The statements of MS that concern the projection x_inf(alpha) itself, checked by the library
 * checkers of org.tacit.l1rate on solver output with tolerances derived from the solver's
 * certificate: Lemma III.2 (maximal support), Lemma III.3 (i) and (ii), and (I.1), (I.2) as
 * alpha -> 0 on instances with a known unique l1 minimizer. Hypotheses are verified exactly on
 * every instance by the checkers.
 */
class ProjectionLemmaProperties {

  @Test
  @Verifies("MS:lem-III.2")
  void projectionHasMaximalSupport() {
    PropertyHarness.verify("MS:lem-III.2 maximal support", new MaximalSupportLemmaChecker(),
        ProjectionLemmaFamilies.mixed(), PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:lem-III.3ii")
  void firstOrderIdentityHoldsOnTheKernel() {
    PropertyHarness.verify("MS:lem-III.3ii kernel identity", new KernelIdentityLemmaChecker(),
        ProjectionLemmaFamilies.mixed(), PropertyHarness.tries());
  }

  @Test
  @Verifies("MS:lem-III.3")
  @Verifies("MS:lem-III.3i")
  @Verifies("MS:lem-III.3ii")
  void deviationLiesInTheConeAndSatisfiesTheSplitIdentity() {
    PropertyHarness.verify("MS:lem-III.3 split form", new DeviationSplitLemmaChecker(),
        ProjectionLemmaFamilies.knownEither(), Math.max(10, PropertyHarness.tries() / 2));
  }

  @Test
  @Verifies("MS:eq-I.1")
  @Verifies("MS:eq-I.2")
  void excessAndErrorVanishAsAlphaTendsToZero() {
    PropertyHarness.verify("MS:eq-I.1/I.2 alpha -> 0", new VanishingDeviationChecker(),
        ProjectionLemmaFamilies.knownEither(), Math.max(10, PropertyHarness.tries() / 2));
  }

  /** The checkers reject instances whose witnesses do not prove the hypotheses. */
  @Test
  void hypothesesAreVerifiedExactly() {
    var instance = ProjectionLemmaFamilies.mixed().draw(new org.tacit.verify.SeededDraws(3));
    var point = instance.positiveFeasiblePoint();
    point[0] = point[0].add(org.tacit.exact.BigRational.ONE);
    var broken = new ProjectionInstance(instance.problem(), instance.alpha(), point);
    assertThat(new MaximalSupportLemmaChecker().check(broken).hypothesisFailure())
        .isEqualTo("witness is feasible (A x0 = y)");
    assertThat(new KernelIdentityLemmaChecker().check(broken).hypothesesMet()).isFalse();
  }
}
