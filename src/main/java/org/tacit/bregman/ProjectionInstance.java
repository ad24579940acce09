package org.tacit.bregman;

import org.tacit.exact.BigRational;

/**
 * A projection problem, a scale alpha, and a witness of its hypotheses: an exact feasible point
 * that is strictly positive on the support mask and zero outside it.
 *
 * <p>Contract: the record does not enforce {@code A positiveFeasiblePoint = y}; generators
 * construct it so and tests verify it exactly. Arrays are copied.
 *
 * <p>Spec: instances for MS {@code rem-I.2} projections and {@code MS:lem-III.2}.
 *
 * @param problem the projection problem
 * @param alpha the scale, positive
 * @param positiveFeasiblePoint a feasible point, positive exactly on the mask
 */
public record ProjectionInstance(EntropyProjectionProblem problem, double alpha,
    BigRational[] positiveFeasiblePoint) {

  /** Compact canonical constructor: copies the point. */
  public ProjectionInstance {
    positiveFeasiblePoint = positiveFeasiblePoint.clone();
  }

  /** The witness point (a copy). */
  @Override
  public BigRational[] positiveFeasiblePoint() {
    return positiveFeasiblePoint.clone();
  }
}
