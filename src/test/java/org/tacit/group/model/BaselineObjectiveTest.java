package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/**
 * The plain-GD objectives of Figures 4 and 7 against the exact Gram form of
 * {@link ExactGramModel}: with {@code q = Sigma w - c} exactly, {@code dL/dw = c_conv q}, so
 * {@code u^2 - v^2} has {@code (2 u o g_w, -2 v o g_w)}, {@code v^2} has {@code 2 v o g_w}, and the
 * grouped (u, v) objective has the gradient of {@link ExactGramModel#gradient}. Designs are small
 * integer matrices and parameters dyadic, so every input is exact in double; the double gradients
 * (design form) must agree to {@link LnhwTolerances#ALGEBRA} at the scale of their terms.
 */
class BaselineObjectiveTest {

  private static final int N = 6;
  private static final int P = 4;

  private record Data(double[] x, double[] y, BigRational[][] exactX, BigRational[] exactY) {}

  private static Data data(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[N * P];
    double[] y = new double[N];
    BigRational[][] exactX = new BigRational[N][P];
    BigRational[] exactY = new BigRational[N];
    for (int row = 0; row < N; row++) {
      for (int i = 0; i < P; i++) {
        int entry = random.nextInt(-3, 4);
        x[row * P + i] = entry;
        exactX[row][i] = BigRational.of(entry);
      }
      int response = random.nextInt(-5, 6);
      y[row] = response;
      exactY[row] = BigRational.of(response);
    }
    return new Data(x, y, exactX, exactY);
  }

  private static double dyadic(SplittableRandom random) {
    return random.nextInt(-64, 65) / 32.0;
  }

  @Test
  @Verifies("LNHW:fig-4")
  void unstructuredBaselinesHaveTheGramFormGradient() {
    for (long seed = 1; seed <= 20; seed++) {
      Data data = data(seed);
      GroupPartition singles = GroupPartition.contiguous(P, 1);
      GroupedDesign design = new GroupedDesign(N, singles, data.x(), data.y());
      ExactGramModel exact = ExactGramModel.ofDesign(singles, data.exactX(), data.exactY());
      SplittableRandom random = new SplittableRandom(seed + 100);
      for (LossConvention convention : LossConvention.values()) {
        for (BaselineObjective.Kind kind : BaselineObjective.Kind.values()) {
          BaselineObjective objective = new BaselineObjective(design, kind, convention);
          double[] theta = new double[objective.dimension()];
          for (int k = 0; k < theta.length; k++) {
            theta[k] = dyadic(random);
          }
          double[] w = objective.weights(theta);
          BigRational[] exactW = new BigRational[P];
          for (int i = 0; i < P; i++) {
            exactW[i] = BigRational.valueOf(w[i]);
          }
          BigRational[] q = exact.negativeCorrelations(exactW);
          double[] gradient = new double[theta.length];
          objective.loss(theta);
          objective.gradient(theta, gradient);
          double c = convention.scale(N);
          for (int i = 0; i < P; i++) {
            double gw = c * q[i].doubleValue();
            double termScale = 2 * c * (1 + sumOfTerms(exact, exactW, i));
            if (kind == BaselineObjective.Kind.SQUARES) {
              assertClose(gradient[i], 2 * theta[i] * gw, Math.abs(theta[i]) * termScale);
            } else {
              assertClose(gradient[i], 2 * theta[i] * gw, Math.abs(theta[i]) * termScale);
              assertClose(gradient[P + i], -2 * theta[P + i] * gw,
                  Math.abs(theta[P + i]) * termScale);
            }
          }
        }
      }
    }
  }

  @Test
  @Verifies("LNHW:fig-7")
  void groupedPlainObjectiveHasTheExactGradient() {
    GroupPartition groups = GroupPartition.ofSizes(1, 3);
    for (long seed = 1; seed <= 20; seed++) {
      Data data = data(seed);
      GroupedDesign design = new GroupedDesign(N, groups, data.x(), data.y());
      ExactGramModel exact = ExactGramModel.ofDesign(groups, data.exactX(), data.exactY());
      SplittableRandom random = new SplittableRandom(seed + 200);
      for (LossConvention convention : LossConvention.values()) {
        BaselineGroupedObjective objective = new BaselineGroupedObjective(design, convention);
        double[] theta = new double[objective.dimension()];
        BigRational[] u = new BigRational[2];
        BigRational[] v = new BigRational[P];
        for (int k = 0; k < theta.length; k++) {
          theta[k] = dyadic(random);
          if (k < 2) {
            u[k] = BigRational.valueOf(theta[k]);
          } else {
            v[k - 2] = BigRational.valueOf(theta[k]);
          }
        }
        double[] gradient = new double[theta.length];
        double loss = objective.loss(theta);
        objective.gradient(theta, gradient);
        ExactGramModel.ExactGradient want = exact.gradient(u, v, convention);
        // Ranges |u|, |v| <= 2, |X| <= 3, |y| <= 5 bound |w| <= 8, |r| <= 5 + 3 * 8 P = 101,
        // |s_i| <= 303, so every term of a gradient entry (and of the loss) is below c 1e4.
        double scale = convention.scale(N) * 1e4;
        for (int l = 0; l < 2; l++) {
          assertClose(gradient[l], want.u()[l].doubleValue(), scale);
        }
        for (int i = 0; i < P; i++) {
          assertClose(gradient[2 + i], want.v()[i].doubleValue(), scale);
        }
        assertClose(loss, exact.loss(u, v, convention).doubleValue(), scale);
      }
    }
  }

  /** {@code sum_j |Sigma_ij w_j| + |c_i|}: the size of the terms of {@code q_i}. */
  private static double sumOfTerms(ExactGramModel exact, BigRational[] w, int i) {
    double sum = Math.abs(exact.correlation(i).doubleValue());
    for (int j = 0; j < w.length; j++) {
      sum += Math.abs(exact.sigma(i, j).multiply(w[j]).doubleValue());
    }
    return sum;
  }

  private static void assertClose(double got, double want, double scale) {
    assertThat(Math.abs(got - want)).as("got " + got + ", want " + want)
        .isLessThanOrEqualTo(LnhwTolerances.ALGEBRA * Math.max(scale, 1.0));
  }
}
