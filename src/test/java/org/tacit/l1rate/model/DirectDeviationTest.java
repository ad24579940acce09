package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.HighPrecisionEntropyProjection;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionFamilies;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

/**
 * {@link DirectDeviation} against the high-precision reference projection minus x*, on
 * known-minimizer instances with alpha log-uniform on [1e-12, 1]. The subtraction cancels about
 * -log10 ||n_{S^c}|| digits (up to ~60 when 1 - rho is large), so the reference runs with
 * max(50, 35 + that) digits. A first version with a fixed 50 digits failed at 1000 tries: the
 * deviation (~1e-62) was below the reference's own resolution.
 *
 * <p>Tolerance: the double projection's coordinates have relative error at most 1e-12 (the target
 * enforced by EntropyProjectionAccuracyProperties); n_S = -B n_{S^c} can amplify it by
 * {@code amp = (||n_{S^c}||_1 + sum_r sum_p |B_rp| n_p) / ||n||_1}, computed here from the
 * instance's own exact B. So {@code |log direct - log reference| <= 2e-12 amp}.
 */
class DirectDeviationTest {


  @Test
  @Verifies("MS:eq-I.2")
  void agreesWithTheHighPrecisionReference() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("direct deviation"));
    HighPrecisionEntropyProjection reference = new HighPrecisionEntropyProjection(50);
    double worst = 0;
    int examples = Math.max(10, PropertyHarness.tries() / 4);
    for (int k = 0; k < examples; k++) {
      KnownMinimizerInstance instance = ProjectionFamilies.knownMinimizer(k % 2 == 0).draw(draws);
      double alpha = ProjectionFamilies.logUniformAlpha(draws, 12);
      EntropyProjectionResult result = new EntropyProjection().solve(instance.problem(), alpha);
      DirectDeviation direct = DirectDeviation.of(instance.problem().a(), instance.support(),
          result.logX());
      BigDecimal[] logRef = reference.logProjection(instance.problem(), new BigDecimal(alpha));
      int[] offSupport = instance.offSupport();
      double logOff = Double.NEGATIVE_INFINITY;
      for (int j : offSupport) {
        logOff = Math.max(logOff, java.util.Objects.requireNonNull(logRef[j]).doubleValue());
      }
      // the subtraction x - x* cancels about -log10 ||n|| digits: keep 35 after it
      int digits = Math.max(50, 35 + (int) Math.ceil(-logOff / Math.log(10)));
      MathContext mc = new MathContext(digits);
      if (digits > 50) {
        logRef = new HighPrecisionEntropyProjection(digits).logProjection(instance.problem(),
            new BigDecimal(alpha));
      }
      BigRational[] xStar = instance.minimizer();
      BigDecimal l1 = BigDecimal.ZERO;
      double[] offPart = new double[offSupport.length];
      for (int i = 0; i < xStar.length; i++) {
        BigDecimal x = BigDecimalMath.exp(java.util.Objects.requireNonNull(logRef[i]), mc);
        l1 = l1.add(x.subtract(xStar[i].toBigDecimal(digits), mc).abs(), mc);
      }
      int[] off = offSupport;
      for (int p = 0; p < off.length; p++) {
        offPart[p] = BigDecimalMath.exp(java.util.Objects.requireNonNull(logRef[off[p]]), mc)
            .doubleValue();
      }
      RationalMatrix b = instance.offSupportMap();
      double amplified = 0;
      for (double v : offPart) {
        amplified += v;
      }
      for (int r = 0; r < b.rows(); r++) {
        for (int p = 0; p < off.length; p++) {
          amplified += Math.abs(b.get(r, p).doubleValue()) * offPart[p];
        }
      }
      double amp = amplified / l1.doubleValue();
      double error = Math.abs(direct.logL1() - BigDecimalMath.log(l1, mc).doubleValue());
      assertThat(error).as("example %d, alpha %s, amp %s", k, alpha, amp)
          .isLessThanOrEqualTo(2e-12 * amp);
      worst = Math.max(worst, error / amp);
    }
    System.out.println("[tacit] direct deviation: worst |log error| / amplification " + worst);
  }

  /** A = [1, -1], S = {1}: n = (x_2, x_2), so ||n||_1 = 2 x_2 and both parts equal x_2. */
  @Test
  void handCase() {
    DirectDeviation d = DirectDeviation.of(RationalMatrix.of(new long[][] {{1, -1}}),
        new int[] {0}, new double[] {0.0, Math.log(1e-300)});
    assertThat(d.logL1()).isCloseTo(Math.log(2e-300), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.logSupportL1()).isCloseTo(Math.log(1e-300),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.logOffSupportL1()).isEqualTo(d.logSupportL1());
  }

  @Test
  void nonInjectiveSupportColumnsAreRefused() {
    assertThatThrownBy(() -> DirectDeviation.of(RationalMatrix.of(new long[][] {{1, 1, 1}}),
        new int[] {0, 1}, new double[] {0, 0, -5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("injective");
  }
}
