package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Lemma 2.3, empirically: a GD run with step {@code eta} that converged ends at parameters
 * with {@code lambda_max(Hess L) <= 2/eta} (3), up to the relative tolerance
 * {@link StepSizeTolerances#EDGE_OF_STABILITY} (see there why: near a minimum with
 * {@code lambda_max > 2/eta}, GD is repelled along the top eigenvector by the factor
 * {@code |1 - eta lambda_max| > 1} per step, so a converged run cannot end there except for the
 * distance still to travel to its limit). The converse is not claimed and not checked.
 *
 * <p>Checks: (3) {@code lambda_max <= 2/eta}; and the linear-algebra step of the proof, the
 * spectral radius of the GD Jacobian {@code I - eta H} at the final iterate is at most 1 (from all
 * eigenvalues of H, dense, {@link SymmetricEigen}; for {@code B d >}
 * {@link HessianBounds#DENSE_LIMIT} only (3) is checked). Hypotheses verified: the run converged.
 * Cost: O((B d)^3).
 *
 * <p>Spec: {@code NRSS:lem-2.3}, {@code NRSS:eq-3}, {@code NRSS:eq-16}.
 */
public final class LinearStabilityLemmaChecker extends ConvergedRunChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-2.3";

  /** The checker (stateless). */
  public LinearStabilityLemmaChecker() {
    super(SPEC_ID, NetworkModel.ANY);
  }

  @Override
  protected List<Check> evaluateRun(ConvergedRun run) {
    HessianBounds bounds = run.bounds();
    double step = run.step();
    List<Check> checks = new ArrayList<>();
    checks.add(StableSolutionChecks.lambdaBelowEdge(SPEC_ID, bounds, step));
    SquaredLoss loss = new SquaredLoss(run.data(), run.model());
    int size = loss.parameterCount();
    if (size <= HessianBounds.DENSE_LIMIT) {
      double[] eigenvalues = SymmetricEigen.eigenvalues(loss.hessian(run.result().theta()), size);
      double radius = Math.max(Math.abs(1 - step * eigenvalues[0]),
          Math.abs(1 - step * eigenvalues[size - 1]));
      // eta lambda <= 2 (1 + tol) is 1 - eta lambda >= -(1 + 2 tol): the same tolerance, doubled
      checks.add(Check.lessOrEqual("NRSS:eq-3", "spectral radius of I - eta H <= 1", radius, 1.0,
          2 * StepSizeTolerances.EDGE_OF_STABILITY));
    }
    return checks;
  }
}
