package org.tacit.stepsize.model;

import org.tacit.linalg.SymmetricEigen;

/**
 * Definition 2.2 of NRSS (Lyapunov stability of a solution under GD) made finite: GD with a
 * constant step eta started at {@code theta* + delta v}, v the unit top eigenvector of the
 * Hessian at the solution {@code theta*}, run for a fixed number of updates while recording the
 * largest deviation {@code ||theta(t) - theta*||_2}. Lyapunov stability quantifies over every
 * eps and every start in a ball and over all time, which no finite run decides; the probe is the
 * experiment behind it, along the direction that Lemma 2.3 singles out (the linearization
 * multiplies the v-component by {@code 1 - eta lambda_max} per step, every other eigen-component
 * by a factor of modulus at most that or 1).
 *
 * <p>Stops early (as left) once the deviation exceeds {@code StepSizeTolerances.LYAPUNOV_LEFT_FACTOR * delta} or is not finite.
 * Cost: one dense Hessian eigenpair ({@link SymmetricEigen}) plus {@code steps} gradients.
 *
 * <p>Spec: {@code NRSS:def-2.2}.
 */
public final class LyapunovProbe {

  private LyapunovProbe() {}

  /**
   * What the probe saw.
   *
   * @param lambdaMax the Hessian's largest eigenvalue at the solution
   * @param maxDeviation the largest {@code ||theta(t) - theta*||_2} over the run
   * @param finalDeviation the deviation after the last update
   * @param steps updates made (fewer than asked if the run left)
   */
  public record Result(double lambdaMax, double maxDeviation, double finalDeviation, long steps) {}

  /** Probes {@code solution} (an interpolating theta*) with step {@code eta}. */
  public static Result probe(RegressionData data, DiagonalNetworkModel model, double[] solution,
      double eta, double delta, long steps) {
    SquaredLoss loss = new SquaredLoss(data, model);
    int n = solution.length;
    SymmetricEigen.Eigenpair top = SymmetricEigen.largest(loss.hessian(solution), n);
    double[] v = top.vector();
    double norm = 0;
    for (double value : v) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = solution[i] + delta * v[i] / norm;
    }
    double worst = delta;
    double current = delta;
    long t = 0;
    while (t < steps) {
      double[] g = loss.gradient(theta);
      for (int i = 0; i < n; i++) {
        theta[i] -= eta * g[i];
      }
      t++;
      current = distance(theta, solution);
      worst = Math.max(worst, Double.isFinite(current) ? current : Double.POSITIVE_INFINITY);
      if (!(current <= StepSizeTolerances.LYAPUNOV_LEFT_FACTOR * delta)) {
        break;
      }
    }
    return new Result(top.value(), worst, current, t);
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }
}
