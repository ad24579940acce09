package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.PerturbedStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.group.model.SingleGroupSimulator;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Eqs. (4) and (5) (Appendix C.2), the perturbed single-group updates: on one step whose
 * normalised direction {@code v(t+1)} is a rational unit vector, checks exactly that
 * {@code z(t+1)} of (4) is a positive multiple of {@code v(t+1)} (so {@code v(t+1) = z/||z||}),
 * that (4) equals Lemma 16's regrouping {@code eta u^2 (u*)^2 v* + (1 - eta u^4) v + eta u^2 b},
 * and that (5) equals {@code u (1 + 2 gamma ((u*)^2 <v(t+1), v*> - u^2 + e))} (using
 * {@code ||v(t+1)|| = 1}); then that the double simulator {@link SingleGroupSimulator}, which the
 * worst-case tests of Lemmas 9-11 drive, reproduces the exact {@code v(t+1)} and {@code u(t+1)}
 * within {@link LnhwTolerances#SINGLE_GROUP_STEP} per unit of the step's condition scale.
 * Cost: O(d) rational operations.
 *
 * <p>Spec: {@code LNHW:eq-4} (checks of (5) carry {@code LNHW:eq-5}).
 */
public final class PerturbedStepChecker extends TheoremChecker<PerturbedStepInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:eq-4";

  /** The spec ID of the magnitude update (5). */
  public static final String MAGNITUDE_ID = "LNHW:eq-5";

  /** The checker (stateless). */
  public PerturbedStepChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(PerturbedStepInstance instance) {
    return "d=" + instance.v().length + ", u=" + instance.u() + ", (u*)^2="
        + instance.uStarSquared() + ", eta=" + instance.eta() + ", gamma=" + instance.gamma()
        + ", e=" + instance.e();
  }

  @Override
  protected List<Check> evaluate(PerturbedStepInstance instance, Hypotheses hypotheses) {
    BigRational u = instance.u();
    BigRational[] vStar = instance.vStar();
    BigRational[] v = instance.v();
    BigRational[] next = instance.next();
    if (!hypotheses.require("||v(t)|| = ||v*|| = 1",
            RationalUnitVectors.normSquared(v).equals(BigRational.ONE)
                && RationalUnitVectors.normSquared(vStar).equals(BigRational.ONE))
        || !hypotheses.require("u(t) > 0", u.signum() > 0)
        || !hypotheses.require("eta_t > 0", instance.eta().signum() > 0)
        || !hypotheses.require("||v(t+1)|| = 1",
            RationalUnitVectors.normSquared(next).equals(BigRational.ONE))) {
      return List.of();
    }
    BigRational uSquared = u.pow(2);
    BigRational[] z = SingleGroupUpdate.direction(v, uSquared, instance.uStarSquared(), vStar,
        instance.eta(), instance.b());
    BigRational along = RationalUnitVectors.dot(z, next);
    BigRational[] residual = RationalUnitVectors.subtract(z,
        RationalUnitVectors.scale(along, next));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "(4): ||z(t+1) - <z(t+1), v(t+1)> v(t+1)||^2 = 0",
        RationalUnitVectors.normSquared(residual), BigRational.ZERO));
    checks.add(Check.less(SPEC_ID, "(4): <z(t+1), v(t+1)> > 0", BigRational.ZERO, along));
    BigRational[] regrouped = SingleGroupUpdate.directionRegrouped(v, uSquared,
        instance.uStarSquared(), vStar, instance.eta(), instance.b());
    checks.add(Check.equal(SPEC_ID,
        "(4) = eta u^2 (u*)^2 v* + (1 - eta u^4) v(t) + eta u^2 b_t (squared distance)",
        RationalUnitVectors.normSquared(RationalUnitVectors.subtract(z, regrouped)),
        BigRational.ZERO));

    BigRational nextMagnitude = SingleGroupUpdate.magnitude(u, instance.uStarSquared(), vStar,
        next, instance.gamma(), instance.e());
    BigRational factor = BigRational.ONE.add(BigRational.TWO.multiply(instance.gamma()).multiply(
        instance.uStarSquared().multiply(RationalUnitVectors.dot(next, vStar))
            .subtract(uSquared).add(instance.e())));
    checks.add(Check.equal(MAGNITUDE_ID,
        "(5) = u(t)(1 + 2 gamma ((u*)^2 <v(t+1), v*> - u^2(t) + e_t))", nextMagnitude,
        u.multiply(factor)));

    double[] vStarD = RationalUnitVectors.toDoubles(vStar);
    double[] vD = RationalUnitVectors.toDoubles(v);
    double[] bD = RationalUnitVectors.toDoubles(instance.b());
    double uD = u.doubleValue();
    double[] nextD = SingleGroupSimulator.normalise(SingleGroupSimulator.direction(vD, uD,
        instance.uStarSquared().doubleValue(), vStarD, instance.eta().doubleValue(), bD));
    double[] nextExact = RationalUnitVectors.toDoubles(next);
    double discrepancy = 0;
    double termSum = 0;
    double weight = instance.eta().multiply(uSquared).doubleValue();
    for (int i = 0; i < nextD.length; i++) {
      discrepancy = Math.max(discrepancy, Math.abs(nextD[i] - nextExact[i]));
      termSum = Math.max(termSum, Math.abs(vD[i]) + weight * (instance.uStarSquared()
          .doubleValue() * Math.abs(vStarD[i]) + uD * uD * Math.abs(vD[i]) + Math.abs(bD[i])));
    }
    double zNorm = Math.sqrt(RationalUnitVectors.normSquared(z).doubleValue());
    checks.add(Check.equalAtScale(SPEC_ID, "double simulator v(t+1) = exact v(t+1) (max entry)",
        discrepancy, 0.0, 1 + 2 * termSum / zNorm, LnhwTolerances.SINGLE_GROUP_STEP));
    double gammaD = instance.gamma().doubleValue();
    double magnitudeD = SingleGroupSimulator.magnitude(uD, instance.uStarSquared().doubleValue(),
        vStarD, nextExact, gammaD, instance.e().doubleValue());
    double magnitudeScale = uD * (1 + 2 * Math.abs(gammaD) * (instance.uStarSquared()
        .doubleValue() + uD * uD + Math.abs(instance.e().doubleValue())));
    checks.add(Check.equalAtScale(MAGNITUDE_ID, "double simulator u(t+1) = exact u(t+1)",
        magnitudeD, nextMagnitude.doubleValue(), magnitudeScale,
        LnhwTolerances.SINGLE_GROUP_STEP));
    return checks;
  }
}
