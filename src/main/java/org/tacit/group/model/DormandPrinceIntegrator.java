package org.tacit.group.model;

import java.util.Arrays;

/**
 * The explicit Runge-Kutta pair of Dormand and Prince, order 5(4) (Dormand, Prince 1980; Hairer,
 * Norsett, Wanner, Solving ODEs I, II.5, Table 5.2), with local extrapolation (the fifth-order
 * solution is propagated), FSAL, and the standard step-size control: a step is accepted when
 * {@code err = rms_i(e_i / (atol + rtol max(|z_i|, |z_i^new|))) <= 1}, with {@code e} the
 * difference of the embedded solutions, and the next step is
 * {@code h min(5, max(0.2, 0.9 err^{-1/5}))}. Output times are hit exactly (the step is shortened
 * to land on them), so no dense output is involved.
 *
 * <p>Contract: the local error of each accepted step is estimated (not bounded) by the tolerance;
 * the global error is the accumulation of the local errors propagated by the flow's sensitivity,
 * which the checks bound by the tolerances in {@link LnhwTolerances} (with their analysis). Cost:
 * 6 field evaluations per step (FSAL). At most {@code maxSteps} attempted steps, otherwise an
 * {@link IllegalStateException} (a horizon far beyond what the caller planned).
 *
 * <p>Spec: {@code LNHW:eq-3} (the integrator of the flow (3)).
 */
public final class DormandPrinceIntegrator {

  private static final double C2 = 1.0 / 5;
  private static final double C3 = 3.0 / 10;
  private static final double C4 = 4.0 / 5;
  private static final double C5 = 8.0 / 9;
  private static final double A21 = 1.0 / 5;
  private static final double A31 = 3.0 / 40;
  private static final double A32 = 9.0 / 40;
  private static final double A41 = 44.0 / 45;
  private static final double A42 = -56.0 / 15;
  private static final double A43 = 32.0 / 9;
  private static final double A51 = 19372.0 / 6561;
  private static final double A52 = -25360.0 / 2187;
  private static final double A53 = 64448.0 / 6561;
  private static final double A54 = -212.0 / 729;
  private static final double A61 = 9017.0 / 3168;
  private static final double A62 = -355.0 / 33;
  private static final double A63 = 46732.0 / 5247;
  private static final double A64 = 49.0 / 176;
  private static final double A65 = -5103.0 / 18656;
  private static final double B1 = 35.0 / 384;
  private static final double B3 = 500.0 / 1113;
  private static final double B4 = 125.0 / 192;
  private static final double B5 = -2187.0 / 6784;
  private static final double B6 = 11.0 / 84;
  private static final double E1 = 71.0 / 57600;
  private static final double E3 = -71.0 / 16695;
  private static final double E4 = 71.0 / 1920;
  private static final double E5 = -17253.0 / 339200;
  private static final double E6 = 22.0 / 525;
  private static final double E7 = -1.0 / 40;

  private final double relativeTolerance;
  private final double absoluteTolerance;
  private final int maxSteps;

  /**
   * An integrator with local tolerances {@code rtol > 0}, {@code atol >= 0} and a budget of
   * {@code maxSteps >= 1} attempted steps per call.
   */
  public DormandPrinceIntegrator(double relativeTolerance, double absoluteTolerance,
      int maxSteps) {
    if (!(relativeTolerance > 0) || !(absoluteTolerance >= 0) || maxSteps < 1) {
      throw new IllegalArgumentException("need rtol > 0, atol >= 0, maxSteps >= 1");
    }
    this.relativeTolerance = relativeTolerance;
    this.absoluteTolerance = absoluteTolerance;
    this.maxSteps = maxSteps;
  }

