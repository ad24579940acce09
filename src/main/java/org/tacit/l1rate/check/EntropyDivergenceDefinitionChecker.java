package org.tacit.l1rate.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.EntropyDivergence;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

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
 *       {@code ~10^-58 B / h}) must agree to {@link #GRADIENT_TOLERANCE}.</li>
 * </ul>
 * Tolerances: the two 60-digit values of an identity round to doubles within one ulp of each
 * other, so identities are compared with relative tolerance {@link #ROUNDING_TOLERANCE} = 4u.
 *
 * <p>Spec: {@code MS:def-I.3}, {@code MS:def-I.5}.
 */
public final class EntropyDivergenceDefinitionChecker
    implements TheoremChecker<EntropyDivergenceDefinitionChecker.Instance> {

  /** Two correctly rounded doubles of equal 60-digit values differ by at most 2u relative. */
  public static final double ROUNDING_TOLERANCE = 4 * 0x1.0p-53;

  /** Absolute bound on the central-difference error (truncation and rounding, see the class doc). */
  public static final double GRADIENT_TOLERANCE = 1e-30;

  private static final BigDecimal STEP = new BigDecimal("1e-25");

  /**
   * A point x >= 0 with at least one zero coordinate, a base point x0 > 0, and alpha > 0.
   *
   * @param x the point (rational, nonnegative, some coordinate zero)
   * @param x0 the base point of def-I.3 (rational, positive)
   * @param alpha the scale of def-I.5 (rational, positive)
   */
  public record Instance(BigRational[] x, BigRational[] x0, BigRational alpha) {
    /** Copies the arrays. */
    public Instance {
      x = x.clone();
      x0 = x0.clone();
    }

    /** A copy of x. */
    @Override
    public BigRational[] x() {
      return x.clone();
    }

    /** A copy of x0. */
    @Override
    public BigRational[] x0() {
      return x0.clone();
    }
  }

  @Override
  public String specId() {
    return "MS:def-I.5";
  }

  @Override
  public String describe(Instance instance) {
    return "x=" + Arrays.toString(instance.x) + ", x0=" + Arrays.toString(instance.x0)
        + ", alpha=" + instance.alpha;
  }

  @Override
  public Verdict check(Instance instance) {
    String label = describe(instance);
    BigRational[] x = instance.x;
    BigRational[] x0 = instance.x0;
    BigRational alpha = instance.alpha;
    boolean hasZero = false;
    for (int i = 0; i < x.length; i++) {
      if (x[i].signum() < 0 || x0[i].signum() <= 0) {
        return Verdict.hypothesisFailed(specId(), label, "x >= 0 and x0 > 0");
      }
      hasZero |= x[i].isZero();
    }
    if (!hasZero || alpha.signum() <= 0 || x.length != x0.length) {
      return Verdict.hypothesisFailed(specId(), label,
          "equal lengths, a zero coordinate of x, alpha > 0");
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
        zeroPart.doubleValue(), divergence, ROUNDING_TOLERANCE));
    BigRational[] constant = new BigRational[x.length];
    Arrays.fill(constant, alpha);
    checks.add(Check.equal(specId(), "B_E(x, alpha 1): definition = closed form",
        EntropyDivergence.divergence(x, constant).doubleValue(),
        EntropyDivergence.divergenceToConstant(x, alpha).doubleValue(), ROUNDING_TOLERANCE));
    for (int i = 0; i < x.length; i++) {
      if (x[i].signum() > 0) {
        checks.add(Check.lessOrEqual(specId(), "|d/dx_" + i + " B_E - log(x_i/alpha)|",
            gradientError(x, alpha, i), GRADIENT_TOLERANCE, 0.0));
      }
    }
    return Verdict.of(specId(), label, checks);
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

  /**
   * d in [1, 6]; x0_i = p/q with p in [1, 1000], q in [1, 100]; x_i zero for the first coordinate
   * and a coin flip elsewhere, otherwise in [1/100, 10]; alpha = 10^-k or p/q, k in [0, 12].
   */
  public static InstanceFamily<Instance> family() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d <= 6, x >= 0 rational with zeros (x_1 = 0), x0 > 0 rational, alpha in [1e-12, 10]";
      }

      @Override
      public Instance draw(Draws draws) {
        int d = draws.intBetween(1, 6);
        BigRational[] x = new BigRational[d];
        BigRational[] x0 = new BigRational[d];
        for (int i = 0; i < d; i++) {
          x0[i] = BigRational.of(draws.between(1, 1000), draws.between(1, 100));
          x[i] = i == 0 || draws.coin() ? BigRational.ZERO
              : BigRational.of(draws.between(1, 1000), 100);
        }
        BigRational alpha = draws.coin()
            ? BigRational.ONE.divide(BigRational.of(10).pow(draws.intBetween(0, 12)))
            : BigRational.of(draws.between(1, 1000), draws.between(1, 100));
        return new Instance(x, x0, alpha);
      }
    };
  }
}
