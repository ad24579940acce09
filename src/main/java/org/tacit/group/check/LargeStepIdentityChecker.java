package org.tacit.group.check;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Eq. (6) (Appendix C.2), decided exactly: with {@code eta_t = 1/u^4(t)} the direction step
 * (4) equals {@code z(t+1) = ((u*)^2 v* + b_t)/u^2(t)}, because the coefficient
 * {@code 1 - eta_t u^4(t)} of {@code v(t)} vanishes. Checks that coefficient and the squared
 * distance between the two vectors, both exactly zero. Cost: O(d) rational operations.
 *
 * <p>Spec: {@code LNHW:eq-6}.
 */
public final class LargeStepIdentityChecker extends TheoremChecker<LargeStepInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:eq-6";

  /** The checker (stateless). */
  public LargeStepIdentityChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LargeStepInstance instance) {
    return "d=" + instance.v().length + ", u^2=" + instance.uSquared() + ", (u*)^2="
        + instance.uStarSquared();
  }

  @Override
  protected List<Check> evaluate(LargeStepInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("u(t) > 0", instance.uSquared().signum() > 0)) {
      return List.of();
    }
    BigRational eta = instance.eta();
    BigRational[] fromFour = SingleGroupUpdate.direction(instance.v(), instance.uSquared(),
        instance.uStarSquared(), instance.vStar(), eta, instance.b());
    BigRational[] fromSix = SingleGroupUpdate.largeStepDirection(instance.uSquared(),
        instance.uStarSquared(), instance.vStar(), instance.b());
    return List.of(
        Check.equal(SPEC_ID, "1 - eta_t u^4(t) = 0 for eta_t = 1/u^4(t)",
            BigRational.ONE.subtract(eta.multiply(instance.uSquared().pow(2))), BigRational.ZERO),
        Check.equal(SPEC_ID, "(4) with eta_t = 1/u^4(t) equals (6) (squared distance)",
            RationalUnitVectors.normSquared(RationalUnitVectors.subtract(fromFour, fromSix)),
            BigRational.ZERO));
  }
}
