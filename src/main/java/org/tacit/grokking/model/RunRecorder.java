package org.tacit.grokking.model;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Records the curves of a sparse-recovery run at chosen steps (the quantities of Figures 3, 7 and
 * 16): relative training error {@code ||X a - y*|| / ||y*||}, relative recovery error
 * {@code ||a - a*|| / ||a*||}, {@code ||a||_1}, {@code ||a||_2}, the gradient ratio
 * {@code ||grad g(a)|| / ||beta H(a)||}, with the steps {@code t1, t2} of {@link GrokkingSteps}
 * (noiseless, the paper's thresholds) and {@code ||a^(t2) - a*||_1} when {@code t2} is reached.
 *
 * <p>Contract: {@code steps} sorted increasingly; loop step indices (from 0). Per step O(N + n)
 * (the detector); at a recorded step O(N n) more (one gradient). One instance per run.
 *
 * <p>Spec: {@code TDR:fig-3}, {@code TDR:fig-4}, {@code TDR:fig-7}.
 */
public final class RunRecorder implements StepObserver {

  private final LeastSquaresLoss loss;
  private final Regularizer regularizer;
  private final double beta;
  private final GrokkingSteps detector;
  private final double[] truth;
  private final long[] steps;
  private final double[][] rows;
  private final double[] gradient;
  private final double[] subgradient;
  private int next;
  private double errorAtGeneralization = Double.NaN;

  /** A recorder for a run on {@code problem} with regularizer {@code h} and weight beta. */
  public RunRecorder(SparseRecoveryProblem problem, Regularizer h, double beta, long[] steps) {
    this.loss = problem.loss();
    this.regularizer = h;
    this.beta = beta;
    this.detector = GrokkingSteps.noiseless(problem.targets(), problem.groundTruth());
    this.truth = problem.groundTruth();
    this.steps = steps.clone();
    this.rows = new double[steps.length][6];
    this.gradient = new double[problem.dimension()];
    this.subgradient = new double[problem.dimension()];
  }

  @Override
  public void observe(long t, double[] a, double[] residual) {
    boolean generalized = detector.generalizationStep().isPresent();
    detector.observe(t, a, residual);
    if (!generalized && detector.generalizationStep().isPresent()) {
      double sum = 0;
      for (int i = 0; i < a.length; i++) {
        sum += Math.abs(a[i] - truth[i]);
      }
      errorAtGeneralization = sum;
    }
    while (next < steps.length && steps[next] == t) {
      loss.gradientFromResidual(residual, gradient);
      regularizer.subgradient(a, subgradient);
      double squared = 0;
      for (double v : a) {
        squared += v * v;
      }
      rows[next][0] = t;
      rows[next][1] = detector.lastTrainingError();
      rows[next][2] = detector.lastRecoveryError();
      rows[next][3] = new L1Norm(a.length).value(a);
      rows[next][4] = Math.sqrt(squared);
      rows[next][5] = norm(gradient) / (beta * norm(subgradient));
      next++;
    }
  }

  private static double norm(double[] v) {
    return Math.sqrt(LeastSquaresLoss.halfSquaredNorm(v) * 2);
  }

  /**
   * The recorded rows {@code (t, train, test, ||a||_1, ||a||_2, ratio)}; rows of steps not reached
   * are zero.
   */
  public double[][] rows() {
    double[][] out = new double[rows.length][];
    for (int k = 0; k < rows.length; k++) {
      out[k] = Arrays.copyOf(rows[k], rows[k].length);
    }
    return out;
  }

  /** The detector of {@code t1, t2}. */
  public GrokkingSteps steps() {
    return detector;
  }

  /** {@code ||a^(t2) - a*||_1}, if the run generalized. */
  public OptionalDouble errorAtGeneralization() {
    return Double.isNaN(errorAtGeneralization) ? OptionalDouble.empty()
        : OptionalDouble.of(errorAtGeneralization);
  }
}
