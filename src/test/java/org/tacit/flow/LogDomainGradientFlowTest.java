package org.tacit.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The log-domain flow always ends: a run whose stages overflow stops with a reason. */
class LogDomainGradientFlowTest {

  /**
   * A = [1e308, 1], y = 1, alpha = 1: the gradient is of order 1e616 at every step length, so
   * every stage overflows and every step is rejected. Before the fix the controller grew the
   * step on a non-finite error estimate and looped for ever (issue #13 point 1); now the step
   * shrinks to the floor of {@link FlowTolerances#STEP_FLOOR_ULPS} ulps and the run ends, not
   * converged, saying why. 10 s is three orders of magnitude above the time it takes.
   */
  @Test
  void overflowingStagesEndTheRunWithAReason() {
    QuadraticReparameterizedLoss loss =
        new QuadraticReparameterizedLoss(new double[][] {{1e308, 1}}, new double[] {1});
    FlowResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> new LogDomainGradientFlow(loss).run(1.0, 1e-10, 1e6));
    assertThat(result.converged()).isFalse();
    assertThat(result.reason()).contains("fell below").contains("overflow");
    assertThat(result.steps()).isZero();
  }
}
