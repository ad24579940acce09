package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/** The Dormand-Prince 5(4) integrator on ODEs with known solutions. */
class DormandPrinceIntegratorTest {

  private final DormandPrinceIntegrator integrator =
      new DormandPrinceIntegrator(1e-10, 1e-14, 100_000);

  /** {@code z' = -z}: {@code z(t) = e^{-t}}, at every output time. */
  @Test
  @Verifies("LNHW:eq-3")
  void linearDecayMatchesTheExponential() {
    double[] times = {0, 0.5, 1, 2, 5};
    DormandPrinceIntegrator.Trajectory run = integrator.integrate(
        (z, dz) -> dz[0] = -z[0], new double[] {1}, times);
    for (int k = 0; k < times.length; k++) {
      assertThat(run.state(k)[0]).isCloseTo(Math.exp(-times[k]),
          Percentage.withPercentage(1e-7));
    }
  }

  /**
   * {@code z' = z^2} from {@code 1/2}: {@code z(t) = 1/(2 - t)}, the blow-up profile of the early
   * phase of the orthogonal flow; at {@code t = 1.9} the solution is 10 and relative errors have
   * been amplified by at most 20, so 1e-7 relative is ample for rtol 1e-10.
   */
  @Test
  void quadraticBlowUpProfile() {
    double[] times = {1, 1.5, 1.9};
    DormandPrinceIntegrator.Trajectory run = integrator.integrate(
        (z, dz) -> dz[0] = z[0] * z[0], new double[] {0.5}, times);
    for (int k = 0; k < times.length; k++) {
      double exact = 1 / (2 - times[k]);
      assertThat(Math.abs(run.state(k)[0] - exact) / exact).isLessThan(1e-7);
    }
  }

  /** The harmonic oscillator keeps its energy and phase to the tolerance over a few periods. */
  @Test
  void harmonicOscillator() {
    double[] times = {2 * Math.PI, 6 * Math.PI};
    DormandPrinceIntegrator.Trajectory run = integrator.integrate((z, dz) -> {
      dz[0] = z[1];
      dz[1] = -z[0];
    }, new double[] {1, 0}, times);
    for (int k = 0; k < times.length; k++) {
      assertThat(Math.abs(run.state(k)[0] - 1)).isLessThan(1e-7);
      assertThat(Math.abs(run.state(k)[1])).isLessThan(1e-7);
    }
  }

  /** A tighter tolerance gives a smaller error (fifth order: about 10^{3 * 4/5} per 10^3). */
  @Test
  void errorShrinksWithTheTolerance() {
    double[] times = {3};
    double loose = Math.abs(new DormandPrinceIntegrator(1e-5, 0, 100_000)
        .integrate((z, dz) -> dz[0] = -z[0], new double[] {1}, times).state(0)[0]
        - Math.exp(-3));
    double tight = Math.abs(new DormandPrinceIntegrator(1e-8, 0, 100_000)
        .integrate((z, dz) -> dz[0] = -z[0], new double[] {1}, times).state(0)[0]
        - Math.exp(-3));
    assertThat(tight).isLessThan(loose / 10);
  }

  /** A horizon beyond the step budget is reported, not silently truncated. */
  @Test
  void stepBudgetIsEnforced() {
    DormandPrinceIntegrator tiny = new DormandPrinceIntegrator(1e-10, 0, 5);
    assertThatThrownBy(() -> tiny.integrate((z, dz) -> dz[0] = -z[0], new double[] {1},
        new double[] {100})).isInstanceOf(IllegalStateException.class);
  }
}
