package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;

/**
 * The float-stored counter-based Gaussian design: independent of the thread count, entries
 * addressable by (seed, column, row), Gaussian sample moments, and the single-precision storage
 * changes GD's final test loss by far less than the seed-to-seed spread.
 */
class FloatDesignTest {

  @Test
  void designDoesNotDependOnTheThreadCountAndEntriesAreAddressable() {
    FloatDesign one = FloatDesign.gaussian(17, 31, 57, 1);
    FloatDesign two = FloatDesign.gaussian(17, 31, 57, 2);
    for (int j = 0; j < 57; j++) {
      assertThat(two.column(j)).containsExactly(one.column(j));
      for (int i = 0; i < 31; i++) {
        assertThat(one.entry(i, j)).isEqualTo((float) FloatDesign.standardNormal(17, j, i));
      }
    }
    assertThat(FloatDesign.gaussian(18, 31, 57, 1).column(0)).isNotEqualTo(one.column(0));
  }

  /** Row-major widening, {@code X b} and {@code X^T r} against the entries (small integers: exact). */
  @Test
  void productsAgreeWithTheEntries() {
    FloatDesign x = new FloatDesign(new float[][] {{1, -2}, {3, 0}, {-1, 4}}, 2);
    assertThat(x.rowMajor()).containsExactly(1, 3, -1, -2, 0, 4);
    assertThat(x.times(new double[] {1, 2, 3})).containsExactly(1 + 6 - 3, -2 + 12);
    assertThat(x.transposeTimes(new double[] {1, 1})).containsExactly(-1, 3, 3);
  }

  /** Mean and variance of 200,000 draws within the standard errors of N(0, 1). */
  @Test
  void sampleMomentsAreThoseOfAStandardNormal() {
    int columns = 400;
    int rows = 500;
    FloatDesign x = FloatDesign.gaussian(99, rows, columns, 2);
    double sum = 0;
    double squares = 0;
    for (int j = 0; j < columns; j++) {
      for (float value : x.column(j)) {
        sum += value;
        squares += (double) value * value;
      }
    }
    double count = (double) rows * columns;
    double mean = sum / count;
    double variance = squares / count - mean * mean;
    double deviations = ZgTolerances.GAUSSIAN_SAMPLE_DEVIATIONS;
    assertThat(Math.abs(mean)).isLessThanOrEqualTo(deviations / Math.sqrt(count));
    assertThat(Math.abs(variance - 1)).isLessThanOrEqualTo(deviations * Math.sqrt(2 / count));
  }

  /**
   * Reduced Figure-2 scale (d = 100, n = 30, three seeds, alpha = 1e-10, the paper's lambda,
   * eta = 5e-5 instead of 1e-6, until training loss 1e-4): GD on the float design (fused kernel)
   * and on the unrounded double design (LearnerObjective, labels from each design) reach final
   * test losses {@code ||beta - beta*||^2} whose largest difference is at most
   * {@link ZgTolerances#FLOAT_STORAGE_SPREAD_FRACTION} of their standard deviation over seeds.
   */
  @Test
  void floatStorageChangesTheTestLossFarLessThanTheSeedSpread() {
    int d = 100;
    int n = 30;
    double lambda = 100.0 * d / (0.1 * n * Math.log(n)
        * (Math.sqrt(Math.log(d) / n) + Math.sqrt((double) n / d)));
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -1 / Math.sqrt(3);
    betaStar[2] = 1 / Math.sqrt(3);
    TrainingSettings settings = new TrainingSettings(t -> 5e-5, 1e-4, 1_000_000);
    int seeds = 3;
    double[] single = new double[seeds];
    double largestChange = 0;
    for (int seed = 0; seed < seeds; seed++) {
      FloatDesign design = FloatDesign.gaussian(seed, n, d, 1);
      double[] unrounded = new double[n * d];
      for (int j = 0; j < d; j++) {
        for (int i = 0; i < n; i++) {
          unrounded[i * d + j] = FloatDesign.standardNormal(seed, j, i);
        }
      }
      double[] labelsSingle = design.times(betaStar);
      double[] labelsDouble = new double[n];
      for (int i = 0; i < n; i++) {
        double noise = 0.1 * FloatDesign.standardNormal(seed, -1, i);
        labelsSingle[i] += noise;
        for (int j = 0; j < 3; j++) {
          labelsDouble[i] += unrounded[i * d + j] * betaStar[j];
        }
        labelsDouble[i] += noise;
      }
      TrainingResult fused = GradientDescent.run(
          new FusedLearnerObjective(design, labelsSingle, lambda, 2, 1),
          LearnerObjective.initialParameters(d, 1e-10), settings);
      TrainingResult reference = GradientDescent.run(
          new LearnerObjective(unrounded, labelsDouble, n, d, lambda),
          LearnerObjective.initialParameters(d, 1e-10), settings);
      assertThat(fused.converged()).isTrue();
      assertThat(reference.converged()).isTrue();
      single[seed] = testLoss(fused.theta(), betaStar, lambda);
      largestChange = Math.max(largestChange,
          Math.abs(single[seed] - testLoss(reference.theta(), betaStar, lambda)));
    }
    double mean = 0;
    for (double value : single) {
      mean += value / seeds;
    }
    double spread = 0;
    for (double value : single) {
      spread += (value - mean) * (value - mean) / (seeds - 1);
    }
    spread = Math.sqrt(spread);
    assertThat(spread).isPositive();
    assertThat(largestChange).isLessThanOrEqualTo(
        ZgTolerances.FLOAT_STORAGE_SPREAD_FRACTION * spread);
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
