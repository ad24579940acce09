package org.tacit.benign.family;

import org.tacit.benign.model.GradientApproximationInstance;
import org.tacit.benign.model.RipConstant;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.SeededDraws;

/**
 * Gaussian training instances in the experiments' regime (Figure 1, Appendix E) scaled down so a
 * run takes a fraction of a second: {@code d} in a given range, {@code n = floor(3 sqrt(d))},
 * {@code X} with i.i.d. {@code N(0, 1)} entries, {@code sigma = 0.1}, {@code xi ~ N(0, sigma^2
 * I)}, {@code beta* = (1, -1, 1, 0, ..., 0)/sqrt(3)} ({@code s = 3}), the experiments' lambda
 * ({@link StageInstance#paperLambda}), {@code alpha = 1e-10}, loss target {@code eps = 1e-5}
 * (Figure 1's stopping rule) and the step {@code eta = 1/(8 lambda beta_max)} in place of the
 * experiments' {@code 1e-6}: a time rescaling (the dynamics depend on eta mainly through the
 * gradient-flow time {@code eta t}) that keeps {@code 2 eta lambda beta_max = 1/4} (Lemma B.9's
 * corrected step condition for the signal coordinates) and {@code eta lambda_max(H_t)} about 1/2.
 *
 * <p>Spec: {@code ZG:lem-5.3}, {@code ZG:lem-5.6}, {@code ZG:thm-3.1}.
 */
public final class StageFamilies {

  /**
   * Smallest dimension of the registered stage instances: 200, the low end of the range on which
   * the caps of the measured constants were calibrated ({@code ZgTolerances}, section Stage
   * dynamics). Below it the constants drift: at d = 152 (n = 36) {@code T1 eta lambda beta_min /
   * ln(1/alpha)} reached 2.56 (cap 2) and {@code a_{T1} d} 0.27 (cap 0.25), the pre-asymptotic
   * regime the O(.) statements say nothing about (Assumption 2.2 fails there).
   */
  public static final int MIN_DIMENSION = 200;

  /** Largest dimension of the registered stage instances (runs stay well under a second). */
  public static final int MAX_DIMENSION = 400;

  /** The noise level of the experiments. */
  public static final double SIGMA = 0.1;

  /** The initial scale of the experiments. */
  public static final double ALPHA = 1e-10;

  /** Figure 1's training-loss target. */
  public static final double LOSS_TARGET = 1e-5;

  /** The step budget of one run (far above the steps the instances need). */
  public static final long MAX_STEPS = 2_000_000;

  private StageFamilies() {}

  /** The family with {@code d} drawn uniformly from {@code [minDimension, maxDimension]}. */
  public static InstanceFamily<StageInstance> gaussian(int minDimension, int maxDimension) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian X, d in [" + minDimension + ", " + maxDimension + "], n = floor(3 sqrt d),"
            + " sigma = 0.1, beta* = (1,-1,1,0,...)/sqrt3, paper lambda, alpha = 1e-10,"
            + " eta = 1/(8 lambda beta_max), eps = 1e-5";
      }

      @Override
      public StageInstance draw(Draws draws) {
        return instance(draws.intBetween(minDimension, maxDimension), draws, SIGMA, ALPHA, 1.0);
      }
    };
  }

  /**
   * One instance of dimension {@code d} (sizes as above), initial scale {@code alpha}, with the
   * step {@code etaFactor / (8 lambda beta_max)}. The {@code n (d + 1)} Gaussian entries come from
   * a {@link SeededDraws} stream seeded by one draw of {@code draws}, so that they are Gaussian
   * whatever the source (a property harness's first, simplest draws would otherwise give
   * {@code X = 0}).
   */
  public static StageInstance instance(int d, Draws draws, double sigma, double alpha,
      double etaFactor) {
    int n = StageInstance.paperSamples(d);
    Draws entries = new SeededDraws(draws.between(0, Long.MAX_VALUE - 1));
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = entries.gaussian();
    }
    double[] noise = new double[n];
    for (int i = 0; i < n; i++) {
      noise[i] = sigma * entries.gaussian();
    }
    double[] betaStar = paperTarget(d);
    double lambda = StageInstance.paperLambda(d, n, sigma);
    double eta = etaFactor / (8 * lambda * (1 / Math.sqrt(3)));
    return new StageInstance(x, n, d, noise, betaStar, sigma, lambda, alpha, eta, LOSS_TARGET,
        MAX_STEPS);
  }

  /**
   * Lemma 5.2 instances: the family above at {@code d in [6, 12]} (so {@code n = floor(3 sqrt d)}
   * is 7 to 10), the claimed delta the enumerated {@code delta_{s+1}} of {@code X/sqrt(n)} plus
   * its error bound and {@link ZgTolerances#RIP_CERTIFICATE_SLACK}, and the steps 0, 1, 2, 5, 10,
   * 20, 50, 100, 200, 400, 800 of GD (through Stage 1 and into Stage 2 at these sizes).
   */
  public static InstanceFamily<GradientApproximationInstance> gradientApproximation() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian X, d in [6, 12], n = floor(3 sqrt d), experiments' parameters, delta ="
            + " enumerated delta_{s+1}, GD steps 0..800";
      }

      @Override
      public GradientApproximationInstance draw(Draws draws) {
        StageInstance stage = instance(draws.intBetween(6, 12), draws, SIGMA, ALPHA, 1.0);
        RipConstant rip = RipConstant.of(stage.x(), stage.samples(), stage.dimension(), 4);
        double delta = rip.delta() + (ZgTolerances.RIP_EIGEN
            + ZgTolerances.RIP_CERTIFICATE_SLACK) * (1 + rip.delta());
        return new GradientApproximationInstance(stage, delta,
            new long[] {0, 1, 2, 5, 10, 20, 50, 100, 200, 400, 800});
      }
    };
  }

  /** {@code beta* = (1, -1, 1, 0, ..., 0)/sqrt(3)} in {@code R^d}, {@code d >= 3}. */
  public static double[] paperTarget(int d) {
    double[] betaStar = new double[d];
    double c = 1 / Math.sqrt(3);
    betaStar[0] = c;
    betaStar[1] = -c;
    betaStar[2] = c;
    return betaStar;
  }
}
