package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG product invariant (proofs of Lemmas B.1, C.2, C.6; spec {@code ZG:rem-B.2}), decided exactly
 * on a GD run from {@code w^(0) = u^(0) = alpha 1}: with {@code g = (1/n) X^T r^(t)}, for every
 * coordinate {@code k} and step {@code t < T},
 * <ul>
 *   <li>{@code w_k^(t+1) u_k^(t+1) = (1 - 2 eta lambda g_k) w_k^(t) (1 + 2 eta lambda g_k)
 *       u_k^(t)} (as printed) {@code = (1 - 4 eta^2 lambda^2 g_k^2) w_k^(t) u_k^(t)};</li>
 *   <li>{@code w_k^(t+1) u_k^(t+1) <= w_k^(t) u_k^(t) <= alpha^2};</li>
 *   <li>the consequence used in the proofs: for {@code k} in {@code S-} with
 *       {@code u_k^(t) >= alpha}, {@code |w_k^(t)| <= alpha}; for {@code k} in {@code S+} with
 *       {@code w_k^(t) >= alpha}, {@code |u_k^(t)| <= alpha} (checked where the premise
 *       holds).</li>
 * </ul>
 * The inequalities need {@code |2 eta lambda g_k^(t)| <= 1} (both factors non-negative), which the
 * paper uses without stating it; it is a hypothesis here, decided on the run. Exact; cost: the
 * run, O(T n d) rational operations.
 *
 * <p>Spec: {@code ZG:rem-B.2}.
 */
public final class ProductInvariantRemarkChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-B.2";

  /** The checker (stateless). */
  public ProductInvariantRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LearnerInstance instance) {
    return "n=" + instance.data().samples() + ", d=" + instance.data().dimension() + ", lambda="
        + instance.data().lambda() + ", eta=" + instance.eta() + ", T=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(LearnerInstance instance, Hypotheses hypotheses) {
    LearnerData data = instance.data();
    BigRational alpha = instance.start().w()[0];
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("lambda > 0", data.lambda().signum() > 0)
        || !hypotheses.require("w^(0) = u^(0) = alpha 1 with alpha > 0",
            alpha.signum() > 0 && allEqual(instance.start().w(), alpha)
                && allEqual(instance.start().u(), alpha))) {
      return List.of();
    }
    List<LearnerState> states = instance.trajectory();
    BigRational twoEtaLambda = BigRational.TWO.multiply(instance.eta()).multiply(data.lambda());
    List<BigRational[]> correlations = new ArrayList<>();
    boolean small = true;
    for (int t = 0; t + 1 < states.size(); t++) {
      BigRational[] g = data.correlation(states.get(t));
      correlations.add(g);
      for (BigRational gk : g) {
        small &= twoEtaLambda.multiply(gk).abs().compareTo(BigRational.ONE) <= 0;
      }
    }
    if (!hypotheses.require("|2 eta lambda g_k^(t)| <= 1 for all k and t < T", small)) {
      return List.of();
    }
    BigRational alphaSquared = alpha.multiply(alpha);
    List<Check> checks = new ArrayList<>();
    for (int t = 0; t + 1 < states.size(); t++) {
      LearnerState state = states.get(t);
      LearnerState next = states.get(t + 1);
      BigRational[] g = correlations.get(t);
      for (int k = 0; k < data.dimension(); k++) {
        String at = " (k=" + k + ", t=" + t + ")";
        BigRational product = state.w()[k].multiply(state.u()[k]);
        BigRational nextProduct = next.w()[k].multiply(next.u()[k]);
        BigRational factor = twoEtaLambda.multiply(g[k]);
        checks.add(Check.equal(SPEC_ID, "w_k^(t+1) u_k^(t+1) = (1 - 2 eta lambda g_k) w_k"
            + " (1 + 2 eta lambda g_k) u_k" + at, nextProduct,
            BigRational.ONE.subtract(factor).multiply(state.w()[k])
                .multiply(BigRational.ONE.add(factor).multiply(state.u()[k]))));
        checks.add(Check.equal(SPEC_ID, "w_k^(t+1) u_k^(t+1) = (1 - 4 eta^2 lambda^2 g_k^2) w_k u_k"
            + at, nextProduct, BigRational.ONE.subtract(factor.multiply(factor))
                .multiply(product)));
        checks.add(Check.lessOrEqual(SPEC_ID, "w_k^(t+1) u_k^(t+1) <= w_k^(t) u_k^(t)" + at,
            nextProduct, product));
        checks.add(Check.lessOrEqual(SPEC_ID, "w_k^(t) u_k^(t) <= alpha^2" + at, product,
            alphaSquared));
      }
    }
    for (int t = 0; t < states.size(); t++) {
      LearnerState state = states.get(t);
      for (int k : data.negativeSupport()) {
        if (state.u()[k].compareTo(alpha) >= 0) {
          checks.add(Check.lessOrEqual(SPEC_ID, "k in S-, u_k >= alpha => |w_k| <= alpha (k=" + k
              + ", t=" + t + ")", state.w()[k].abs(), alpha));
        }
      }
      for (int k : data.positiveSupport()) {
        if (state.w()[k].compareTo(alpha) >= 0) {
          checks.add(Check.lessOrEqual(SPEC_ID, "k in S+, w_k >= alpha => |u_k| <= alpha (k=" + k
              + ", t=" + t + ")", state.u()[k].abs(), alpha));
        }
      }
    }
    return checks;
  }

  private static boolean allEqual(BigRational[] values, BigRational target) {
    for (BigRational value : values) {
      if (!value.equals(target)) {
        return false;
      }
    }
    return true;
  }
}
