package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ScalarPair;
import org.tacit.grokking.model.SignDynamics;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.32, decided exactly: for {@code a != 0} and {@code |a| > |a*|},
 * {@code sign(a - a*) = sign(a)}. Proof steps: {@code -|a| - a* < 0 < |a| - a*}, then
 * {@code a - a* < 0} for {@code a < 0} and {@code a - a* > 0} for {@code a > 0}. O(1), exact.
 *
 * <p>Spec: {@code TDR:lem-C.32}.
 */
public final class SignOfDifferenceLemmaChecker extends TheoremChecker<ScalarPair> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.32";

  /** A checker of Lemma C.32. */
  public SignOfDifferenceLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(ScalarPair instance) {
    return instance.toString();
  }

  @Override
  protected List<Check> evaluate(ScalarPair instance, Hypotheses hypotheses) {
    BigRational a = instance.a();
    BigRational target = instance.target();
    if (!hypotheses.require("a != 0", !a.isZero())
        || !hypotheses.require("|a| > |a*|", a.abs().compareTo(target.abs()) > 0)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.less(SPEC_ID, "proof: -|a| - a* < 0", a.abs().negate().subtract(target),
        BigRational.ZERO));
    checks.add(Check.less(SPEC_ID, "proof: 0 < |a| - a*", BigRational.ZERO,
        a.abs().subtract(target)));
    checks.add(Check.less(SPEC_ID, "proof: 0 < sign(a) (a - a*)", BigRational.ZERO,
        SignDynamics.sign(a).multiply(a.subtract(target))));
    checks.add(Check.equal(SPEC_ID, "sign(a - a*) = sign(a)",
        SignDynamics.sign(a.subtract(target)), SignDynamics.sign(a)));
    return checks;
  }
}
