package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.tacit.linalg.LanczosLambdaMax;
import org.tacit.linalg.LinalgTolerances;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.InterpolatingSolutions;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * The stability lemmas on the data of NRSS Section 7 (d = 100, N = 50, x ~ N(5 1, 5 I),
 * y ~ N(<beta*, x>, 0.01), beta* 5-sparse with entries 1/sqrt(5)), at solutions built from the
 * minimum-l2 interpolator with initialization-like slack alpha^D (alpha = 0.1, 1), for depths 2-4
 * and the UV model; Lanczos lambda_max against the dense solver; the printed Lemma 6.1 lower bound
 * against lambda_max.
 */
class StabilitySectionSevenIT {

  @Test
  @Verifies("NRSS:lem-4.1")
  @Verifies("NRSS:lem-6.1")
  @Verifies("NRSS:lem-C.1")
  @Verifies("NRSS:eq-14")
  @Verifies("NRSS:eq-21")
  void lemmasOnSectionSevenData() {
    SeededDraws draws = new SeededDraws(2022);
    int samples = 50;
    int d = 100;
    double[] x = new double[samples * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = 5 + Math.sqrt(5) * draws.gaussian();
    }
    double[] betaStar = new double[d];
    for (int i = 0; i < 5; i++) {
      betaStar[i] = 1 / Math.sqrt(5);
    }
    RegressionData features = new RegressionData(samples, d, x, new double[samples]);
    double[] y = features.times(betaStar);
    for (int n = 0; n < samples; n++) {
      y[n] += 0.1 * draws.gaussian();
    }
    RegressionData data = features.withLabels(y);
    double[] beta = minimumNormInterpolator(data);

    for (double alpha : new double[] {0.1, 1}) {
      for (int depth = 2; depth <= 4; depth++) {
        double[] slack = new double[d];
        Arrays.fill(slack, Math.pow(alpha, depth));
        SolutionInstance instance = new SolutionInstance(data, new DepthDiagonalModel(depth),
            InterpolatingSolutions.depthWithSlack(beta, depth, slack));
        Verdict proved = new DepthStabilityLemmaChecker().check(instance);
        assertThat(proved.holds()).as(proved.describe()).isTrue();
        if (depth == 2) {
          Verdict lemma41 = new DepthTwoStabilityLemmaChecker().check(instance);
          assertThat(lemma41.holds()).as(lemma41.describe()).isTrue();
        }
        Verdict printed = new DepthStabilityLemmaChecker(StatementForm.PRINTED).check(instance);
        assertThat(printed.checks().get(0).holds()).isEqualTo(depth == 2);
        assertThat(printed.checks().get(1).holds()).isTrue();
        double lambda = proved.checks().get(0).rhs();
        assertLanczosAgrees(instance, lambda);
        System.out.println(String.format(Locale.ROOT,
            "[tacit] section 7, D=%d, alpha=%.1f: lambda_max=%.6g, proved LB=%.6g (ratio %.4f), "
                + "UB=%.6g (ratio %.4f), printed LB=%.6g, printed UB=%.6g", depth, alpha, lambda,
            proved.checks().get(0).lhs(), lambda / proved.checks().get(0).lhs(),
            proved.checks().get(1).rhs(), proved.checks().get(1).rhs() / lambda,
            printed.checks().get(0).lhs(), printed.checks().get(1).rhs()));
      }
      double[] uMinus = new double[d];
      double[] vMinus = new double[d];
      double[] ratios = new double[d];
      Arrays.fill(uMinus, alpha);
      Arrays.fill(vMinus, alpha);
      Arrays.fill(ratios, 1);
      SolutionInstance uv = new SolutionInstance(data, new UvDiagonalModel(),
          InterpolatingSolutions.uv(beta, uMinus, vMinus, ratios));
      Verdict lemmaC1 = new UvStabilityLemmaChecker().check(uv);
      assertThat(lemmaC1.holds()).as(lemmaC1.describe()).isTrue();
      double lambda = lemmaC1.checks().get(0).rhs();
      assertLanczosAgrees(uv, lambda);
      System.out.println(String.format(Locale.ROOT,
          "[tacit] section 7, UV, alpha=%.1f: lambda_max=%.6g, LB=%.6g (ratio %.4f)", alpha, lambda,
          lemmaC1.checks().get(0).lhs(), lambda / lemmaC1.checks().get(0).lhs()));
    }
  }

