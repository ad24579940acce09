package org.tacit.benign.model;

import java.util.Arrays;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.linalg.DenseKernels;
import org.tacit.training.IterationLoop;
import org.tacit.training.IterativeMethod;
import org.tacit.training.ProgressListener;
import org.tacit.training.StepSchedule;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;

/**
 * A double-precision GD run of (2) on a {@link StageInstance} from the paper's initialization
 * ({@code v = 0}, {@code w = u = alpha 1}) with the quantities of the stage lemmas recorded at
 * every step {@code t = 0..T} (T the last iterate): the loss, the signal error
 * {@code err_S = ||E_S||_inf} with {@code E_S = (d/n) v_S + lambda w_{S+}^{o2} - lambda
 * u_{S-}^{o2} - beta*}, the gradient-approximation residual {@code Delta_r := g - E_S} of Lemma 5.2
 * ({@code g = X^T r/n}, the defining identity {@code g = E_S + Delta_r}), the non-signal growth of
 * w and u, the norms of v, v_S and {@code lambda (w^{o2} - u^{o2})}, the test loss, and the exact
 * path bounds used by Lemma B.1 and Remark B.7; every {@code sampleEvery} steps also
 * {@code ||Gamma_t||_inf} and {@code ||Delta_v^(t)||_inf} of (3) and (4) (with {@code a_t, b_t} by
 * their closed forms).
 *
 * <p>The loop is {@link IterationLoop} with {@link LearnerObjective}: per step one loss and one
 * gradient (two passes over X, as the fused update), the update {@code theta <- theta - eta grad L}
 * applied to the gradient blocks of (2), plus O(d) bookkeeping; the sampled steps cost two more
 * passes. The run stops at the first {@code t} with {@code L <= lossTarget} (no confirmation
 * steps), at the budget, or when the loss diverges. Deterministic.
 *
 * <p>Spec: {@code ZG:eq-2}, {@code ZG:lem-5.2}, {@code ZG:lem-5.3}, {@code ZG:lem-B.1},
 * {@code ZG:rem-B.1}, {@code ZG:rem-B.7}, {@code ZG:fig-1}.
 */
public final class StageTrajectory {

  private final StageInstance instance;
  private final TrainingResult result;
  private final Series series;
  private final double[] finalTheta;

  private StageTrajectory(StageInstance instance, TrainingResult result, Series series,
      double[] finalTheta) {
    this.instance = instance;
    this.result = result;
    this.series = series;
    this.finalTheta = finalTheta;
  }

  /** Runs GD on {@code instance}, sampling (3), (4) every {@code sampleEvery >= 1} steps. */
  public static StageTrajectory run(StageInstance instance, long sampleEvery,
      ProgressListener progress) {
    return run(instance, sampleEvery, progress, Double.NEGATIVE_INFINITY);
  }

  /**
   * Runs GD as {@link #run(StageInstance, long, ProgressListener)} and keeps a copy of the first
   * iterate whose loss is at most {@code snapshotLoss} ({@link #snapshot}).
   */
  public static StageTrajectory run(StageInstance instance, long sampleEvery,
      ProgressListener progress, double snapshotLoss) {
    if (sampleEvery < 1) {
      throw new IllegalArgumentException("sampleEvery must be >= 1");
    }
    int d = instance.dimension();
    LearnerObjective objective = objective(instance);
    Series series = new Series(instance, sampleEvery, snapshotLoss);
    double[] gradient = new double[3 * d];
    IterativeMethod method = descent(objective, d, gradient, series);
    StepSchedule constant = t -> instance.eta();
    TrainingSettings settings = new TrainingSettings(constant, instance.lossTarget(),
        instance.maxSteps());
    double[] initial = LearnerObjective.initialParameters(d, instance.alpha());
    TrainingResult result = IterationLoop.run(method, initial, settings, progress);
    double[] last = result.theta();
    if (series.count == result.steps()) {
      series.lossOf(objective.loss(last));
      objective.gradient(last, gradient);
      series.record(result.steps(), last, gradient);
    }
    return new StageTrajectory(instance, result, series, last.clone());
  }

