package org.tacit.group.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.HighPrecisionTimes;
import org.tacit.group.model.MultiplicativeRecursionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 14 (Appendix C.4): {@code u(t+1) = u(t)(1 + 2 gamma e_t)} with {@code |e_t| <= B},
 * {@code u(0) = alpha} and {@code gamma <= 1/(4B)} satisfies {@code u(t) <= sqrt(alpha)} for
 * {@code t <= T = log(1/alpha^4)/(32 gamma B)}.
 *
 * <p>The run is exact (big integers) for every {@code t <= floor(T)}; {@code T} and the tight time
 * {@code T* = log(1/sqrt(alpha))/log(1 + 2 gamma B)} of the worst case {@code e_t = B} come from
 * 60-digit logarithms and enter the exact comparisons through rigorous rational bounds
 * ({@link HighPrecisionTimes}); the run length is {@code floor(upper(T))}, which is {@code floor(T)}
 * unless {@code T} is within {@code 1e-30 T} of an integer, when it checks one step more. Checks: the
 * statement ({@code max_t u(t)^2 <= alpha}); the proof's envelope
 * {@code u(t) <= alpha (1 + 2 gamma B)^t} (each factor lies in {@code [1/2, 1 + 2 gamma B]}) and
 * its value at {@code floor(T)}; {@code 2T <= T*} (the
 * proof's last step gives away a factor 2, since {@code log(1 + x) <= x} already yields
 * {@code T* >= log(1/sqrt(alpha))/(2 gamma B) = 2T}); and the tightness of {@code T*}: the worst case
 * exceeds {@code sqrt(alpha)} at {@code floor(T*) + 1}. Cost: O(T*) big-integer products of up to
 * {@code 2 T* log2(den)} bits; the built-in family keeps {@code T* <= 1500}.
 *
 * <p>Spec: {@code LNHW:lem-14}.
 */
public final class MultiplicativeGrowthLemmaChecker
    extends TheoremChecker<MultiplicativeRecursionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-14";

  /** The checker (stateless). */
  public MultiplicativeGrowthLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MultiplicativeRecursionInstance instance) {
    return "alpha=" + instance.alpha() + ", B=" + instance.bound() + ", gamma B="
        + instance.gamma().multiply(instance.bound()) + ", period="
        + instance.period().length;
  }

  @Override
  protected List<Check> evaluate(MultiplicativeRecursionInstance instance,
      Hypotheses hypotheses) {
    BigRational alpha = instance.alpha();
    BigRational bound = instance.bound();
    BigRational gamma = instance.gamma();
    if (!hypotheses.require("0 < alpha < 1",
            alpha.signum() > 0 && alpha.compareTo(BigRational.ONE) < 0)
        || !hypotheses.require("B > 0", bound.signum() > 0)
        || !hypotheses.require("gamma > 0 (a step size)", gamma.signum() > 0)
        || !hypotheses.require("gamma <= 1/(4B)",
            BigRational.of(4).multiply(gamma).multiply(bound).compareTo(BigRational.ONE) <= 0)
        || !hypotheses.require("|e_t| <= B", boundedPeriod(instance))) {
      return List.of();
    }
    BigRational twoGammaB = BigRational.TWO.multiply(gamma).multiply(bound);
    BigRational growth = BigRational.ONE.add(twoGammaB);
    BigDecimal logInverseAlpha = HighPrecisionTimes.log(alpha.reciprocal());
    BigDecimal time = logInverseAlpha.divide(HighPrecisionTimes.decimal(
        BigRational.of(4).multiply(twoGammaB)), HighPrecisionTimes.CONTEXT);
    BigDecimal tight = logInverseAlpha.divide(BigDecimal.valueOf(2), HighPrecisionTimes.CONTEXT)
        .divide(HighPrecisionTimes.log(growth), HighPrecisionTimes.CONTEXT);
    long steps = floor(HighPrecisionTimes.upper(time));

    BigRational[] factors = new BigRational[instance.period().length];
    BigRational smallestFactor = growth;
    BigRational largestFactor = BigRational.ZERO;
    for (int i = 0; i < factors.length; i++) {
      factors[i] = BigRational.ONE.add(BigRational.TWO.multiply(gamma)
          .multiply(instance.period()[i]));
      smallestFactor = smallestFactor.min(factors[i]);
      largestFactor = largestFactor.max(factors[i]);
    }
    BigInteger numerator = BigInteger.ONE;
    BigInteger denominator = BigInteger.ONE;
    BigInteger largestNumerator = BigInteger.ONE;
    BigInteger largestDenominator = BigInteger.ONE;
    for (long t = 0; t < steps; t++) {
      BigRational factor = factors[(int) (t % factors.length)];
      numerator = numerator.multiply(factor.numerator());
      denominator = denominator.multiply(factor.denominator());
      if (numerator.multiply(largestDenominator)
          .compareTo(largestNumerator.multiply(denominator)) > 0) {
        largestNumerator = numerator;
        largestDenominator = denominator;
      }
    }
    BigRational largestU = alpha.multiply(BigRational.of(largestNumerator, largestDenominator));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID,
        "u(t) <= sqrt(alpha) for t <= T (max_t u(t)^2 <= alpha), steps=" + steps,
        largestU.pow(2), alpha));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: 1 + 2 gamma e_t >= 1/2 > 0 (gamma <= 1/(4B)), so the envelope multiplies",
        BigRational.of(1, 2), smallestFactor));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: 1 + 2 gamma e_t <= 1 + 2 gamma B, so u(t) <= alpha (1 + 2 gamma B)^t",
        largestFactor, growth));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: (alpha (1 + 2 gamma B)^floor(T))^2 <= alpha", alpha.pow(2).multiply(
            growth.pow(Math.toIntExact(2 * steps))), alpha));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: 2T <= T* = log(1/sqrt(alpha))/log(1 + 2 gamma B) (factor 2 given away)",
        HighPrecisionTimes.upper(time).multiply(BigRational.TWO),
        HighPrecisionTimes.lower(tight)));
    long crossing = floor(HighPrecisionTimes.upper(tight)) + 1;
    checks.add(Check.less(SPEC_ID,
        "T* tight: worst case e_t = B exceeds sqrt(alpha) at floor(T*)+1 (alpha^2 W^2t > alpha)",
        alpha, alpha.pow(2).multiply(growth.pow(Math.toIntExact(2 * crossing)))));
    return checks;
  }

  private static boolean boundedPeriod(MultiplicativeRecursionInstance instance) {
    if (instance.period().length == 0) {
      return false;
    }
    for (BigRational e : instance.period()) {
      if (e.abs().compareTo(instance.bound()) > 0) {
        return false;
      }
    }
    return true;
  }

  private static long floor(BigRational x) {
    BigInteger[] division = x.numerator().divideAndRemainder(x.denominator());
    BigInteger q = division[0];
    if (division[1].signum() < 0) {
      q = q.subtract(BigInteger.ONE);
    }
    return q.longValueExact();
  }
}
