package org.tacit.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The log-domain flow against its closed form (issue #19: the flow's own package tests never ran
 * an integration to convergence). A = [1], y = 1: {@code dx/dt = 8 x (1 - x)}, the logistic
 * equation, so {@code x(t) = 1 / (1 + (1/x0 - 1) e^(-8t))} with {@code x0 = alpha^2}.
 *
 * <p>Tolerance: the controller keeps each step's local error (estimated by the embedded
 * first-order solution) at most {@link FlowTolerances#INTEGRATION} {@code (1 + |log x|)}; in the
 * log domain the Jacobian {@code -8 x} is negative, so the flow contracts and local errors do not
 * grow: the global error in {@code log x} is at most the sum of the local ones, that is
 * {@code steps * INTEGRATION * (1 + max |log x|)} with {@code max |log x| = |log x0|}.
 */
class LogDomainGradientFlowPathTest {

  @Test
  void logisticFlowFollowsItsClosedFormToConvergence() {
    QuadraticReparameterizedLoss loss =
        new QuadraticReparameterizedLoss(new double[][] {{1}}, new double[] {1});
    for (double alpha : new double[] {0.5, 1e-3}) {
      double residualTolerance = 1e-9;
      FlowResult result = new LogDomainGradientFlow(loss).run(alpha, residualTolerance, 100);
      assertThat(result.converged()).as(result.reason()).isTrue();
      double logX0 = 2 * Math.log(alpha);
      double t = result.time();
      // log x(t) = -log(1 + (1/x0 - 1) e^{-8t}) = -log1p(expm1(-log x0) e^{-8t})
      double exact = -Math.log1p(Math.expm1(-logX0) * Math.exp(-8 * t));
      double bound = result.steps() * FlowTolerances.INTEGRATION * (1 + Math.abs(logX0));
      assertThat(Math.abs(result.logX()[0] - exact)).isLessThanOrEqualTo(bound);
      assertThat(result.x()[0]).isEqualTo(Math.exp(result.logX()[0]));
      assertThat(result.residualNorm()).isEqualTo(Math.abs(result.x()[0] - 1));
      assertThat(result.residualNorm()).isLessThanOrEqualTo(residualTolerance);
      assertThat(t).isPositive().isLessThan(100);
      assertThat(result.steps()).isPositive();
      assertThat(result.evaluations()).isGreaterThanOrEqualTo(2 * result.steps());
    }
  }

  /** A run stopped by maxTime before convergence says so and reaches exactly maxTime. */
  @Test
  void runStopsAtMaxTimeWithoutConvergence() {
    QuadraticReparameterizedLoss loss =
        new QuadraticReparameterizedLoss(new double[][] {{1}}, new double[] {1});
    FlowResult result = new LogDomainGradientFlow(loss).run(1e-3, 1e-12, 0.25);
    assertThat(result.converged()).isFalse();
    assertThat(result.time()).isLessThanOrEqualTo(0.25);
    double exact = -Math.log1p(Math.expm1(-2 * Math.log(1e-3)) * Math.exp(-8 * result.time()));
    assertThat(Math.abs(result.logX()[0] - exact)).isLessThanOrEqualTo(
        result.steps() * FlowTolerances.INTEGRATION * (1 + Math.abs(2 * Math.log(1e-3))));
  }
}
