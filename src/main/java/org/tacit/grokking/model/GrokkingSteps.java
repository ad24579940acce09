package org.tacit.grokking.model;

import java.util.OptionalLong;

/**
 * Detects the memorization step {@code t1} (the first {@code t} with
 * {@code ||X a^(t) - y*||_2 / ||y*||_2 <= memorizationThreshold}) and the generalization step
 * {@code t2} (the first {@code t} with {@code ||a^(t) - a*||_2 / ||a*||_2 <=
 * generalizationThreshold}) of a run, as a {@link StepObserver}. The paper's thresholds are
 * {@link TdrTolerances#PAPER_MEMORIZATION_THRESHOLD} and
 * {@link TdrTolerances#PAPER_GENERALIZATION_THRESHOLD}; they are scale-dependent (pitfall P5 of
 * the inventory), hence parameters. For a matrix stored row-major, {@code ||.||_2} of the flat
 * vector is the Frobenius norm.
 *
 * <p>Contract: the arrays are copied; {@code y*} and {@code a*} must be non-zero. O(N + p) per
 * step. One instance per run.
 *
 * <p>Spec: the steps {@code t1}, {@code t2} of {@code TDR:thm-2.1}, {@code TDR:fig-4},
 * {@code TDR:fig-6}.
 */
public final class GrokkingSteps implements StepObserver {

  private final double[] noise;
  private final double[] solution;
  private final double targetNorm;
  private final double solutionNorm;
  private final double memorizationThreshold;
  private final double generalizationThreshold;
  private long memorization = -1;
  private long generalization = -1;
  private double lastTrainingError = Double.NaN;
  private double lastRecoveryError = Double.NaN;

  /**
   * A detector for a run fitting {@code trainingTargets = y* + xi}, measuring the training error
   * against the clean targets {@code y*} and the recovery error against the ground truth
   * {@code a*}.
   *
   * @throws IllegalArgumentException if the target lengths differ, {@code y*} or {@code a*} is
   *     zero, or a threshold is not positive
   */
  public GrokkingSteps(double[] trainingTargets, double[] cleanTargets, double[] groundTruth,
      double memorizationThreshold, double generalizationThreshold) {
    if (trainingTargets.length != cleanTargets.length) {
      throw new IllegalArgumentException("y and y* must have the same length, got "
          + trainingTargets.length + " and " + cleanTargets.length);
    }
    this.noise = new double[cleanTargets.length];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = trainingTargets[i] - cleanTargets[i];
    }
    this.solution = groundTruth.clone();
    this.targetNorm = norm(cleanTargets);
    this.solutionNorm = norm(solution);
    if (!(targetNorm > 0) || !(solutionNorm > 0)) {
      throw new IllegalArgumentException("y* and a* must be non-zero");
    }
    if (!(memorizationThreshold > 0) || !(generalizationThreshold > 0)) {
      throw new IllegalArgumentException("thresholds must be > 0, got " + memorizationThreshold
          + " and " + generalizationThreshold);
    }
    this.memorizationThreshold = memorizationThreshold;
    this.generalizationThreshold = generalizationThreshold;
  }

  /** The detector of a noiseless run ({@code y = y*}) with the paper's thresholds. */
  public static GrokkingSteps noiseless(double[] targets, double[] groundTruth) {
    return new GrokkingSteps(targets, targets, groundTruth,
        TdrTolerances.PAPER_MEMORIZATION_THRESHOLD, TdrTolerances.PAPER_GENERALIZATION_THRESHOLD);
  }

  private static double norm(double[] v) {
    double sum = 0;
    for (double vi : v) {
      sum += vi * vi;
    }
    return Math.sqrt(sum);
  }

  /**
   * Observes {@code a^(t)} with its residual {@code X a - y}; the training error uses
   * {@code X a - y* = (X a - y) + xi}.
   */
  @Override
  public void observe(long t, double[] a, double[] residual) {
    double trainingSquared = 0;
    for (int i = 0; i < residual.length; i++) {
      double e = residual[i] + noise[i];
      trainingSquared += e * e;
    }
    double recoverySquared = 0;
    for (int k = 0; k < a.length; k++) {
      double e = a[k] - solution[k];
      recoverySquared += e * e;
    }
    lastTrainingError = Math.sqrt(trainingSquared) / targetNorm;
    lastRecoveryError = Math.sqrt(recoverySquared) / solutionNorm;
    if (memorization < 0 && lastTrainingError <= memorizationThreshold) {
      memorization = t;
    }
    if (generalization < 0 && lastRecoveryError <= generalizationThreshold) {
      generalization = t;
    }
  }

  /** {@code t1}, if the run memorized. */
  public OptionalLong memorizationStep() {
    return memorization < 0 ? OptionalLong.empty() : OptionalLong.of(memorization);
  }

  /** {@code t2}, if the run generalized. */
  public OptionalLong generalizationStep() {
    return generalization < 0 ? OptionalLong.empty() : OptionalLong.of(generalization);
  }

  /** {@code ||X a - y*|| / ||y*||} at the last observed iterate (NaN before the first). */
  public double lastTrainingError() {
    return lastTrainingError;
  }

  /** {@code ||a - a*|| / ||a*||} at the last observed iterate (NaN before the first). */
  public double lastRecoveryError() {
    return lastRecoveryError;
  }
}
