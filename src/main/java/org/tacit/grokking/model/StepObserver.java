package org.tacit.grokking.model;

/**
 * Sees every iterate of a {@link SubgradientDescent} run, in order, before the update made from it
 * (and the last iterate of the run). Observations do not affect the run.
 */
@FunctionalInterface
public interface StepObserver {

  /** Observes nothing. */
  StepObserver NONE = (t, a, residual) -> { };

  /**
   * One iterate.
   *
   * @param t the loop's step index (updates made so far; the paper's {@code a^(t+1)} when its
   *     proofs start at {@code a^(1)})
   * @param a the iterate (read only; valid during the call)
   * @param residual {@code X a - y} (read only; valid during the call)
   */
  void observe(long t, double[] a, double[] residual);
}
