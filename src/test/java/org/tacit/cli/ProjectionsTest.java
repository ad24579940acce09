package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.l1rate.model.FeasibleSupport;
import org.tacit.lp.LinearSystem;

/**
 * The maximal-support fast path of {@link Projections}: the mask always equals the exact LP's
 * ({@link FeasibleSupport}, an independent exact algorithm), and on the fast path the projection
 * is bit-identical to the one the exact-LP path computes.
 */
class ProjectionsTest {

  /** A strictly positive feasible point exists: (1, 1, 1, 1) solves it. */
  private static final LinearSystem POSITIVE = LinearSystem.of(
      new long[][] {{1, 2, -1, 3}, {0, 1, 4, -2}}, new long[] {5, 3});

  /** x_3 = 0 on the whole feasible set (second row), x_1, x_2 free. */
  private static final LinearSystem FORCED_ZERO = LinearSystem.of(
      new long[][] {{1, 1, 1}, {0, 0, 1}}, new long[] {1, 0});

  @Test
  void certifiedFullMaskGivesTheExactLpMaskAndTheSameProjection() {
    boolean[] exact = FeasibleSupport.of(POSITIVE).mask();
    assertThat(exact).containsOnly(true);
    Projections.SupportedProjection fast = Projections.projectOnMaximalSupport(POSITIVE, 1e-6);
    assertThat(fast.mask()).isEqualTo(exact);
    assertThat(fast.result().certificate().certified()).isTrue();
    EntropyProjectionResult slow = Projections.solve(POSITIVE, exact, 1e-6);
    assertThat(fast.result().logX()).isEqualTo(slow.logX());
    assertThat(fast.result().certificate().logErrorBound())
        .isEqualTo(slow.certificate().logErrorBound());
    assertThat(Projections.maximalSupport(POSITIVE)).isEqualTo(exact);
  }

  @Test
  void aCoordinateVanishingOnTheFeasibleSetFallsBackToTheExactLp() {
    boolean[] exact = FeasibleSupport.of(FORCED_ZERO).mask();
    assertThat(exact).containsExactly(true, true, false);
    Projections.SupportedProjection projection =
        Projections.projectOnMaximalSupport(FORCED_ZERO, 0.1);
    assertThat(projection.mask()).isEqualTo(exact);
    assertThat(projection.result().x()[2]).isZero();
    assertThat(projection.result().certificate().certified()).isTrue();
    assertThat(Projections.maximalSupport(FORCED_ZERO)).isEqualTo(exact);
  }

  @Test
  void anEmptyFeasibleSetExitsWithAHypothesisFailure() {
    LinearSystem empty = LinearSystem.of(new long[][] {{1, 1}}, new long[] {-1});
    assertThatThrownBy(() -> Projections.projectOnMaximalSupport(empty, 0.5))
        .isInstanceOf(HypothesisException.class).hasMessageContaining("feasible point");
    assertThatThrownBy(() -> Projections.maximalSupport(empty))
        .isInstanceOf(HypothesisException.class);
  }
}