  /**
   * Integrates {@code z' = field(z)} from {@code z(0) = start} and returns the states at
   * {@code times} (non-decreasing, {@code >= 0}, finite).
   */
  public Trajectory integrate(FlowField field, double[] start, double[] times) {
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= 0) || Double.isInfinite(times[k]) || (k > 0 && times[k] < times[k - 1])) {
        throw new IllegalArgumentException("output times must be finite, >= 0, non-decreasing");
      }
    }
    int d = start.length;
    double[] z = start.clone();
    double[] k1 = new double[d];
    double[] k2 = new double[d];
    double[] k3 = new double[d];
    double[] k4 = new double[d];
    double[] k5 = new double[d];
    double[] k6 = new double[d];
    double[] k7 = new double[d];
    double[] stage = new double[d];
    double[] next = new double[d];
    field.evaluate(z, k1);
    double[][] states = new double[times.length][];
    double time = 0;
    double h = initialStep(z, k1);
    int accepted = 0;
    int rejected = 0;
    int output = 0;
    while (output < times.length) {
      if (time >= times[output]) {
        states[output++] = z.clone();
        continue;
      }
      if (accepted + rejected >= maxSteps) {
        throw new IllegalStateException("more than " + maxSteps + " steps before t = "
            + times[output] + " (at t = " + time + ")");
      }
      double remaining = times[output] - time;
      boolean landing = h >= remaining;
      double step = landing ? remaining : h;
      for (int i = 0; i < d; i++) {
        stage[i] = z[i] + step * A21 * k1[i];
      }
      field.evaluate(stage, k2);
      for (int i = 0; i < d; i++) {
        stage[i] = z[i] + step * (A31 * k1[i] + A32 * k2[i]);
      }
      field.evaluate(stage, k3);
      for (int i = 0; i < d; i++) {
        stage[i] = z[i] + step * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
      }
      field.evaluate(stage, k4);
      for (int i = 0; i < d; i++) {
        stage[i] = z[i] + step * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
      }
      field.evaluate(stage, k5);
      for (int i = 0; i < d; i++) {
        stage[i] = z[i] + step * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i]
            + A65 * k5[i]);
      }
      field.evaluate(stage, k6);
      for (int i = 0; i < d; i++) {
        next[i] = z[i] + step * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i]
            + B6 * k6[i]);
      }
      field.evaluate(next, k7);
      double sum = 0;
      for (int i = 0; i < d; i++) {
        double e = step * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]
            + E7 * k7[i]);
        double scale = absoluteTolerance
            + relativeTolerance * Math.max(Math.abs(z[i]), Math.abs(next[i]));
        double ratio = e / scale;
        sum += ratio * ratio;
      }
      double error = Math.sqrt(sum / Math.max(1, d));
      if (!Double.isFinite(error)) {
        throw new IllegalStateException("the solution left the finite range at t = " + time);
      }
      double factor = error == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(error, -0.2)));
      if (error <= 1) {
        time = landing ? times[output] : time + step;
        System.arraycopy(next, 0, z, 0, d);
        System.arraycopy(k7, 0, k1, 0, d);
        accepted++;
        if (!landing || factor < 1) {
          h = step * factor;
        }
      } else {
        rejected++;
        h = step * Math.max(0.2, factor);
      }
    }
    return new Trajectory(times.clone(), states, accepted, rejected);
  }

  private double initialStep(double[] z, double[] dz) {
    double zNorm = 0;
    double dzNorm = 0;
    for (int i = 0; i < z.length; i++) {
      double scale = absoluteTolerance + relativeTolerance * Math.abs(z[i]);
      zNorm = Math.max(zNorm, Math.abs(z[i]) / scale);
      dzNorm = Math.max(dzNorm, Math.abs(dz[i]) / scale);
    }
    if (dzNorm == 0 || zNorm == 0) {
      return 1e-6;
    }
    return 0.01 * zNorm / dzNorm;
  }

  /**
   * A solution sampled at the requested times.
   *
   * @param times the output times
   * @param states the states at those times ({@code states[k]} at {@code times[k]})
   * @param acceptedSteps the number of accepted steps
   * @param rejectedSteps the number of rejected steps
   */
  public record Trajectory(double[] times, double[][] states, int acceptedSteps,
      int rejectedSteps) {

    /** The state at output {@code k} (a copy). */
    public double[] state(int k) {
      return Arrays.copyOf(states[k], states[k].length);
    }
  }
}