  /**
   * The parameters {@code theta_t = (w, u, v)} after exactly {@code steps} GD updates on
   * {@code instance}, by running the same loop again (deterministic, so they are the iterates of
   * {@link #run}); {@code steps} must not exceed the step at which the run reaches its loss target.
   */
  public static double[] replay(StageInstance instance, int steps) {
    int d = instance.dimension();
    IterativeMethod method = descent(objective(instance), d, new double[3 * d], null);
    StepSchedule constant = t -> instance.eta();
    TrainingResult result = IterationLoop.run(method,
        LearnerObjective.initialParameters(d, instance.alpha()),
        new TrainingSettings(constant, instance.lossTarget(), steps), ProgressListener.NONE);
    if (result.steps() != steps) {
      throw new IllegalArgumentException("the run reaches its loss target after "
          + result.steps() + " < " + steps + " steps");
    }
    return result.theta();
  }

  private static LearnerObjective objective(StageInstance instance) {
    return new LearnerObjective(instance.x(), instance.labels(), instance.samples(),
        instance.dimension(), instance.lambda());
  }

  /** GD on (2); every loss and step is recorded into {@code series} when it is not null. */
  private static IterativeMethod descent(LearnerObjective objective, int d, double[] gradient,
      @Nullable Series series) {
    return new IterativeMethod() {
      @Override
      public int dimension() {
        return 3 * d;
      }

      @Override
      public double loss(double[] theta) {
        double value = objective.loss(theta);
        if (series != null) {
          series.lossOf(value);
        }
        return value;
      }

      @Override
      public Optional<String> update(double[] theta, long t, double step) {
        objective.gradient(theta, gradient);
        if (series != null) {
          series.record(t, theta, gradient);
        }
        for (int k = 0; k < theta.length; k++) {
          theta[k] -= step * gradient[k];
        }
        return Optional.empty();
      }
    };
  }

  /** The instance. */
  public StageInstance instance() {
    return instance;
  }

  /** The result of the loop (stopping reason, T, final loss). */
  public TrainingResult result() {
    return result;
  }

  /** The last iterate {@code T} (the number of recorded steps is {@code T + 1}). */
  public int lastStep() {
    return series.count - 1;
  }

  /** The final parameters {@code (w, u, v)} (a copy). */
  public double[] finalTheta() {
    return finalTheta.clone();
  }

  /** {@code L(t)}. */
  public double loss(int t) {
    return series.loss[t];
  }

  /** {@code ||r^(t)||_2 = sqrt(2 n L(t))}. */
  public double residualNorm(int t) {
    return Math.sqrt(2.0 * instance.samples() * series.loss[t]);
  }

  /** {@code err_S(t) = ||E_S^(t)||_inf}. */
  public double signalError(int t) {
    return series.signalError[t];
  }

  /** {@code ||Delta_r^(t)||_inf} with {@code Delta_r := X^T r/n - E_S} (Lemma 5.2). */
  public double deltaR(int t) {
    return series.deltaR[t];
  }

  /** {@code ||g^(t)||_inf}, {@code g = X^T r/n}. */
  public double gradientInf(int t) {
    return series.gradientInf[t];
  }

  /** {@code max_{k not in S} |g_k^(t)|}. */
  public double offSignalGradient(int t) {
    return series.offGradient[t];
  }

  /** {@code max(||w_{e+}^(t)||_inf, ||u_{e-}^(t)||_inf) / alpha}. */
  public double offSignalGrowth(int t) {
    return series.offGrowth[t];
  }

  /**
   * {@code max} over {@code k in e+} of {@code ln(|w_k^(t)|/alpha) - sum_{tau<t} ln(1 + 2 eta
   * lambda |g_k^(tau)|)} and the same for {@code u} on {@code e-}: at most 0 in exact arithmetic
   * (Remark B.1's per-step bound multiplied out).
   */
  public double growthSlack(int t) {
    return series.growthSlack[t];
  }

