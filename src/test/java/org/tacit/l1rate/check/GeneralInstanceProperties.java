package org.tacit.l1rate.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionFamilies;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.family.ClosedFormFamiliesProperties;
import org.tacit.l1rate.family.RateFamilies;
import org.tacit.l1rate.family.SolvedConstantsFamilies;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Theorem II.2 beyond the closed forms: instances of {@link ProjectionFamilies#knownMinimizer}
 * (N in [2, 5] rows, |S| up to 5, d up to 12, rho <= 3/4, m_S of mixed signs) with rho, rho~,
 * rho- and the witness m computed by {@link NullSpaceConstantsSolver} (branch and bound over sign
 * patterns), cross-checked against a test-side oracle that enumerates all 2^|S| sign patterns with
 * the exact simplex. Here rho- > max(0, rho) and kappa > 1 occur.
 */
class GeneralInstanceProperties {

  /** Exact constants of a known-minimizer instance from the LPs of (II.1), (II.2). */
  static ClosedFormInstance withLpConstants(KnownMinimizerInstance problem) {
    RationalMatrix a = problem.problem().a();
    int[] support = problem.support();
    var rhoResult = ClosedFormFamiliesProperties.solve(a, support,
        ClosedFormFamiliesProperties.sign(support.length, -1));
    BigRational rho = java.util.Objects.requireNonNull(rhoResult.objective());
    BigRational[] witness = rhoResult.x().toArray(new BigRational[0]);
    BigRational tilde = BigRational.ZERO;
    BigRational minus = BigRational.ZERO;
    for (int mask = 0; mask < (1 << support.length); mask++) {
      BigRational[] pattern = new BigRational[support.length];
      BigRational[] subset = new BigRational[support.length];
      for (int p = 0; p < support.length; p++) {
        boolean bit = ((mask >> p) & 1) == 1;
        pattern[p] = bit ? BigRational.ONE : BigRational.MINUS_ONE;
        subset[p] = bit ? BigRational.MINUS_ONE : BigRational.ZERO;
      }
      tilde = tilde.max(ClosedFormFamiliesProperties.maximize(a, support, pattern));
      minus = minus.max(ClosedFormFamiliesProperties.maximize(a, support, subset));
    }
    BigRational[] xStar = problem.minimizer();
    BigRational min = xStar[support[0]];
    BigRational max = min;
    for (int i : support) {
      min = min.min(xStar[i]);
      max = max.max(xStar[i]);
    }
    return new ClosedFormInstance(problem, new RateConstants(support, xStar, rho, tilde,
        minus, max.divide(min), witness));
  }

  private static InstanceFamily<ClosedFormInstance> family(boolean degenerate) {
    return SolvedConstantsFamilies.knownMinimizer(degenerate);
  }

  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void solverAgreesWithTheEnumerationOracle() {
    InstanceFamily<KnownMinimizerInstance> base = ProjectionFamilies.knownMinimizer(false);
    PropertyHarness.forAll("MS:eq-II.2 solver = sign enumeration", base, problem -> {
      RateConstants oracle = withLpConstants(problem).constants();
      RateConstants solved = SolvedConstantsFamilies.withSolvedConstants(problem).constants();
      String id = "MS:eq-II.2";
      return Verdict.of(id, "d=" + problem.minimizer().length, List.of(
          Check.equal(id, "rho", solved.rho(), oracle.rho()),
          Check.equal(id, "rho~", solved.rhoTilde(), oracle.rhoTilde()),
          Check.equal(id, "rho-", solved.rhoMinus(), oracle.rhoMinus()),
          Check.equal(id, "kappa", solved.kappa(), oracle.kappa())));
    }, Math.max(1, PropertyHarness.tries() / 4));
  }

  @Test
  @Verifies("MS:thm-II.2a")
  @Verifies("MS:eq-II.3")
  @Verifies("MS:eq-III.1")
  @Verifies("MS:eq-III.2")
  @Verifies("MS:eq-III.3")
  @Verifies("MS:eq-III.4")
  @Verifies("MS:eq-III.5")
  void upperBoundOnGeneralInstances() {
    for (boolean degenerate : List.of(false, true)) {
      PropertyHarness.verify("MS:thm-II.2a general degenerate=" + degenerate,
          new RateUpperBoundChecker(), RateFamilies.upperBound(family(degenerate), 12),
          Math.max(1, PropertyHarness.tries() / 4));
    }
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
  void correctedLowerBoundOnGeneralInstances() {
    for (boolean degenerate : List.of(false, true)) {
      PropertyHarness.verify("MS:thm-II.2b corrected general degenerate=" + degenerate,
          new RateLowerBoundChecker(StatementForm.CORRECTED),
          RateFamilies.lowerBound(family(degenerate), 12),
          Math.max(1, PropertyHarness.tries() / 4));
    }
  }
}
