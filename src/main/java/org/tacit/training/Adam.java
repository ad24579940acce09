package org.tacit.training;

import java.util.Optional;

/**
 * Adam (Kingma and Ba) exactly as PyTorch's {@code torch.optim.Adam} with {@code weight_decay = 0},
 * {@code amsgrad = false}, {@code maximize = false} (the single-tensor implementation), as an
 * {@link IterativeMethod} of the shared {@link IterationLoop}: the learning rate is the schedule's
 * step {@code eta_t}. A regularizer belongs to the {@link Objective} (coupled: its (sub)gradient is
 * part of {@code g}), not to the optimizer (that would be AdamW).
 *
 * <p>Update {@code t} of the loop (t = 0, 1, ...; Adam's step counter is {@code k = t + 1}), per
 * coordinate, in PyTorch's order of operations:
 * <pre>
 *   m  <- m + (1 - beta1) (g - m)          (lerp; = beta1 m + (1 - beta1) g)
 *   v  <- beta2 v + (1 - beta2) g^2
 *   denom = sqrt(v) / sqrt(1 - beta2^k) + eps
 *   theta <- theta - (lr / (1 - beta1^k)) m / denom
 * </pre>
 * which in exact arithmetic is {@code theta <- theta - lr m_hat / (sqrt(v_hat) + eps)} with
 * {@code m_hat = m / (1 - beta1^k)}, {@code v_hat = v / (1 - beta2^k)}. At {@code k = 1} from
 * {@code m = v = 0} the step is {@code lr g / (|g| + eps)}, i.e. {@code lr sign(g)} up to
 * {@code eps / |g|}. The moments start at zero for each run; {@code beta1^k}, {@code beta2^k} are
 * computed with {@link Math#pow}.
 *
 * <p>Contract: one instance per run (it holds the moments); the objective follows the call
 * protocol of {@link Objective}. Never refuses an update. Cost per step: one gradient plus
 * {@code O(n)}.
 *
 * <p>Spec: no paper item (the optimizer of {@code TDR:alg-2.1-mlp}, Appendix H.3: "Adam with its
 * default parameters (as specified in PyTorch), except for the learning rate").
 */
public final class Adam implements IterativeMethod {

  /** PyTorch's default {@code beta1}. */
  public static final double DEFAULT_BETA1 = 0.9;

  /** PyTorch's default {@code beta2}. */
  public static final double DEFAULT_BETA2 = 0.999;

  /** PyTorch's default {@code eps}. */
  public static final double DEFAULT_EPS = 1e-8;

  private final Objective objective;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double[] firstMoment;
  private final double[] secondMoment;
  private final double[] gradient;

  /** Adam with PyTorch's defaults on {@code objective}. */
  public Adam(Objective objective) {
    this(objective, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
  }

  /**
   * Adam with the given constants.
   *
   * @throws IllegalArgumentException unless {@code 0 <= beta1, beta2 < 1} and {@code eps >= 0}
   */
  public Adam(Objective objective, double beta1, double beta2, double eps) {
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps >= 0)) {
      throw new IllegalArgumentException("need 0 <= beta1, beta2 < 1 and eps >= 0, got "
          + beta1 + ", " + beta2 + ", " + eps);
    }
    this.objective = objective;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    int n = objective.dimension();
    this.firstMoment = new double[n];
    this.secondMoment = new double[n];
    this.gradient = new double[n];
  }

  @Override
  public int dimension() {
    return objective.dimension();
  }

  @Override
  public double loss(double[] theta) {
    return objective.loss(theta);
  }

  @Override
  public Optional<String> update(double[] theta, long t, double step) {
    objective.gradient(theta, gradient);
    double k = t + 1;
    double biasCorrection1 = 1 - Math.pow(beta1, k);
    double biasCorrection2Sqrt = Math.sqrt(1 - Math.pow(beta2, k));
    double stepSize = step / biasCorrection1;
    for (int i = 0; i < theta.length; i++) {
      double g = gradient[i];
      firstMoment[i] += (1 - beta1) * (g - firstMoment[i]);
      secondMoment[i] = secondMoment[i] * beta2 + (1 - beta2) * g * g;
      double denominator = Math.sqrt(secondMoment[i]) / biasCorrection2Sqrt + eps;
      theta[i] -= stepSize * (firstMoment[i] / denominator);
    }
    return Optional.empty();
  }

  /** The first moment {@code m} after the last update (a copy). */
  public double[] firstMoment() {
    return firstMoment.clone();
  }

  /** The second moment {@code v} after the last update (a copy). */
  public double[] secondMoment() {
    return secondMoment.clone();
  }
}