  /** {@code ||v^(t)||_2}. */
  public double vNorm(int t) {
    return series.vNorm[t];
  }

  /** {@code ||v_S^(t)||_2}. */
  public double vSupportNorm(int t) {
    return series.vSupportNorm[t];
  }

  /** {@code eta sum_{tau < t} ||(X^T r^(tau)/n)_S||_2}, the path bound of Remark B.7. */
  public double vSupportPath(int t) {
    return series.vSupportPath[t];
  }

  /**
   * A copy of the first iterate whose loss was at most the snapshot threshold given to
   * {@link #run(StageInstance, long, ProgressListener, double)}, if the run reached it.
   */
  public Optional<double[]> snapshot() {
    return series.snapshot.length == 0 ? Optional.empty() : Optional.of(series.snapshot.clone());
  }

  /** {@code ||g^(t)||_2 = ||X^T r^(t)/n||_2}. */
  public double gradientNorm(int t) {
    return series.gradientNorm[t];
  }

  /** {@code eta sum_{tau < t} ||X^T r^(tau)/n||_2}, the path length of v up to t. */
  public double vPath(int t) {
    return series.vPath[t];
  }

  /** {@code max_{k not in S} max(|w_k^(t)|, |u_k^(t)|) / alpha}. */
  public double offSupportGrowth(int t) {
    return series.offSupportGrowth[t];
  }

  /** {@code ||lambda (w^{o2} - u^{o2})^(t)||_2}. */
  public double quadraticNorm(int t) {
    return series.quadraticNorm[t];
  }

  /** The test loss {@code ||beta^(t) - beta*||_2^2}. */
  public double testLoss(int t) {
    return series.testLoss[t];
  }

  /**
   * {@code e_k^(t)} for the {@code j}-th support index k: {@code (d/n) v_k + lambda w_k^2 -
   * beta*_k} on {@code S+}, {@code (d/n) v_k - lambda u_k^2 - beta*_k} on {@code S-}.
   */
  public double signalCoordinateError(int t, int j) {
    return series.coordinateError[j][t];
  }

  /** {@code lambda (w_k^(t))^2} on {@code S+}, {@code lambda (u_k^(t))^2} on {@code S-}. */
  public double signalQuadratic(int t, int j) {
    return series.coordinateQuadratic[j][t];
  }

  /** The steps at which (3), (4) were sampled. */
  public long[] sampleSteps() {
    return Arrays.copyOf(series.sampleSteps, series.samples);
  }

  /** {@code ||Gamma_t||_inf} at the {@code i}-th sampled step. */
  public double gammaInf(int i) {
    return series.gammaInf[i];
  }

  /** {@code ||Delta_v^(t)||_inf} at the {@code i}-th sampled step. */
  public double deltaVInf(int i) {
    return series.deltaVInf[i];
  }

  /** The recorded per-step quantities, growing as the run goes. */
  private static final class Series {
    private final StageInstance instance;
    private final long sampleEvery;
    private final int[] support;
    private final boolean[] onSupport;
    private final double[] noiseCorrelation;
    private final double[] logBoundW;
    private final double[] logBoundU;
    private final double[] product;
    private final double[] xv;
    private int count;
    private int samples;
    private double pathSum;
    private double pendingLoss;
    private double[] loss = new double[16];
    private double[] signalError = new double[16];
    private double[] deltaR = new double[16];
    private double[] gradientInf = new double[16];
    private double[] offGradient = new double[16];
    private double[] offGrowth = new double[16];
    private double[] growthSlack = new double[16];
    private double[] vNorm = new double[16];
    private double[] vSupportNorm = new double[16];
    private double[] vSupportPath = new double[16];
    private double[] gradientNorm = new double[16];
    private double[] vPath = new double[16];
    private double[] offSupportGrowth = new double[16];
    private double fullPathSum;
    private final double snapshotLoss;
    private double[] snapshot = new double[0];
    private double[] quadraticNorm = new double[16];
    private double[] testLoss = new double[16];
    private double[][] coordinateError;
    private double[][] coordinateQuadratic;
    private long[] sampleSteps = new long[16];
    private double[] gammaInf = new double[16];
    private double[] deltaVInf = new double[16];

