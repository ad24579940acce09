package org.tacit.l1rate.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.EntropyDivergence;
import org.tacit.l1rate.model.EntropyDivergenceInstance;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Checks the definitions behind the MS projection on rational points, at 60 digits:
 * <ul>
 *   <li>{@code MS:def-I.3}: {@code B_E(x, x0) >= sum_{x_i = 0} x0_i} (each term
 *       {@code x_i log(x_i/x0_i) - x_i + x0_i} of the divergence is nonnegative, the terms with
 *       {@code x_i = 0} equal {@code x0_i}), so {@code B_E > 0} whenever x has a zero
 *       coordinate;</li>
 *   <li>{@code MS:def-I.5}: the definition with {@code x0 = alpha 1} equals the closed form
 *       {@code sum_i [x_i log(x_i / alpha) - x_i + alpha]}, and its partial derivatives are
 *       {@code log(x_i / alpha)}: a central difference with step {@code h = 10^-25} at 60 digits
 *       (truncation {@code h^2 / (6 x_i^2) < 10^-48} for {@code x_i >= 1/100}, rounding
 *       {@code ~10^-58 B / h}) must agree to {@link L1RateTolerances#DIVERGENCE_GRADIENT}.</li>
 * </ul>
 * Tolerances: {@link L1RateTolerances#DIVERGENCE_ROUNDING} for identities,
 * {@link L1RateTolerances#DIVERGENCE_GRADIENT} for the central differences.
 *
 * <p>Spec: {@code MS:def-I.3}, {@code MS:def-I.5}.
 */
public final class EntropyDivergenceDefinitionChecker
    extends TheoremChecker<EntropyDivergenceInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:def-I.5";

  private static final BigDecimal STEP = new BigDecimal("1e-25");

  /** The checker (stateless). */
  public EntropyDivergenceDefinitionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(EntropyDivergenceInstance instance) {
    return "x=" + Arrays.toString(instance.x()) + ", x0=" + Arrays.toString(instance.x0())
        + ", alpha=" + instance.alpha();
  }

  @Override
  protected List<Check> evaluate(EntropyDivergenceInstance instance, Hypotheses hypotheses) {
    BigRational[] x = instance.x();
    BigRational[] x0 = instance.x0();
    BigRational alpha = instance.alpha();
    if (!hypotheses.require("x and x0 of equal length", x.length == x0.length)) {
      return List.of();
    }
    boolean signs = true;
    boolean hasZero = false;
    for (int i = 0; i < x.length; i++) {
      signs &= x[i].signum() >= 0 && x0[i].signum() > 0;
      hasZero |= x[i].isZero();
    }
    if (!hypotheses.require("x >= 0 and x0 > 0", signs)
        || !hypotheses.require("a zero coordinate of x", hasZero)
        || !hypotheses.require("alpha > 0", alpha.signum() > 0)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    BigRational zeroPart = BigRational.ZERO;
    for (int i = 0; i < x.length; i++) {
      if (x[i].isZero()) {
        zeroPart = zeroPart.add(x0[i]);
      }
    }
    double divergence = EntropyDivergence.divergence(x, x0).doubleValue();
    checks.add(Check.lessOrEqual("MS:def-I.3", "sum_{x_i = 0} x0_i <= B_E(x, x0)",
        zeroPart.doubleValue(), divergence, L1RateTolerances.DIVERGENCE_ROUNDING));
    BigRational[] constant = new BigRational[x.length];
    Arrays.fill(constant, alpha);
    checks.add(Check.equal(specId(), "B_E(x, alpha 1): definition = closed form",
        EntropyDivergence.divergence(x, constant).doubleValue(),
        EntropyDivergence.divergenceToConstant(x, alpha).doubleValue(), L1RateTolerances.DIVERGENCE_ROUNDING));
    for (int i = 0; i < x.length; i++) {
      if (x[i].signum() > 0) {
        checks.add(Check.lessOrEqual(specId(), "|d/dx_" + i + " B_E - log(x_i/alpha)|",
            gradientError(x, alpha, i), L1RateTolerances.DIVERGENCE_GRADIENT, 0.0));
      }
    }
    return checks;
  }

  private static double gradientError(BigRational[] x, BigRational alpha, int i) {
    BigRational h = BigRational.of(STEP);
    BigRational[] plus = x.clone();
    BigRational[] minus = x.clone();
    plus[i] = x[i].add(h);
    minus[i] = x[i].subtract(h);
    BigDecimal difference = EntropyDivergence.divergenceToConstant(plus, alpha)
        .subtract(EntropyDivergence.divergenceToConstant(minus, alpha))
        .divide(STEP.multiply(BigDecimal.valueOf(2)), EntropyDivergence.PRECISION);
    BigDecimal derivative = BigDecimalMath.log(
        x[i].divide(alpha).toBigDecimal(EntropyDivergence.PRECISION.getPrecision()),
        EntropyDivergence.PRECISION);
    return difference.subtract(derivative).abs().doubleValue();
  }
}
