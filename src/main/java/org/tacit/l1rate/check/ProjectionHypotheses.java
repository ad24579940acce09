package org.tacit.l1rate.check;

import java.util.Arrays;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Hypotheses;

/**
 * The hypotheses of the checkers of MS Lemmas III.2 and III.3 and of (I.1)/(I.2) on the entropy
 * projection, decided exactly: a strictly positive feasible point on the support mask (from the
 * instance's witness), and a known unique nonnegative l1 minimizer (from a strict dual certificate
 * and injectivity of {@code A_S}).
 *
 * <p>Spec: hypotheses of {@code MS:lem-III.2}, {@code MS:lem-III.3i}, {@code MS:lem-III.3ii},
 * {@code MS:eq-I.1}, {@code MS:eq-I.2}.
 */
final class ProjectionHypotheses {

  private ProjectionHypotheses() {}

  /**
   * The witness {@code x0} of {@code instance} is feasible ({@code A x0 = y}) and strictly positive
   * exactly on the problem's support mask; records into {@code hypotheses}, returns whether both
   * hold.
   */
  static boolean positiveWitness(ProjectionInstance instance, Hypotheses hypotheses) {
    EntropyProjectionProblem problem = instance.problem();
    BigRational[] x0 = instance.positiveFeasiblePoint();
    if (!hypotheses.require("witness is feasible (A x0 = y)",
        Arrays.equals(problem.a().multiply(x0), problem.y()))) {
      return false;
    }
    boolean[] mask = problem.support();
    boolean positiveOnMask = true;
    for (int i = 0; i < x0.length; i++) {
      positiveOnMask &= (x0[i].signum() > 0) == mask[i];
    }
    return hypotheses.require("witness is positive exactly on the mask", positiveOnMask);
  }

  /**
   * The instance's minimizer certificates hold exactly ({@code A x* = y}, a strict dual
   * certificate off S, {@code A_S} injective) and its positive witness is valid; records into
   * {@code hypotheses}, returns whether all hold.
   */
  static boolean knownMinimizer(KnownMinimizerInstance instance, Hypotheses hypotheses) {
    EntropyProjectionProblem problem = instance.problem();
    if (!hypotheses.require("A x* = y",
        Arrays.equals(problem.a().multiply(instance.minimizer()), problem.y()))) {
      return false;
    }
    boolean strict = true;
    for (BigRational level : instance.offSupportLevels()) {
      strict &= level.compareTo(BigRational.ONE) < 0;
    }
    if (!hypotheses.require("strict dual certificate a_j^T mu < 1 off S", strict)
        || !hypotheses.require("A_S injective", problem.a().selectColumns(instance.support())
            .rank() == instance.support().length)) {
      return false;
    }
    return positiveWitness(new ProjectionInstance(problem, 1.0, instance.positiveFeasiblePoint()),
        hypotheses);
  }
}
