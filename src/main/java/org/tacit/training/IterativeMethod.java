package org.tacit.training;

import java.util.Optional;

/**
 * An iterative method on flat parameter vectors that is not plain gradient descent (e.g. a
 * descent with a normalisation step, or with per-block step sizes), as {@link IterationLoop}
 * drives it: at each step the loop evaluates {@link #loss} at {@code theta_t}, then asks for the
 * update {@code theta_t -> theta_{t+1}} with the schedule's step {@code eta_t}.
 *
 * <p>Call protocol: as {@link Objective}: {@link #update} is called right after {@link #loss} at
 * the same (unmodified) {@code theta}, so an implementation may cache what {@link #loss} computed.
 * Such a method holds per-run scratch state (and may record observations of the run, e.g. the
 * step at which it changed phase): use one instance per run.
 */
public interface IterativeMethod {

  /** The number {@code n} of parameters; every {@code theta} passed in has this length. */
  int dimension();

  /**
   * {@code L(theta)}; may be non-finite (the loop then stops as diverged). Does not modify
   * {@code theta}.
   */
  double loss(double[] theta);

  /**
   * Makes update {@code t} ({@code theta_t -> theta_{t+1}}) in place with the schedule's step
   * {@code step}. Returns empty when the update was made, or the reason the method cannot make it
   * (e.g. the next iterate would leave the method's domain); then {@code theta} must be left
   * unchanged and the loop stops with that reason.
   */
  Optional<String> update(double[] theta, long t, double step);
}
