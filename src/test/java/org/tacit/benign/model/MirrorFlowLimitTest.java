package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.lp.LpPrecision;
import org.tacit.spec.Verifies;

/**
 * The gradient-flow limits against independent solvers: the {@code w^2 - u^2} limit is the entropy
 * Bregman projection of {@code alpha^2 1} onto {@code {x >= 0 : [X, -X] x = y}} (x = (w^2, u^2)),
 * computed with its certificate by {@code bregman.EntropyProjection}; as alpha grows it tends to
 * the min-l2 interpolator at the rate {@code alpha^-4}, and as alpha shrinks its l1 norm decreases
 * to that of the exact min-l1 interpolator (LP with dual certificate); model (1) with a negligible
 * quadratic part is the min-l2 interpolator.
 */
class MirrorFlowLimitTest {

  private static final long[][] X = {
      {2, -1, 0, 3, 1, -2, 1}, {1, 1, -1, 0, 2, 1, -3}, {0, 2, 1, -1, 1, 3, 2}};
  private static final long[] Y = {3, -1, 2};
  private static final int N = 3;
  private static final int D = 7;

  private static double[] design() {
    double[] x = new double[N * D];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < D; j++) {
        x[i * D + j] = X[i][j];
      }
    }
    return x;
  }

  private static double[] labels() {
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      y[i] = Y[i];
    }
    return y;
  }

  private static BigRational[] exactLabels() {
    BigRational[] y = new BigRational[N];
    for (int i = 0; i < N; i++) {
      y[i] = BigRational.of(Y[i]);
    }
    return y;
  }

  private static double forwardError(MirrorFlowSolution s) {
    return ZgTolerances.flowLimitForwardError(s.correctionNorm(), s.relativeTarget(),
        Vectors.norm(s.beta()));
  }

  @Test
  @Verifies("ZG:rem-1.1")
  void squaredDifferenceLimitIsTheEntropyProjection() {
    long[][] signed = new long[N][2 * D];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < D; j++) {
        signed[i][j] = X[i][j];
        signed[i][D + j] = -X[i][j];
      }
    }
    EntropyProjectionProblem problem =
        EntropyProjectionProblem.of(RationalMatrix.of(signed), exactLabels());
    for (double alpha : new double[] {1, 1e-1, 1e-3, 1e-8, 1e-16}) {
      MirrorFlowSolution flow = MirrorFlowLimit.solve(design(), N, D, labels(),
          MirrorLink.squaredDifference(alpha));
      assertThat(flow.converged()).isTrue();
      assertThat(flow.residualWithinTarget()).isTrue();
      EntropyProjectionResult projection = new EntropyProjection().solve(problem, alpha * alpha);
      assertThat(projection.certificate().certified()).isTrue();
      double[] p = projection.x();
      double bound = projection.certificate().relativeErrorBound();
      double[] beta = flow.beta();
      for (int j = 0; j < D; j++) {
        assertThat(Math.abs(beta[j] - (p[j] - p[D + j])))
            .as("alpha = %s, coordinate %d", alpha, j)
            .isLessThanOrEqualTo(bound * (p[j] + p[D + j]) + forwardError(flow));
      }
    }
  }

  @Test
  @Verifies("ZG:rem-1.1")
  void largeInitializationTendsToTheMinimumL2InterpolatorAtRateAlphaToTheMinusFour() {
    double[] l2 = MinimumNormInterpolator.solve(design(), N, D, labels()).beta();
    double[] alphas = {3, 30, 10, 100};
    double[] distance = new double[4];
    for (int k = 0; k < 4; k++) {
      MirrorFlowSolution flow = MirrorFlowLimit.solve(design(), N, D, labels(),
          MirrorLink.squaredDifference(alphas[k]));
      assertThat(flow.converged()).isTrue();
      distance[k] = distance(flow.beta(), l2);
      assertThat(distance[k]).isGreaterThan(100 * forwardError(flow));
    }
    // phi^{-1}(beta) = asinh(beta / (2 alpha^2)) / 4 = beta / (8 alpha^2) (1 + O(beta^2 / alpha^4))
    assertThat(distance[0] / distance[1] / 1e4 - 1).isBetween(-ZgTolerances.FLOW_ORDER_RATIO,
        ZgTolerances.FLOW_ORDER_RATIO);
    assertThat(distance[2] / distance[3] / 1e4 - 1).isBetween(-ZgTolerances.FLOW_ORDER_RATIO,
        ZgTolerances.FLOW_ORDER_RATIO);
  }

  @Test
  @Verifies("ZG:rem-1.1")
  void smallInitializationDecreasesToTheMinimumL1Norm() {
    MinimumL1Solution l1 =
        MinimumL1Interpolator.solve(RationalMatrix.of(X), exactLabels(), LpPrecision.EXACT);
    assertThat(l1.certifies(RationalMatrix.of(X), exactLabels())).isTrue();
    double minimum = 0;
    for (BigRational b : l1.primal().x()) {
      minimum += Math.abs(b.doubleValue());
    }
    double previousGap = Double.POSITIVE_INFINITY;
    for (double alpha : new double[] {1, 1e-1, 1e-2, 1e-4, 1e-8, 1e-16}) {
      MirrorFlowSolution flow = MirrorFlowLimit.solve(design(), N, D, labels(),
          MirrorLink.squaredDifference(alpha));
      assertThat(flow.converged()).isTrue();
      double slack = Math.sqrt(D) * forwardError(flow);
      double gap = l1Norm(flow.beta()) - minimum;
      assertThat(gap).as("no interpolator beats the min-l1 norm").isGreaterThanOrEqualTo(-slack);
      assertThat(gap).as("the l1 gap decreases as alpha decreases, alpha = %s", alpha)
          .isLessThan(previousGap);
      previousGap = gap + slack;
      if (alpha == 1e-16) {
        assertThat(gap).isLessThanOrEqualTo(slack);
      }
    }
  }

  @Test
  @Verifies("ZG:rem-1.4")
  void learnerWithNegligibleQuadraticPartIsTheMinimumL2Interpolator() {
    double[] l2 = MinimumNormInterpolator.solve(design(), N, D, labels()).beta();
    // 2 lambda alpha^2 sinh(4 lambda z) <= 1e-16 |z| cosh(4 max|z|): below the forward error
    MirrorFlowSolution flow = MirrorFlowLimit.solve(design(), N, D, labels(),
        MirrorLink.learner(1, 1e-8));
    assertThat(flow.converged()).isTrue();
    assertThat(distance(flow.beta(), l2)).isLessThanOrEqualTo(forwardError(flow)
        + ZgTolerances.minimumNormForwardError(N, D, frobeniusOverLambdaMin()) * Vectors.norm(l2));
  }

  @Test
  @Verifies("ZG:rem-1.4")
  void mirrorLinkAgreesWithItsDefinitionAndIsStableAtHugeArguments() {
    MirrorLink link = MirrorLink.learner(2, 0.5);
    for (double z : new double[] {-0.3, -1e-9, 0, 1e-9, 0.2, 1.1}) {
      double t = 8 * z;
      double tolerance = ZgTolerances.flowLimitResidual(1, Math.abs(t) + 2 * Math.log(2));
      assertThat(link.phi(z)).isCloseTo(z + 2 * 2 * 0.25 * Math.sinh(t),
          Offset.offset(tolerance * (Math.abs(z) + Math.cosh(t))));
      assertThat(link.derivative(z)).isCloseTo(1 + 8 * 4 * 0.25 * Math.cosh(t),
          Offset.offset(tolerance * link.derivative(z)));
      assertThat(link.conjugate(z)).isCloseTo(z * z / 2 + 0.125 * (Math.cosh(t) - 1),
          Offset.offset(tolerance * (z * z + Math.cosh(t))));
    }
    MirrorLink tiny = MirrorLink.squaredDifference(1e-15);
    // alpha^2 sinh(4 z) at 4z = 720: exp(2 ln 1e-15 + 720 - ln 2) ~ e^650 is finite, sinh(720) is not
    assertThat(Math.sinh(720)).isInfinite();
    assertThat(tiny.phi(180)).isFinite().isPositive();
    assertThat(tiny.phi(-180)).isEqualTo(-tiny.phi(180));
    assertThat(tiny.conjugate(180)).isFinite();
  }

  private static double frobeniusOverLambdaMin() {
    double[] x = design();
    double[] eigen = SymmetricEigen.eigenvalues(
        MinimumNormInterpolator.gram(x, N, D), N);
    double min = Double.POSITIVE_INFINITY;
    for (double e : eigen) {
      min = Math.min(min, e);
    }
    return Vectors.dot(x, x) / min;
  }

  private static double l1Norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += Math.abs(e);
    }
    return s;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }
}
