package org.tacit.l1rate.family;

import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionFamilies;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.exact.BigRational;
import org.tacit.linalg.FloatingPoint;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instance families and exact hypothesis checks shared by the checkers of MS Lemmas III.2 and
 * III.3 and of (I.1)/(I.2) on the entropy projection: instances with a strictly positive feasible
 * point (verified exactly from its witness), and instances with a known unique l1 minimizer
 * (verified exactly from a strict dual certificate and injectivity of A_S).
 *
 * <p>Spec: hypotheses of {@code MS:lem-III.2}, {@code MS:lem-III.3i}, {@code MS:lem-III.3ii},
 * {@code MS:eq-I.1}, {@code MS:eq-I.2}.
 */
public final class ProjectionLemmaFamilies {

  private ProjectionLemmaFamilies() {}

  /** Mixes the three families; alpha in [1e-12, 1]. */
  public static InstanceFamily<ProjectionInstance> mixed() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "positive feasible | forced zeros | known x* (both kinds), alpha in [1e-12, 1]";
      }

      @Override
      public ProjectionInstance draw(Draws draws) {
        switch (draws.intBetween(0, 3)) {
          case 0:
            return ProjectionFamilies.positiveFeasible().draw(draws);
          case 1:
            return ProjectionFamilies.forcedZeros().draw(draws);
          default:
            KnownMinimizerInstance k = ProjectionFamilies.knownMinimizer(draws.coin()).draw(draws);
            return new ProjectionInstance(k.problem(), ProjectionFamilies.logUniformAlpha(draws, 12),
                k.positiveFeasiblePoint());
        }
      }
    };
  }

  /** Instances with a known unique l1 minimizer, degenerate or not. */
  public static InstanceFamily<KnownMinimizerInstance> knownEither() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "known unique l1 minimiser, degenerate or not";
      }

      @Override
      public KnownMinimizerInstance draw(Draws draws) {
        return ProjectionFamilies.knownMinimizer(draws.coin()).draw(draws);
      }
    };
  }

  /** "" when the witness proves the hypotheses exactly; otherwise the failed hypothesis. */
  public static String failedHypothesis(ProjectionInstance instance) {
    EntropyProjectionProblem problem = instance.problem();
    BigRational[] x0 = instance.positiveFeasiblePoint();
    if (!java.util.Arrays.equals(problem.a().multiply(x0), problem.y())) {
      return "witness is not feasible";
    }
    boolean[] mask = problem.support();
    for (int i = 0; i < x0.length; i++) {
      if ((x0[i].signum() > 0) != mask[i]) {
        return "witness is not positive exactly on the mask";
      }
    }
    return "";
  }

  /** "" when the instance's certificates hold exactly; otherwise the failed hypothesis. */
  public static String failedMinimizerHypothesis(KnownMinimizerInstance instance) {
    EntropyProjectionProblem problem = instance.problem();
    if (!java.util.Arrays.equals(problem.a().multiply(instance.minimizer()), problem.y())) {
      return "A x* = y";
    }
    for (BigRational level : instance.offSupportLevels()) {
      if (level.compareTo(BigRational.ONE) >= 0) {
        return "strict dual certificate a_j^T mu < 1 off S";
      }
    }
    if (problem.a().selectColumns(instance.support()).rank() < instance.support().length) {
      return "A_S injective";
    }
    return failedHypothesis(new ProjectionInstance(problem, 1.0, instance.positiveFeasiblePoint()));
  }

  /** Tolerance of {@code |<log(x^/alpha), n>|}: certified log errors plus rounding of the sum. */
  public static double identityTolerance(double[] n, double[] logX, double logAlpha,
      double[] bound) {
    double certified = 0;
    double rounding = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] != 0) {
        double term = Math.abs(n[i]) * Math.abs(logX[i] - logAlpha);
        certified += Math.abs(n[i]) * bound[i];
        rounding += term * FloatingPoint.gamma(n.length + 4)
            + Math.abs(n[i]) * 2 * FloatingPoint.UNIT_ROUNDOFF * (Math.abs(logX[i]) + Math.abs(logAlpha));
      }
    }
    return (certified + rounding) * (1 + FloatingPoint.gamma(n.length + 2));
  }

}
