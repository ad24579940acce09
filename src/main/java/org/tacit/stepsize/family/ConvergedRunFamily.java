package org.tacit.stepsize.family;

import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.InterpolatingSolutions;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * GD runs for the stable-solution theorems, constructed to converge: small data
 * ({@code N in [1, 6]}, {@code d in [N, 10]}), Gaussian features with mean {@code mu 1},
 * {@code mu in {0, 1, 5}} or a random mean vector in {@code [-5, 5]^d}, {@code sigma in [0.5, 2]},
 * noiseless labels {@code y = X beta*} for a random sparse {@code beta*} (interpolators exist);
 * initialization {@code alpha 1} or random normal shape with {@code alpha} log-uniform in
 * {@code [0.05, 1.5]} (depth 2, UV) or {@code [0.4, 1.5]} (depth >= 3, away from the saddle at 0);
 * step {@code eta = f 2 / lambda_ref} with {@code f} log-uniform in {@code [0.05, 1.5]} and
 * {@code lambda_ref} the larger of lambda_max at the initialization and at the interpolating
 * solution with slack {@code alpha^D} (a flow-like solution), so both the small-step regime and
 * the edge of stability ({@code f} near or above 1) are drawn. Warm-up over {@link #WARMUP_STEPS}
 * steps, loss tolerance {@link StepSizeTolerances#CONVERGED_RUN_LOSS} times the initial loss, budget
 * {@link #STEP_BUDGET}. A converged run must pass a stability probe (Definition 2.2 made finite:
 * from its end point perturbed by {@link #PROBE_PERTURBATION}, GD with the final step keeps the
 * loss below twice the tolerance for {@link #CONFIRMATION_STEPS} steps). A run that does not
 * converge (or fails the probe) is retried with twice the budget, and with half the step unless it
 * was converging slowly ({@link #SLOW_PROGRESS}), at most {@link #MAX_ATTEMPTS} attempts; the
 * instance records the attempts, and a run that never converges is returned as such (the checkers
 * then report the failed hypothesis; the properties report and count such runs separately).
 *
 * <p>Spec: {@code NRSS:rem-7.2} (the training procedure), {@code NRSS:def-2.1}.
 */
public final class ConvergedRunFamily implements InstanceFamily<ConvergedRun> {

  /**
   * Size of the perturbation of the stability probe, as a fraction of {@code sqrt(2 tol /
   * lambda_max)} (the amplitude along the top eigenvector at which the loss reaches the
   * tolerance): the perturbation adds at most 1% of the tolerance to the loss, and at most 0.2 tol
   * through the cross term with the gradient, so the probe starts below 1.21 tol and must stay
   * below 2 tol.
   */
  public static final double PROBE_PERTURBATION = 0.1;

  /** Step budget of the first attempt (each retry doubles it). */
  public static final long STEP_BUDGET = 50_000;

  /** Attempts: a run that does not converge is retried with half the step and twice the budget. */
  public static final int MAX_ATTEMPTS = 5;

  /**
   * Length of the stability probe: GD with the final step from the converged point perturbed by
   * {@link #PROBE_PERTURBATION} must keep the loss below twice the tolerance for this many steps. An
   * unstable direction with {@code eta lambda_max = 2 + gamma} grows by {@code (1 + gamma)^K};
   * {@code K = 10^4} lifts it by the factor {@code sqrt(200) ~ 14} to twice the loss tolerance
   * whenever {@code gamma >= 2.7e-4}, i.e. lambda_max exceeds {@code 2/eta} by more than 1.4e-4, inside
   * {@link StepSizeTolerances#EDGE_OF_STABILITY}.
   */
  public static final long CONFIRMATION_STEPS = 10_000;

  /**
   * A run out of budget whose loss fell below this fraction of the initial loss was converging
   * slowly: it is retried with the same step and twice the budget (otherwise with half the step).
   */
  public static final double SLOW_PROGRESS = 1e-3;

  /** Length of the linear warm-up. */
  public static final long WARMUP_STEPS = 100;

  private static final double[] MEANS = {0, 1, 5};

  private final int minDepth;
  private final int maxDepth;
  private final boolean uv;

  private ConvergedRunFamily(int minDepth, int maxDepth, boolean uv) {
    this.minDepth = minDepth;
    this.maxDepth = maxDepth;
    this.uv = uv;
  }

  /** Runs of the depth-D model, D in {@code [minDepth, maxDepth]}, both >= 2. */
  public static ConvergedRunFamily depth(int minDepth, int maxDepth) {
    if (minDepth < 2 || maxDepth < minDepth) {
      throw new IllegalArgumentException("need 2 <= minDepth <= maxDepth");
    }
    return new ConvergedRunFamily(minDepth, maxDepth, false);
  }

  /** Runs of the UV model. */
  public static ConvergedRunFamily uv() {
    return new ConvergedRunFamily(2, 2, true);
  }

  @Override
  public String name() {
    return (uv ? "UV" : "depth D in [" + minDepth + ", " + maxDepth + "]")
        + " GD runs, N <= 6, d <= 10, mu in {0,1,5} or random, eta = f 2/lambda_ref,"
        + " f in [0.05, 1.5], retried until converged";
  }

  @Override
  public ConvergedRun draw(Draws draws) {
    int depth = draws.intBetween(minDepth, maxDepth);
    DiagonalNetworkModel model = uv ? new UvDiagonalModel() : new DepthDiagonalModel(depth);
    int samples = draws.intBetween(1, 6);
    int d = draws.intBetween(samples, 10);
    RegressionData data = data(draws, samples, d);
    double[] betaStar = new double[d];
    for (int i = 0; i < d; i++) {
      betaStar[i] = draws.coin() ? draws.gaussian() : 0;
    }
    betaStar[draws.intBetween(0, d - 1)] = 1 + draws.uniform();
    data = data.withLabels(data.times(betaStar));
    double lowAlpha = uv || depth == 2 ? 0.05 : 0.4;
    double alpha = Math.exp(draws.uniform(Math.log(lowAlpha), Math.log(1.5)));
    double[] initial = draws.coin() ? Initialization.uniform(model, d, alpha)
        : Initialization.randomNormal(model, d, alpha, draws);
    SquaredLoss loss = new SquaredLoss(data, model);
    double reference = Math.max(HessianBounds.at(loss, initial).lambdaMax(),
        HessianBounds.at(loss, flowLikeSolution(model, betaStar, alpha)).lambdaMax());
    double fraction = Math.exp(draws.uniform(Math.log(0.05), Math.log(1.5)));
    double step = fraction * 2 / reference;
    double tolerance = Math.max(StepSizeTolerances.CONVERGED_RUN_LOSS * loss.loss(initial), Double.MIN_NORMAL);
    int attempts = 1;
    long budget = STEP_BUDGET;
    TrainingResult result = run(data, model, initial, step, tolerance, budget);
    while (!result.converged() && attempts < MAX_ATTEMPTS) {
      attempts++;
      budget *= 2;
      if (!result.reason().equals(TrainingResult.BUDGET)
          || !(result.finalLoss() < SLOW_PROGRESS * loss.loss(initial))) {
        step /= 2;
      }
      result = run(data, model, initial, step, tolerance, budget);
    }
    return new ConvergedRun(data, model, result.finalStep(), alpha, result, attempts);
  }

  private static TrainingResult run(RegressionData data, DiagonalNetworkModel model,
      double[] initial, double step, double tolerance, long budget) {
    TrainingResult result = GradientDescent.run(new DiagonalNetworkObjective(data, model),
        initial,
        new TrainingSettings(WarmupSchedule.linear(step, WARMUP_STEPS), tolerance, budget));
    if (!result.converged()) {
      return result;
    }
    double[] perturbed = result.theta().clone();
    double lambda = HessianBounds.at(new SquaredLoss(data, model), perturbed).lambdaMax();
    double size = PROBE_PERTURBATION * Math.sqrt(2 * tolerance / Math.max(lambda, Double.MIN_NORMAL))
        / Math.sqrt(perturbed.length);
    for (int k = 0; k < perturbed.length; k++) {
      perturbed[k] += size * (((k * 0x9E3779B97F4A7C15L) >>> 63) == 0 ? 1 : -1);
    }
    TrainingResult probe = GradientDescent.run(new DiagonalNetworkObjective(data, model),
        perturbed, new TrainingSettings(WarmupSchedule.constant(result.finalStep()),
            2 * tolerance, CONFIRMATION_STEPS + 1, CONFIRMATION_STEPS));
    if (!probe.converged()) {
      return new TrainingResult(false, "stability probe failed: " + probe.reason(),
          result.steps(), result.finalLoss(), result.theta(), result.finalStep());
    }
    return new TrainingResult(true, result.reason(), result.steps() + probe.steps(),
        probe.finalLoss(), probe.theta(), result.finalStep());
  }

  private static RegressionData data(Draws draws, int samples, int d) {
    double[] mean = new double[d];
    int kind = draws.intBetween(0, MEANS.length);
    for (int i = 0; i < d; i++) {
      mean[i] = kind < MEANS.length ? MEANS[kind] : draws.uniform(-5, 5);
    }
    double sigma = draws.uniform(0.5, 2);
    double[] x = new double[samples * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = mean[k % d] + sigma * draws.gaussian();
    }
    return new RegressionData(samples, d, x, new double[samples]);
  }

  /** A solution near where a small-step run from scale alpha ends (slack alpha^D, or alpha^2 for UV). */
  private static double[] flowLikeSolution(DiagonalNetworkModel model, double[] beta, double alpha) {
    int d = beta.length;
    if (model instanceof DepthDiagonalModel depthModel) {
      double[] slack = new double[d];
      java.util.Arrays.fill(slack, Math.pow(alpha, depthModel.depth()));
      return InterpolatingSolutions.depthWithSlack(beta, depthModel.depth(), slack);
    }
    double[] scale = new double[d];
    double[] ratios = new double[d];
    java.util.Arrays.fill(scale, alpha);
    java.util.Arrays.fill(ratios, 1.0);
    return InterpolatingSolutions.uv(beta, scale, scale, ratios);
  }
}
