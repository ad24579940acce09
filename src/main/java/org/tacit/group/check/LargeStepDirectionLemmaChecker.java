package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DirectionBoundInstance;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 8 (Appendix C.2), decided exactly: after the large step (6), if
 * {@code ||b_t|| <= B (u*)^2} with {@code 0 < B < 1}, then {@code <v(t+1), v*> >= 1 - B^2}; the
 * proof gives {@code >= sqrt(1 - B^2)}.
 *
 * <p>With {@code v(t+1) = z/||z||} irrational, both bounds are decided on squares after a sign
 * check: {@code <z, v*> > 0} and {@code <z, v*>^2 >= c^2 ||z||^2} for {@code c = 1 - B^2} (the
 * statement) and {@code c^2 = 1 - B^2} (the proof's bound). The proof's identity
 * {@code <z, v*>^2/||z||^2 = 1 - (||beta||^2 - <beta, v*>^2)/(1 + 2 <beta, v*> + ||beta||^2)} with
 * {@code beta = b_t/(u*)^2} is checked exactly, and so is its key step
 * {@code (||beta||^2 - <beta, v*>^2)/(1 + 2<beta, v*> + ||beta||^2) <= ||beta||^2}, which is
 * {@code (<beta, v*> + ||beta||^2)^2 >= 0}: equality at the tangent point
 * {@code beta = -B^2 v* + B sqrt(1 - B^2) e_perp}, where the proof's bound is attained (exact margin
 * 0 on such instances). Cost: O(d) rational operations.
 *
 * <p>Spec: {@code LNHW:lem-8}.
 */
public final class LargeStepDirectionLemmaChecker extends TheoremChecker<DirectionBoundInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-8";

  /** The checker (stateless). */
  public LargeStepDirectionLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(DirectionBoundInstance instance) {
    LargeStepInstance step = instance.step();
    return "d=" + step.vStar().length + ", B=" + instance.bound() + ", u^2=" + step.uSquared()
        + ", (u*)^2=" + step.uStarSquared() + ", b=" + RationalUnitVectors.describe(step.b());
  }

  @Override
  protected List<Check> evaluate(DirectionBoundInstance instance, Hypotheses hypotheses) {
    LargeStepInstance step = instance.step();
    BigRational bound = instance.bound();
    BigRational uStarSquared = step.uStarSquared();
    if (!hypotheses.require("||v*|| = 1",
            RationalUnitVectors.normSquared(step.vStar()).equals(BigRational.ONE))
        || !hypotheses.require("(u*)^2 > 0, u(t) > 0",
            uStarSquared.signum() > 0 && step.uSquared().signum() > 0)
        || !hypotheses.require("0 < B < 1",
            bound.signum() > 0 && bound.compareTo(BigRational.ONE) < 0)
        || !hypotheses.require("||b_t|| <= B (u*)^2", RationalUnitVectors.normSquared(step.b())
            .compareTo(bound.multiply(uStarSquared).pow(2)) <= 0)) {
      return List.of();
    }
    BigRational[] z = SingleGroupUpdate.largeStepDirection(step.uSquared(), uStarSquared,
        step.vStar(), step.b());
    BigRational along = RationalUnitVectors.dot(z, step.vStar());
    BigRational zSquared = RationalUnitVectors.normSquared(z);
    BigRational oneMinusBSquared = BigRational.ONE.subtract(bound.pow(2));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.less(SPEC_ID, "<z(t+1), v*> > 0", BigRational.ZERO, along));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "<v(t+1), v*> >= 1 - B^2: (1 - B^2)^2 ||z||^2 <= <z, v*>^2",
        oneMinusBSquared.pow(2).multiply(zSquared), along.pow(2)));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: <v(t+1), v*> >= sqrt(1 - B^2): (1 - B^2) ||z||^2 <= <z, v*>^2",
        oneMinusBSquared.multiply(zSquared), along.pow(2)));
    BigRational[] beta = RationalUnitVectors.scale(uStarSquared.reciprocal(), step.b());
    BigRational betaSquared = RationalUnitVectors.normSquared(beta);
    BigRational betaAlong = RationalUnitVectors.dot(beta, step.vStar());
    BigRational loss = betaSquared.subtract(betaAlong.pow(2)).divide(
        BigRational.ONE.add(BigRational.TWO.multiply(betaAlong)).add(betaSquared));
    checks.add(Check.equal(SPEC_ID,
        "proof: <z,v*>^2/||z||^2 = 1 - (||beta||^2 - <beta,v*>^2)/(1 + 2<beta,v*> + ||beta||^2)",
        along.pow(2).divide(zSquared), BigRational.ONE.subtract(loss)));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: (||beta||^2 - <beta,v*>^2)/(1 + 2<beta,v*> + ||beta||^2) <= ||beta||^2", loss,
        betaSquared));
    return checks;
  }
}
