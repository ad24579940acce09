package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.ConstantStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 16 (Appendix D.3), decided exactly: under (4) with a constant step
 * {@code eta <= 4/(9 (u*)^4)}, if {@code <v(t), v*> >= 1 - tau/5},
 * {@code |u^2(t) - (u*)^2| <= tau (u*)^2} and {@code ||b_t|| <= tau (u*)^2/10} with
 * {@code 0 < tau < 1/2}, then {@code <v(t+1), v*> >= 1 - tau/5}.
 *
 * <p>With {@code A = eta u^2 (u*)^2}, {@code K = 1 - eta u^4} and {@code C = eta u^2 tau (u*)^2/10},
 * the proof's steps are checked exactly: {@code K >= 0} (from {@code u^2 <= (3/2)(u*)^2} and the
 * step bound), the regrouping {@code z = A v* + K v + eta u^2 b}, the lower bound
 * {@code <z, v*> >= A + K (1 - tau/5) - C}, the upper bound {@code ||z|| <= A + K + C} (on squares),
 * and the closing algebra {@code A + K (1 - tau/5) - C >= (1 - tau/5)(A + K + C)}; then the
 * statement on squares after the sign check {@code <z, v*> > 0}. Cost: O(d) rational operations.
 *
 * <p>Spec: {@code LNHW:lem-16}.
 */
public final class ConstantStepDirectionLemmaChecker extends TheoremChecker<ConstantStepInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-16";

  /** The checker (stateless). */
  public ConstantStepDirectionLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(ConstantStepInstance instance) {
    return "d=" + instance.v().length + ", tau=" + instance.tau() + ", u^2/(u*)^2="
        + instance.uSquared().divide(instance.uStarSquared()) + ", eta (u*)^4="
        + instance.eta().multiply(instance.uStarSquared().pow(2)) + ", <v, v*>="
        + RationalUnitVectors.dot(instance.v(), instance.vStar()).doubleValue();
  }

  @Override
  protected List<Check> evaluate(ConstantStepInstance instance, Hypotheses hypotheses) {
    BigRational uSquared = instance.uSquared();
    BigRational uStarSquared = instance.uStarSquared();
    BigRational tau = instance.tau();
    BigRational eta = instance.eta();
    BigRational[] vStar = instance.vStar();
    BigRational[] v = instance.v();
    BigRational[] b = instance.b();
    BigRational target = BigRational.ONE.subtract(tau.divide(BigRational.of(5)));
    BigRational radius = tau.multiply(uStarSquared).divide(BigRational.of(10));
    if (!hypotheses.require("||v(t)|| = ||v*|| = 1",
            RationalUnitVectors.normSquared(v).equals(BigRational.ONE)
                && RationalUnitVectors.normSquared(vStar).equals(BigRational.ONE))
        || !hypotheses.require("(u*)^2 > 0", uStarSquared.signum() > 0)
        || !hypotheses.require("0 < tau < 1/2",
            tau.signum() > 0 && tau.compareTo(BigRational.of(1, 2)) < 0)
        || !hypotheses.require("0 < eta <= 4/(9 (u*)^4)", eta.signum() > 0
            && eta.compareTo(BigRational.of(4, 9).divide(uStarSquared.pow(2))) <= 0)
        || !hypotheses.require("<v(t), v*> >= 1 - tau/5",
            RationalUnitVectors.dot(v, vStar).compareTo(target) >= 0)
        || !hypotheses.require("|u^2(t) - (u*)^2| <= tau (u*)^2",
            uSquared.subtract(uStarSquared).abs().compareTo(tau.multiply(uStarSquared)) <= 0)
        || !hypotheses.require("||b_t|| <= tau (u*)^2/10",
            RationalUnitVectors.normSquared(b).compareTo(radius.pow(2)) <= 0)) {
      return List.of();
    }
    BigRational pull = eta.multiply(uSquared).multiply(uStarSquared);
    BigRational keep = BigRational.ONE.subtract(eta.multiply(uSquared.pow(2)));
    BigRational push = eta.multiply(uSquared).multiply(radius);
    BigRational[] z = SingleGroupUpdate.direction(v, uSquared, uStarSquared, vStar, eta, b);
    BigRational along = RationalUnitVectors.dot(z, vStar);
    BigRational zSquared = RationalUnitVectors.normSquared(z);
    BigRational lower = pull.add(keep.multiply(target)).subtract(push);
    BigRational upper = pull.add(keep).add(push);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "proof: 1 - eta u^4(t) >= 0", BigRational.ZERO, keep));
    checks.add(Check.equal(SPEC_ID,
        "proof: z = eta u^2 (u*)^2 v* + (1 - eta u^4) v(t) + eta u^2 b_t (squared distance)",
        RationalUnitVectors.normSquared(RationalUnitVectors.subtract(z,
            SingleGroupUpdate.directionRegrouped(v, uSquared, uStarSquared, vStar, eta, b))),
        BigRational.ZERO));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: <z, v*> >= eta u^2 (u*)^2 + (1 - eta u^4)(1 - tau/5) - eta u^2 tau (u*)^2/10",
        lower, along));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: ||z||^2 <= (eta u^2 (u*)^2 + (1 - eta u^4) + eta u^2 tau (u*)^2/10)^2",
        zSquared, upper.pow(2)));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof: (1 - tau/5) upper <= lower",
        target.multiply(upper), lower));
    checks.add(Check.less(SPEC_ID, "<z(t+1), v*> > 0", BigRational.ZERO, along));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "<v(t+1), v*> >= 1 - tau/5: (1 - tau/5)^2 ||z||^2 <= <z, v*>^2",
        target.pow(2).multiply(zSquared), along.pow(2)));
    return checks;
  }
}
