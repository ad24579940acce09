package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.benign.model.LearnerVectors;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark after Lemma 5.2 ({@code ZG:rem-5.1}), its exact content decided on a GD run: with
 * {@code g^(t) = (1/n) X^T r^(t)} and growth rates {@code lambda_i^(t) = -2 lambda g_i^(t)} for
 * {@code w}, {@code +2 lambda g_i^(t)} for {@code u},
 * <ul>
 *   <li>each step is multiplicative: {@code w_i^(t+1) = (1 + eta lambda_i^(t)) w_i^(t)}, so
 *       [derived; inventory ZG-INV-PROD] {@code w_i^(t) = w_i^(0) prod_{tau<t} (1 + eta
 *       lambda_i^(tau))}, and likewise for {@code u};</li>
 *   <li>{@code v} moves additively, by a gradient that is not a multiple of {@code v}:
 *       {@code v^(t) = v^(0) - eta sum_{tau<t} g^(tau)}.</li>
 * </ul>
 * The qualitative part (exponential versus linear growth, which grows first) is not a finite
 * statement and is not checked. Exact; cost: the run plus O(T d).
 *
 * <p>Spec: {@code ZG:rem-5.1}.
 */
public final class MultiplicativeGrowthRemarkChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-5.1";

  /** The checker (stateless). */
  public MultiplicativeGrowthRemarkChecker() {
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
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("lambda > 0", data.lambda().signum() > 0)) {
      return List.of();
    }
    int d = data.dimension();
    BigRational eta = instance.eta();
    BigRational twoLambda = BigRational.TWO.multiply(data.lambda());
    List<LearnerState> states = instance.trajectory();
    LearnerState start = states.get(0);
    BigRational[] wProduct = LearnerVectors.constant(d, BigRational.ONE);
    BigRational[] uProduct = LearnerVectors.constant(d, BigRational.ONE);
    BigRational[] gSum = LearnerVectors.constant(d, BigRational.ZERO);
    List<Check> checks = new ArrayList<>();
    for (int t = 0; t + 1 < states.size(); t++) {
      String at = " at t=" + t;
      LearnerState state = states.get(t);
      LearnerState next = states.get(t + 1);
      BigRational[] g = data.correlation(state);
      BigRational[] wFactor = new BigRational[d];
      BigRational[] uFactor = new BigRational[d];
      for (int i = 0; i < d; i++) {
        wFactor[i] = BigRational.ONE.add(eta.multiply(twoLambda.multiply(g[i]).negate()));
        uFactor[i] = BigRational.ONE.add(eta.multiply(twoLambda.multiply(g[i])));
        wProduct[i] = wProduct[i].multiply(wFactor[i]);
        uProduct[i] = uProduct[i].multiply(uFactor[i]);
      }
      gSum = LearnerVectors.add(gSum, g);
      checks.add(Check.equal(SPEC_ID, "w_i^(t+1) = (1 + eta lambda_i) w_i^(t), lambda_i = -2 lambda"
          + " g_i" + at, LearnerVectors.distance(next.w(),
              LearnerVectors.entrywise(wFactor, state.w())),
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "u_i^(t+1) = (1 + eta lambda_i) u_i^(t), lambda_i = +2 lambda"
          + " g_i" + at, LearnerVectors.distance(next.u(),
              LearnerVectors.entrywise(uFactor, state.u())),
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "[derived] w^(t+1) = w^(0) o prod_{tau<=t} (1 + eta"
          + " lambda^(tau))" + at, LearnerVectors.distance(next.w(),
              LearnerVectors.entrywise(wProduct, start.w())),
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "[derived] u^(t+1) = u^(0) o prod_{tau<=t} (1 + eta"
          + " lambda^(tau))" + at, LearnerVectors.distance(next.u(),
              LearnerVectors.entrywise(uProduct, start.u())),
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "v^(t+1) = v^(0) - eta sum_{tau<=t} g^(tau)" + at,
          LearnerVectors.distance(next.v(),
              LearnerVectors.subtract(start.v(), LearnerVectors.scale(eta, gSum))),
          BigRational.ZERO));
    }
    return checks;
  }
}