  /**
   * Large d (d = 20000, N = 50, dense Hessian of 1.6e9 entries out of reach): at a solution the
   * Hessian is (1/N) Phi Phi^T, whose nonzero eigenvalues are those of the N x N matrix
   * (1/N) Phi^T Phi = (1/N) X diag(sum_k c_k^2) X^T (21); matrix-free Lanczos on the Hessian must
   * agree with the dense eigensolver on that N x N matrix.
   */
  @Test
  @Verifies("NRSS:eq-21")
  @Verifies("NRSS:eq-26")
  void lanczosOnLargeDimensionMatchesTheSampleSpaceEigenproblem() {
    SeededDraws draws = new SeededDraws(99);
    int samples = 50;
    int d = 20000;
    double[] x = new double[samples * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = 5 + Math.sqrt(5) * draws.gaussian();
    }
    double[] beta = new double[d];
    for (int i = 0; i < 5; i++) {
      beta[i] = 1 / Math.sqrt(5);
    }
    RegressionData features = new RegressionData(samples, d, x, new double[samples]);
    RegressionData data = features.withLabels(features.times(beta));
    for (int depth = 2; depth <= 3; depth++) {
      double[] slack = new double[d];
      Arrays.fill(slack, Math.pow(0.1, depth));
      DepthDiagonalModel model = new DepthDiagonalModel(depth);
      SolutionInstance instance = new SolutionInstance(data, model,
          InterpolatingSolutions.depthWithSlack(beta, depth, slack));
      assertThat(instance.hypotheses().failureMessage()).isNull();
      double[] c = model.featureCoefficients(instance.theta(), d);
      double[] weights = new double[d];
      for (int k = 0; k < c.length; k++) {
        weights[k % d] += c[k] * c[k];
      }
      double[] gram = new double[samples * samples];
      for (int n = 0; n < samples; n++) {
        for (int m = 0; m < samples; m++) {
          double sum = 0;
          for (int i = 0; i < d; i++) {
            sum += data.feature(n, i) * weights[i] * data.feature(m, i);
          }
          gram[n * samples + m] = sum / samples;
        }
      }
      double reference = SymmetricEigen.lambdaMax(gram, samples);
      assertLanczosAgrees(instance, reference);
    }
  }

  private static void assertLanczosAgrees(SolutionInstance instance, double dense) {
    long start = System.nanoTime();
    LanczosLambdaMax.Result result = LanczosLambdaMax.compute(
        instance.loss().hessianOperator(instance.theta()), 400, LinalgTolerances.LANCZOS);
    long micros = (System.nanoTime() - start) / 1000;
    assertThat(result.converged()).isTrue();
    assertThat(Math.abs(result.lambdaMax() - dense))
        .isLessThanOrEqualTo(StepSizeTolerances.SPECTRAL * dense);
    System.out.println(String.format(Locale.ROOT,
        "[tacit] lanczos %s: %d iterations, %d us, relative difference to dense %.2e",
        instance.label(), result.iterations(), micros, Math.abs(result.lambdaMax() - dense) / dense));
  }

  /** {@code beta = X^T (X X^T)^{-1} y} (X has full row rank N < d almost surely). */
  private static double[] minimumNormInterpolator(RegressionData data) {
    int samples = data.samples();
    int d = data.dimension();
    double[][] rows = new double[samples][d];
    for (int n = 0; n < samples; n++) {
      for (int i = 0; i < d; i++) {
        rows[n][i] = data.feature(n, i);
      }
    }
    RealMatrix matrix = new Array2DRowRealMatrix(rows, false);
    RealMatrix gram = matrix.multiply(matrix.transpose());
    double[] dual = new LUDecomposition(gram).getSolver()
        .solve(new ArrayRealVector(data.labels())).toArray();
    return data.transposeTimes(dual);
  }
}