    Series(StageInstance instance, long sampleEvery, double snapshotLoss) {
      this.instance = instance;
      this.sampleEvery = sampleEvery;
      this.snapshotLoss = snapshotLoss;
      int d = instance.dimension();
      this.support = instance.support();
      this.onSupport = new boolean[d];
      for (int k : support) {
        onSupport[k] = true;
      }
      this.noiseCorrelation = new double[d];
      DenseKernels.transposeTimes(instance.x(), instance.samples(), d, instance.noise(), 1.0,
          noiseCorrelation);
      this.logBoundW = new double[d];
      this.logBoundU = new double[d];
      this.product = new double[d];
      this.xv = new double[instance.samples()];
      this.coordinateError = new double[support.length][16];
      this.coordinateQuadratic = new double[support.length][16];
    }

    void lossOf(double value) {
      pendingLoss = value;
    }

    /** Records step {@code t} (the state {@code theta_t}, its gradient of (2)). */
    void record(long t, double[] theta, double[] gradient) {
      if (t != count) {
        throw new IllegalStateException("steps out of order");
      }
      grow();
      int d = instance.dimension();
      int n = instance.samples();
      double lambda = instance.lambda();
      double alpha = instance.alpha();
      double twoEtaLambda = 2 * instance.eta() * lambda;
      double dOverN = (double) d / n;
      double[] betaStar = instance.betaStar();
      double err = 0;
      double residualMax = 0;
      double gMax = 0;
      double offMax = 0;
      double growth = 0;
      double slack = Double.NEGATIVE_INFINITY;
      double v2 = 0;
      double vS2 = 0;
      double gS2 = 0;
      double g2 = 0;
      double offSupport = 0;
      double q2 = 0;
      double test = 0;
      int j = 0;
      for (int k = 0; k < d; k++) {
        double w = theta[k];
        double u = theta[d + k];
        double v = theta[2 * d + k];
        double g = gradient[2 * d + k];
        double quadratic = lambda * ((w - u) * (w + u));
        double beta = v + quadratic;
        test += (beta - betaStar[k]) * (beta - betaStar[k]);
        q2 += quadratic * quadratic;
        v2 += v * v;
        gMax = Math.max(gMax, Math.abs(g));
        g2 += g * g;
        if (onSupport[k]) {
          boolean positive = betaStar[k] > 0;
          double fitted = positive ? lambda * w * w : -lambda * u * u;
          double e = dOverN * v + fitted - betaStar[k];
          coordinateError[j][count] = e;
          coordinateQuadratic[j][count] = Math.abs(fitted);
          j++;
          err = Math.max(err, Math.abs(e));
          residualMax = Math.max(residualMax, Math.abs(g - e));
          vS2 += v * v;
          gS2 += g * g;
          if (positive) {
            growth = Math.max(growth, Math.abs(u) / alpha);
            slack = Math.max(slack, Math.log(Math.abs(u) / alpha) - logBoundU[k]);
          } else {
            growth = Math.max(growth, Math.abs(w) / alpha);
            slack = Math.max(slack, Math.log(Math.abs(w) / alpha) - logBoundW[k]);
          }
        } else {
          residualMax = Math.max(residualMax, Math.abs(g));
          offMax = Math.max(offMax, Math.abs(g));
          offSupport = Math.max(offSupport, Math.max(Math.abs(w), Math.abs(u)) / alpha);
          growth = Math.max(growth, Math.max(Math.abs(w), Math.abs(u)) / alpha);
          slack = Math.max(slack, Math.max(Math.log(Math.abs(w) / alpha) - logBoundW[k],
              Math.log(Math.abs(u) / alpha) - logBoundU[k]));
        }
        double factor = Math.log1p(twoEtaLambda * Math.abs(g));
        logBoundW[k] += factor;
        logBoundU[k] += factor;
      }
      loss[count] = pendingLoss;
      signalError[count] = err;
      deltaR[count] = residualMax;
      gradientInf[count] = gMax;
      offGradient[count] = offMax;
      offGrowth[count] = growth;
      growthSlack[count] = slack;
      vNorm[count] = Math.sqrt(v2);
      vSupportNorm[count] = Math.sqrt(vS2);
      vSupportPath[count] = pathSum;
      pathSum += instance.eta() * Math.sqrt(gS2);
      gradientNorm[count] = Math.sqrt(g2);
      vPath[count] = fullPathSum;
      fullPathSum += instance.eta() * Math.sqrt(g2);
      offSupportGrowth[count] = offSupport;
      quadraticNorm[count] = Math.sqrt(q2);
      testLoss[count] = test;
      if (t % sampleEvery == 0) {
        sample(t, theta);
      }
      if (snapshot.length == 0 && pendingLoss <= snapshotLoss) {
        snapshot = theta.clone();
      }
      count++;
    }

