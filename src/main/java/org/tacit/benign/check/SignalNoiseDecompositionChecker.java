package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.benign.model.LearnerVectors;
import org.tacit.benign.model.NoiseFittingCoefficients;
import org.tacit.benign.model.SignalNoiseDecomposition;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG decompositions (3) and (4) and the exact decomposition of Lemma 5.2's proof, decided exactly
 * at every state {@code t = 0..T} of a GD run from {@code v^(0) = 0}:
 * <ul>
 *   <li>(3) {@code b_t} by its recursion equals {@code (1 - q^t)/n}, {@code q = 1 - eta d/n}
 *       (Lemmas 5.4, B.2), and [derived, inventory ZG-ID-GAMMA-DV] the remainder
 *       {@code Gamma_t} equals {@code (d/n) (Delta_v^(t))_e + (1/n) X^T (X X^T - d I) mu^(t)}
 *       with {@code v^(t) = X^T mu^(t)};</li>
 *   <li>(4) {@code a_t} by its recursion equals {@code (1 - q^t)/d} (Lemma B.3),
 *       {@code (Delta_v^(t))_S = -a_t (X^T xi)_S}, and [derived] {@code a_t = (n/d) b_t};</li>
 *   <li>Lemma 5.2's proof ({@code ZG:rem-A.4}): {@code (1/n) X^T r = (d/n) v_S + lambda
 *       w_{S+}^{o2} - lambda u_{S-}^{o2} - beta* + Delta_r} with {@code Delta_r} as printed.</li>
 * </ul>
 * {@code Gamma_t} and {@code Delta_v^(t)} are the remainders that define them. Exact; cost O(T n
 * d) rational operations per state.
 *
 * <p>Spec: {@code ZG:eq-3}, {@code ZG:eq-4}, {@code ZG:rem-A.4}.
 */
public final class SignalNoiseDecompositionChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:eq-3";

  /** The spec ID of (4). */
  public static final String V_DECOMPOSITION_ID = "ZG:eq-4";

  /** The spec ID of the decomposition in Lemma 5.2's proof. */
  public static final String GRADIENT_DECOMPOSITION_ID = "ZG:rem-A.4";

  /** The checker (stateless). */
  public SignalNoiseDecompositionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LearnerInstance instance) {
    return "n=" + instance.data().samples() + ", d=" + instance.data().dimension() + ", s="
        + instance.data().support().size() + ", eta=" + instance.eta() + ", T="
        + instance.steps();
  }

  @Override
  protected List<Check> evaluate(LearnerInstance instance, Hypotheses hypotheses) {
    LearnerData data = instance.data();
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("lambda > 0", data.lambda().signum() > 0)
        || !hypotheses.require("v^(0) = 0", LearnerVectors.distance(instance.start().v(),
            LearnerVectors.constant(data.dimension(), BigRational.ZERO)).isZero())) {
      return List.of();
    }
    int n = data.samples();
    int d = data.dimension();
    NoiseFittingCoefficients coefficients =
        new NoiseFittingCoefficients(instance.eta(), n, d);
    List<LearnerState> states = instance.trajectory();
    List<Check> checks = new ArrayList<>();
    BigRational[] mu = LearnerVectors.constant(n, BigRational.ZERO);
    for (int t = 0; t < states.size(); t++) {
      String at = " at t=" + t;
      LearnerState state = states.get(t);
      BigRational b = coefficients.b(t);
      BigRational a = coefficients.a(t);
      checks.add(Check.equal(SPEC_ID, "b_t (recursion) = (1 - (1 - eta d/n)^t)/n" + at, b,
          coefficients.bClosedForm(t)));
      checks.add(Check.equal(V_DECOMPOSITION_ID, "a_t (recursion) = (1 - (1 - eta d/n)^t)/d" + at,
          a, coefficients.aClosedForm(t)));
      checks.add(Check.equal(V_DECOMPOSITION_ID, "[derived] a_t = (n/d) b_t" + at, a,
          BigRational.of(n, d).multiply(b)));
      SignalNoiseDecomposition decomposition = new SignalNoiseDecomposition(data, state, b, a);
      BigRational[] deltaV = decomposition.deltaV();
      BigRational[] xi = decomposition.noiseCorrelation();
      checks.add(Check.equal(V_DECOMPOSITION_ID, "(Delta_v^(t))_S = -a_t (X^T xi)_S" + at,
          LearnerVectors.distance(LearnerVectors.restrict(deltaV, data.support()),
              LearnerVectors.scale(a.negate(),
                  LearnerVectors.restrict(xi, data.support()))), BigRational.ZERO));
      BigRational[] xXt = LearnerVectors.times(data.x(), LearnerVectors.transposeTimes(data.x(),
          mu));
      BigRational[] deviation = LearnerVectors.scale(BigRational.of(1, n),
          LearnerVectors.transposeTimes(data.x(),
              LearnerVectors.subtract(xXt, LearnerVectors.scale(BigRational.of(d), mu))));
      checks.add(Check.equal(SPEC_ID, "[derived] Gamma_t = (d/n)(Delta_v^(t))_e + (1/n) X^T (X X^T"
          + " - d I) mu^(t), v^(t) = X^T mu^(t)" + at,
          LearnerVectors.distance(decomposition.gamma(), LearnerVectors.add(
              LearnerVectors.scale(BigRational.of(d, n),
                  LearnerVectors.restrict(deltaV, data.offSupport())), deviation)),
          BigRational.ZERO));
      checks.add(Check.equal(GRADIENT_DECOMPOSITION_ID, "(1/n) X^T r = (d/n) v_S + lambda w_{S+}^2"
          + " - lambda u_{S-}^2 - beta* + Delta_r" + at,
          LearnerVectors.distance(data.correlation(state),
              LearnerVectors.add(decomposition.signalError(), decomposition.deltaR())),
          BigRational.ZERO));
      mu = LearnerVectors.subtract(mu, LearnerVectors.scale(
          instance.eta().divide(BigRational.of(n)), data.residual(state)));
    }
    return checks;
  }
}
