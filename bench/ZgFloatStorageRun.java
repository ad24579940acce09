import org.tacit.benign.model.FloatDesign;
import org.tacit.benign.model.FusedLearnerObjective;
import org.tacit.benign.model.LearnerObjective;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;

/**
 * Float32 against double storage of X for GD (2) of the ZG learner on Figure-2 problems
 * (counter-based Gaussian X, n = floor(3 sqrt d), beta* = (1,-1,1,0,...)/sqrt 3, sigma = 0.1,
 * alpha = 1e-10, the paper's lambda, until training loss 1e-4, eta given): per seed, the final
 * test loss ||beta - beta*||^2 with the float design (FusedLearnerObjective) and with the
 * unrounded double design (LearnerObjective), and their difference, to compare with the spread
 * over seeds. The larger-scale companion of FloatDesignTest.
 *
 * <p>Usage: {@code java -cp CLASSES bench/ZgFloatStorageRun.java d eta seeds}, e.g.
 * {@code 10000 1e-5 3}.
 */
public final class ZgFloatStorageRun {

  private ZgFloatStorageRun() {}

  /** Runs the comparison. */
  public static void main(String[] args) {
    int d = Integer.parseInt(args[0]);
    double eta = Double.parseDouble(args[1]);
    int seeds = Integer.parseInt(args[2]);
    int n = (int) Math.floor(3 * Math.sqrt(d));
    double lambda = 100.0 * d / (0.1 * n * Math.log(n)
        * (Math.sqrt(Math.log(d) / n) + Math.sqrt((double) n / d)));
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -betaStar[0];
    betaStar[2] = betaStar[0];
    TrainingSettings settings = new TrainingSettings(t -> eta, 1e-4, 5_000_000);
    for (int seed = 1; seed <= seeds; seed++) {
      long start = System.nanoTime();
      FloatDesign single = FloatDesign.gaussian(seed, n, d, 2);
      double[] unrounded = new double[n * d];
      for (int j = 0; j < d; j++) {
        for (int i = 0; i < n; i++) {
          unrounded[i * d + j] = FloatDesign.standardNormal(seed, j, i);
        }
      }
      double[] ySingle = single.times(betaStar);
      double[] yDouble = new double[n];
      for (int i = 0; i < n; i++) {
        double noise = 0.1 * FloatDesign.standardNormal(seed, -1, i);
        ySingle[i] += noise;
        yDouble[i] = unrounded[i * d] * betaStar[0] + unrounded[i * d + 1] * betaStar[1]
            + unrounded[i * d + 2] * betaStar[2] + noise;
      }
      TrainingResult a = GradientDescent.run(new FusedLearnerObjective(single, ySingle, lambda, 2,
          1), LearnerObjective.initialParameters(d, 1e-10), settings);
      TrainingResult b = GradientDescent.run(new LearnerObjective(unrounded, yDouble, n, d,
          lambda), LearnerObjective.initialParameters(d, 1e-10), settings);
      double lossSingle = testLoss(a.theta(), betaStar, lambda);
      double lossDouble = testLoss(b.theta(), betaStar, lambda);
      System.out.printf("d=%d n=%d seed %d: steps %d/%d converged %b/%b, test loss float32 %.8e,"
          + " double %.8e, difference %.3e (%.1f s)%n", d, n, seed, a.steps(), b.steps(),
          a.converged(), b.converged(), lossSingle, lossDouble, lossSingle - lossDouble,
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static double testLoss(double[] theta, double[] betaStar, double lambda) {
    int d = betaStar.length;
    double s = 0;
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      double beta = theta[2 * d + k] + lambda * ((w - u) * (w + u));
      s += (beta - betaStar[k]) * (beta - betaStar[k]);
    }
    return s;
  }
}