    /** {@code ||Gamma_t||_inf}, {@code ||Delta_v^(t)||_inf} with the closed forms of a_t, b_t. */
    private void sample(long t, double[] theta) {
      int d = instance.dimension();
      int n = instance.samples();
      double[] v = Arrays.copyOfRange(theta, 2 * d, 3 * d);
      DenseKernels.times(instance.x(), n, d, v, xv);
      DenseKernels.transposeTimes(instance.x(), n, d, xv, 1.0 / n, product);
      double oneMinusQt = -Math.expm1(t * Math.log1p(-instance.eta() * d / n));
      double b = oneMinusQt / n;
      double a = oneMinusQt / d;
      double gamma = 0;
      double deltaV = 0;
      for (int k = 0; k < d; k++) {
        if (onSupport[k]) {
          gamma = Math.max(gamma, Math.abs(product[k] - (double) d / n * v[k]));
          deltaV = Math.max(deltaV, Math.abs(a * noiseCorrelation[k]));
        } else {
          gamma = Math.max(gamma, Math.abs(product[k] - b * noiseCorrelation[k]));
          deltaV = Math.max(deltaV, Math.abs(v[k] - a * noiseCorrelation[k]));
        }
      }
      if (samples == sampleSteps.length) {
        sampleSteps = Arrays.copyOf(sampleSteps, 2 * samples);
        gammaInf = Arrays.copyOf(gammaInf, 2 * samples);
        deltaVInf = Arrays.copyOf(deltaVInf, 2 * samples);
      }
      sampleSteps[samples] = t;
      gammaInf[samples] = gamma;
      deltaVInf[samples] = deltaV;
      samples++;
    }

    private void grow() {
      if (count < loss.length) {
        return;
      }
      int size = 2 * loss.length;
      loss = Arrays.copyOf(loss, size);
      signalError = Arrays.copyOf(signalError, size);
      deltaR = Arrays.copyOf(deltaR, size);
      gradientInf = Arrays.copyOf(gradientInf, size);
      offGradient = Arrays.copyOf(offGradient, size);
      offGrowth = Arrays.copyOf(offGrowth, size);
      growthSlack = Arrays.copyOf(growthSlack, size);
      vNorm = Arrays.copyOf(vNorm, size);
      vSupportNorm = Arrays.copyOf(vSupportNorm, size);
      vSupportPath = Arrays.copyOf(vSupportPath, size);
      gradientNorm = Arrays.copyOf(gradientNorm, size);
      vPath = Arrays.copyOf(vPath, size);
      offSupportGrowth = Arrays.copyOf(offSupportGrowth, size);
      quadraticNorm = Arrays.copyOf(quadraticNorm, size);
      testLoss = Arrays.copyOf(testLoss, size);
      for (int j = 0; j < coordinateError.length; j++) {
        coordinateError[j] = Arrays.copyOf(coordinateError[j], size);
        coordinateQuadratic[j] = Arrays.copyOf(coordinateQuadratic[j], size);
      }
    }
  }
}
