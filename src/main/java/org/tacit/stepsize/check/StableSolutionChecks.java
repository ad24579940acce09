package org.tacit.stepsize.check;

import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;

/**
 * Checks shared by the stable-solution theorems (4.2, 6.2, B.1) and Lemma 2.3 on converged GD
 * runs. Package-private.
 */
final class StableSolutionChecks {

  private StableSolutionChecks() {}

  /**
   * The lower bound of the Lemma at the final iterate, made valid away from exact solutions:
   * {@code lowerBound <= lambda_max(G) <= lambda_max(H) + ||R||_2} (Weyl), tolerance
   * {@link StepSizeTolerances#SPECTRAL}.
   */
  static Check lowerBoundBelowLambda(String specId, String label, HessianBounds bounds) {
    return Check.lessOrEqual(specId, label + " <= lambda_max + ||R||_2", bounds.lowerBound(),
        bounds.lambdaMax() + bounds.residualTermNorm(), StepSizeTolerances.SPECTRAL);
  }

  /** Lemma 2.3 at the final iterate: {@code lambda_max <= 2/eta}, tolerance EDGE_OF_STABILITY. */
  static Check lambdaBelowEdge(String specId, HessianBounds bounds, double step) {
    return Check.lessOrEqual(specId, "lambda_max <= 2/eta", bounds.lambdaMax(), 2 / step,
        StepSizeTolerances.EDGE_OF_STABILITY);
  }
}
