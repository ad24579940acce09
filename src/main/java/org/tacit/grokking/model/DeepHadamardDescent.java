package org.tacit.grokking.model;

import java.util.Arrays;
import java.util.Optional;
import org.tacit.training.IterationLoop;
import org.tacit.training.IterativeMethod;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * Gradient descent (118) on the deep Hadamard parameterization {@code a = A_1 o ... o A_L} of TDR
 * Appendix F.1, as an {@link IterativeMethod} of the shared training loop: the parameters are the
 * factors, flat row-major {@code L x n} (row k is {@code A_{k+1}}); the loss is
 * {@code g(a) + beta sum_k ||A_k||^2 / 2} (weight decay in the corrected form, erratum E30); update
 * {@code t} sets {@code A_i <- (1 - alpha beta) A_i - alpha (o_{k != i} A_k) o G(a)} for every i from
 * the same iterate, {@code G(a) = X^T (X a - y)}. Every product {@code a} is shown to a
 * {@link StepObserver} with its residual (the loop's {@code t} counts updates from 0; the paper's
 * {@code A^(1)} is the loop's {@code t = 0}).
 *
 * <p>Contract: per the loop's call protocol, {@link #loss} caches the product and the residual
 * that {@link #update} uses. One instance per run. Cost per step: two passes over X (O(N n)) plus
 * O(L n) (prefix and suffix products, so no division by a zero factor).
 *
 * <p>Spec: {@code TDR:eq-118}, {@code TDR:fig-9}, {@code TDR:fig-17}.
 */
public final class DeepHadamardDescent implements IterativeMethod {

  private final LeastSquaresLoss g;
  private final int depth;
  private final double beta;
  private final StepObserver observer;
  private final double[] product;
  private final double[] residual;
  private final double[] gradient;
  private final double[] prefix;
  private final double[] next;
  private long observed;

  /**
   * The method for depth {@code depth >= 1} on the loss {@code g} (dimension n).
   *
   * @throws IllegalArgumentException if the depth is below 1 or beta is negative or not finite
   */
  public DeepHadamardDescent(LeastSquaresLoss g, int depth, double beta, StepObserver observer) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
    if (!(beta >= 0) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
    }
    this.g = g;
    this.depth = depth;
    this.beta = beta;
    this.observer = observer;
    int n = g.dimension();
    this.product = new double[n];
    this.residual = new double[g.samples()];
    this.gradient = new double[n];
    this.prefix = new double[n];
    this.next = new double[depth * n];
  }

  /**
   * Runs {@code maxSteps} updates with constant step {@code alpha} from the factors
   * {@code initial} (flat {@code L x n}, not modified), stopping early only on divergence (the
   * loop's rule) or if the loss reaches 0.
   */
  public static TrainingResult run(LeastSquaresLoss g, int depth, double beta, double alpha,
      double[] initial, long maxSteps, StepObserver observer, ProgressListener progress) {
    TrainingSettings settings =
        new TrainingSettings(WarmupSchedule.constant(alpha), Double.MIN_VALUE, maxSteps);
    return IterationLoop.run(new DeepHadamardDescent(g, depth, beta, observer), initial,
        settings, progress);
  }

  /** {@code a = A_1 o ... o A_L} of the flat factors {@code theta} ({@code L x n}). */
  public static double[] product(double[] theta, int depth) {
    int n = theta.length / depth;
    double[] a = new double[n];
    for (int j = 0; j < n; j++) {
      double value = 1;
      for (int k = 0; k < depth; k++) {
        value *= theta[k * n + j];
      }
      a[j] = value;
    }
    return a;
  }

  @Override
  public int dimension() {
    return depth * g.dimension();
  }

  @Override
  public double loss(double[] theta) {
    int n = g.dimension();
    for (int j = 0; j < n; j++) {
      double value = 1;
      for (int k = 0; k < depth; k++) {
        value *= theta[k * n + j];
      }
      product[j] = value;
    }
    g.residual(product, residual);
    observer.observe(observed++, product, residual);
    double squared = 0;
    for (double v : residual) {
      squared += v * v;
    }
    double decay = 0;
    if (beta != 0) {
      for (double v : theta) {
        decay += v * v;
      }
    }
    return squared / 2 + beta * decay / 2;
  }

  @Override
  public Optional<String> update(double[] theta, long t, double step) {
    int n = g.dimension();
    g.gradientFromResidual(residual, gradient);
    double decay = 1 - step * beta;
    Arrays.fill(prefix, 1.0);
    for (int k = 0; k < depth; k++) {
      for (int j = 0; j < n; j++) {
        double suffix = 1;
        for (int m = k + 1; m < depth; m++) {
          suffix *= theta[m * n + j];
        }
        next[k * n + j] = decay * theta[k * n + j] - step * (prefix[j] * suffix) * gradient[j];
      }
      for (int j = 0; j < n; j++) {
        prefix[j] *= theta[k * n + j];
      }
    }
    System.arraycopy(next, 0, theta, 0, next.length);
    return Optional.empty();
  }
}
