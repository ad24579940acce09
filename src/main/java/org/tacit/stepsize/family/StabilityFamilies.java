package org.tacit.stepsize.family;

import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.InterpolatingSolutions;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the NRSS stability lemmas: data sets with solutions constructed exactly
 * or to rounding (no rejection). Half of the draws are Gaussian designs
 * {@code x_{n,i} = mu_i + sigma z}, with {@code mu} one of 0, 1, 5, 10 (times the all-ones vector) or
 * a random vector in {@code [-10, 10]^d}, {@code sigma in [0.5, 3]}, {@code y = X beta} for a random
 * (partly sparse) {@code beta}, and {@code theta} built by {@link InterpolatingSolutions} at an
 * initialization-like scale {@code alpha} log-uniform in {@code [1e-2, 10]} with a random shape
 * (per-coordinate factor log-uniform in {@code [e^-2, e^2]}, some coordinates without slack), random
 * signs (even D) or negative branches (odd D), or random UV imbalance; the other half are small
 * integer designs {@code x in [-3, 5]} with integer {@code theta in [-3, 3]} and
 * {@code y = X beta(theta)}, exact solutions. Sizes: {@code N in [1, 8]}, {@code d in [1, 10]}.
 *
 * <p>Spec: {@code NRSS:def-2.1} (solutions); the Gaussian data follow Section 7 (mean mu).
 */
public final class StabilityFamilies {

  private static final double[] MEANS = {0, 1, 5, 10};

  private StabilityFamilies() {}

  /** Solutions of the depth-D model with D drawn in {@code [minDepth, maxDepth]}, both >= 2. */
  public static InstanceFamily<SolutionInstance> depth(int minDepth, int maxDepth) {
    if (minDepth < 2 || maxDepth < minDepth) {
      throw new IllegalArgumentException("need 2 <= minDepth <= maxDepth");
    }
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "depth D in [" + minDepth + ", " + maxDepth + "], Gaussian (mu in {0,1,5,10} or "
            + "random, alpha in [1e-2, 10]) or small-integer data, N <= 8, d <= 10";
      }

      @Override
      public SolutionInstance draw(Draws draws) {
        int depth = draws.intBetween(minDepth, maxDepth);
        DepthDiagonalModel model = new DepthDiagonalModel(depth);
        if (draws.coin()) {
          RegressionData data = integerDesign(draws);
          double[] theta = integerParameters(draws, 2 * data.dimension());
          return exactSolution(data, model, theta);
        }
        RegressionData features = gaussianDesign(draws);
        int d = features.dimension();
        double[] beta = randomPredictor(draws, d);
        double alpha = Math.exp(draws.uniform(Math.log(1e-2), Math.log(10)));
        double[] offsets = new double[d];
        boolean[] negatePlus = new boolean[d];
        boolean[] negateMinus = new boolean[d];
        boolean even = depth % 2 == 0;
        for (int i = 0; i < d; i++) {
          double slack = draws.between(0, 7) == 0 ? 0
              : Math.pow(alpha, depth) * Math.exp(draws.uniform(-2, 2));
          if (!even && draws.coin()) {
            offsets[i] = -(Math.max(beta[i], 0) + slack);
          } else {
            offsets[i] = Math.max(-beta[i], 0) + slack;
          }
          negatePlus[i] = even && draws.coin();
          negateMinus[i] = even && draws.coin();
        }
        double[] theta = InterpolatingSolutions.depth(beta, depth, offsets, negatePlus, negateMinus);
        return new SolutionInstance(features.withLabels(features.times(beta)), model, theta);
      }
    };
  }

  /** Solutions of the UV model. */
  public static InstanceFamily<SolutionInstance> uv() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "UV, Gaussian (mu in {0,1,5,10} or random, alpha in [1e-2, 10], imbalance in "
            + "[e^-2, e^2]) or small-integer data, N <= 8, d <= 10";
      }

      @Override
      public SolutionInstance draw(Draws draws) {
        UvDiagonalModel model = new UvDiagonalModel();
        if (draws.coin()) {
          RegressionData data = integerDesign(draws);
          double[] theta = integerParameters(draws, 4 * data.dimension());
          return exactSolution(data, model, theta);
        }
        RegressionData features = gaussianDesign(draws);
        int d = features.dimension();
        double[] beta = randomPredictor(draws, d);
        double alpha = Math.exp(draws.uniform(Math.log(1e-2), Math.log(10)));
        double[] uMinus = new double[d];
        double[] vMinus = new double[d];
        double[] ratios = new double[d];
        for (int i = 0; i < d; i++) {
          uMinus[i] = alpha * draws.gaussian();
          vMinus[i] = alpha * draws.gaussian();
          ratios[i] = (draws.coin() ? -1 : 1) * Math.exp(draws.uniform(-2, 2));
        }
        double[] theta = InterpolatingSolutions.uv(beta, uMinus, vMinus, ratios);
        return new SolutionInstance(features.withLabels(features.times(beta)), model, theta);
      }
    };
  }

  /** Gaussian features (labels zero, to be replaced). */
  public static RegressionData gaussianDesign(Draws draws) {
    int samples = draws.intBetween(1, 8);
    int d = draws.intBetween(1, 10);
    double sigma = draws.uniform(0.5, 3);
    boolean randomMeans = draws.between(0, 4) == 0;
    double commonMean = MEANS[draws.intBetween(0, MEANS.length - 1)];
    double[] means = new double[d];
    for (int i = 0; i < d; i++) {
      means[i] = randomMeans ? draws.uniform(-10, 10) : commonMean;
    }
    double[] x = new double[samples * d];
    for (int n = 0; n < samples; n++) {
      for (int i = 0; i < d; i++) {
        x[n * d + i] = means[i] + sigma * draws.gaussian();
      }
    }
    return new RegressionData(samples, d, x, new double[samples]);
  }

  /** Small-integer features in [-3, 5] (labels zero, to be replaced). */
  public static RegressionData integerDesign(Draws draws) {
    int samples = draws.intBetween(1, 6);
    int d = draws.intBetween(1, 6);
    double[] x = new double[samples * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = draws.between(-3, 5);
    }
    return new RegressionData(samples, d, x, new double[samples]);
  }

  private static double[] integerParameters(Draws draws, int length) {
    double[] theta = new double[length];
    for (int k = 0; k < length; k++) {
      theta[k] = draws.between(-3, 3);
    }
    return theta;
  }

  private static double[] randomPredictor(Draws draws, int d) {
    double[] beta = new double[d];
    for (int i = 0; i < d; i++) {
      beta[i] = draws.between(0, 2) == 0 ? 0 : draws.gaussian();
    }
    return beta;
  }

  /** The instance with labels {@code y = X beta(theta)} (exact for small integers). */
  public static SolutionInstance exactSolution(RegressionData data, DiagonalNetworkModel model,
      double[] theta) {
    double[] y = data.times(model.beta(theta, data.dimension()));
    return new SolutionInstance(data.withLabels(y), model, theta);
  }
}
