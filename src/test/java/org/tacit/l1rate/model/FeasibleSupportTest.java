package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.lp.LinearSystem;
import org.tacit.spec.Verifies;

/** The maximal support of {x >= 0 : A x = y} on hand-solved systems. */
class FeasibleSupportTest {

  /** x1 + x2 = 1, x3 = 0 after subtracting: rows (1, 1, 1) = 1 and (0, 0, 1) = 0 force x3 = 0. */
  @Test
  @Verifies("MS:lem-III.2")
  void forcedZeroIsExcludedAndTheInteriorPointIsFeasible() {
    LinearSystem system = LinearSystem.of(new long[][] {{1, 1, 1}, {0, 0, 1}}, new long[] {1, 0});
    FeasibleSupport support = FeasibleSupport.of(system);
    assertThat(support.mask()).containsExactly(true, true, false);
    BigRational[] point = support.interiorPoint();
    assertThat(system.solves(point)).isTrue();
    assertThat(point[0].signum()).isPositive();
    assertThat(point[1].signum()).isPositive();
    assertThat(point[2].isZero()).isTrue();
  }

  /** x1 - x2 = 0: the feasible set is the ray t (1, 1), both coordinates in the support. */
  @Test
  void unboundedFeasibleSetUsesTheBoxedCoordinate() {
    FeasibleSupport support = FeasibleSupport.of(
        LinearSystem.of(new long[][] {{1, -1}}, new long[] {0}));
    assertThat(support.mask()).containsExactly(true, true);
    assertThat(support.linearPrograms()).isEqualTo(1);
    assertThat(support.interiorPoint()[0]).isEqualTo(support.interiorPoint()[1]);
  }

  /** -x1 = -5 forces x1 = 5 (a coordinate larger than 1 must not be lost). */
  @Test
  void forcedLargeCoordinateIsInTheSupport() {
    FeasibleSupport support = FeasibleSupport.of(
        LinearSystem.of(new long[][] {{0, 0}, {-1, 0}}, new long[] {0, -5}));
    assertThat(support.mask()).containsExactly(true, true);
    assertThat(support.interiorPoint()[0]).isEqualTo(BigRational.of(5));
  }

  /** x1 + x2 = 0 with x >= 0 has only x = 0. */
  @Test
  void onlyTheOriginGivesAnEmptySupport() {
    FeasibleSupport support = FeasibleSupport.of(
        LinearSystem.of(new long[][] {{1, 1}}, new long[] {0}));
    assertThat(support.mask()).containsExactly(false, false);
    assertThat(support.interiorPoint()).containsExactly(BigRational.ZERO, BigRational.ZERO);
  }

  @Test
  void emptyFeasibleSetIsRefused() {
    assertThatThrownBy(() -> FeasibleSupport.of(
        LinearSystem.of(new long[][] {{1, 1}}, new long[] {-1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no x >= 0");
  }
}
