package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 7 (Appendix C.1), decided exactly: with {@code 0 < u(0) < u*} and
 * {@code 0 < gamma <= 1/(4 (u*)^2)}, the recursion {@code u(t) = u(t-1) + 2 gamma u(t-1)[(u*)^2 -
 * u^2(t-1)]} stays below {@code u*}.
 *
 * <p>For each of the instance's steps the checker evaluates, in rationals: the statement
 * {@code u(t+1) <= u*}; the monotonicity {@code u(t) <= u(t+1)} (not stated, immediate once
 * {@code u(t) <= u*}); and the proof's two facts at {@code lambda = u(t)/u*}: the function
 * {@code f(lambda) = 1 + 2 gamma (u*)^2 (1 - lambda^2) - 1/lambda} (whose sign is that of
 * {@code u(t+1) - u*}) is {@code <= 0}, and {@code f'(lambda) = -4 gamma (u*)^2 lambda + 1/lambda^2 > 0}
 * (strict: {@code u(t) < u*} strictly along the run). Once: {@code f(1) = 0}. Positivity of
 * {@code u(0)} and of {@code gamma} is implicit in the paper (a step size; {@code lambda in (0, 1]}).
 * Cost: the rationals' size triples per step, so {@code steps <= 5} keeps a check within
 * milliseconds (rationals of a few thousand bits).
 *
 * <p>Spec: {@code LNHW:lem-7}.
 */
public final class BoundedMonotoneRecursionLemmaChecker
    extends TheoremChecker<MagnitudeRecursionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-7";

  /** The checker (stateless). */
  public BoundedMonotoneRecursionLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MagnitudeRecursionInstance instance) {
    return "u*=" + instance.uStar() + ", u(0)=" + instance.initial() + ", gamma (u*)^2="
        + instance.gamma().multiply(instance.uStar().pow(2)) + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(MagnitudeRecursionInstance instance, Hypotheses hypotheses) {
    BigRational uStar = instance.uStar();
    BigRational gamma = instance.gamma();
    if (!hypotheses.require("0 < u(0) < u*", instance.initial().signum() > 0
            && instance.initial().compareTo(uStar) < 0)
        || !hypotheses.require("gamma > 0 (a step size)", gamma.signum() > 0)
        || !hypotheses.require("gamma <= 1/(4 (u*)^2)",
            gamma.multiply(BigRational.of(4)).multiply(uStar.pow(2)).compareTo(BigRational.ONE) <= 0)
        || !hypotheses.require("steps >= 1", instance.steps() >= 1)) {
      return List.of();
    }
    BigRational gammaScaled = gamma.multiply(uStar.pow(2));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "f(1) = 0", f(BigRational.ONE, gammaScaled), BigRational.ZERO));
    BigRational u = instance.initial();
    for (int t = 0; t < instance.steps(); t++) {
      BigRational next = instance.next(u);
      BigRational lambda = u.divide(uStar);
      String step = " (t=" + (t + 1) + ")";
      checks.add(Check.lessOrEqual(SPEC_ID, "u(t) <= u*" + step, next, uStar));
      checks.add(Check.lessOrEqual(SPEC_ID, "monotone: u(t-1) <= u(t)" + step, u, next));
      checks.add(Check.lessOrEqual(SPEC_ID, "f(lambda) <= 0 at lambda = u(t-1)/u*" + step,
          f(lambda, gammaScaled), BigRational.ZERO));
      BigRational derivative = BigRational.of(-4).multiply(gammaScaled).multiply(lambda)
          .add(lambda.pow(2).reciprocal());
      checks.add(Check.less(SPEC_ID, "f'(lambda) > 0 at lambda = u(t-1)/u*" + step,
          BigRational.ZERO, derivative));
      u = next;
    }
    return checks;
  }

  /** {@code f(lambda) = 1 + 2 g (1 - lambda^2) - 1/lambda} with {@code g = gamma (u*)^2}. */
  private static BigRational f(BigRational lambda, BigRational gammaScaled) {
    return BigRational.ONE.add(BigRational.TWO.multiply(gammaScaled)
        .multiply(BigRational.ONE.subtract(lambda.pow(2)))).subtract(lambda.reciprocal());
  }
}
