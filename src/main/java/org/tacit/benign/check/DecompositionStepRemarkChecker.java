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
 * The exact one-step identities of the proofs of Lemmas B.2/C.3 ({@code ZG:rem-B.5}) and
 * B.3/C.4 ({@code ZG:rem-B.6}), decided exactly on each step {@code t < T} of a GD run from
 * {@code v^(0) = 0}, with {@code g = (1/n) X^T r^(t)}:
 * <ul>
 *   <li>B.5: {@code b_{t+1} (X^T xi)_e + Gamma_{t+1} = b_t (X^T xi)_e + Gamma_t - (eta/n^2) X^T X
 *       X^T r + eta (d/n) g_S = b_t (X^T xi)_e + Gamma_t - (eta/n^2) X^T (X X^T - d I) r - eta
 *       (d/n) g_e}; the printed expansion {@code g_e = (b_t - 1/n)(X^T xi)_e + [((1/n) X^T X - I)
 *       z + Gamma_t + (1/n) X^T X (lambda w_{e+}^2 - lambda u_{e-}^2)]_e},
 *       {@code z = lambda w_{S+}^2 - lambda u_{S-}^2 - beta*}; and [derived, inventory
 *       ZG-ID-GAMMA-STEP] the cancellation {@code Gamma_{t+1} = Gamma_t - (eta/n^2) X^T (X X^T -
 *       d I) r - (eta d/n) [R_t]_e} with {@code R_t} the bracket above;</li>
 *   <li>B.6: {@code a_{t+1} X^T xi + Delta_v^(t+1) = a_t X^T xi + Delta_v^(t) - eta g_e};
 *       [derived, inventory ZG-ID-DV-STEP] {@code Delta_v^(t+1) = Delta_v^(t) - eta [R_t]_e +
 *       eta (b_t - 1/n)(X^T xi)_S}; and, at every {@code t <= T}, {@code a_t = eta t/n - eta
 *       sum_{tau<t} b_tau}, and {@code a_t <= 1/d} where {@code eta d/n <= 1} (then
 *       {@code q = 1 - eta d/n} is in {@code [0, 1)} and {@code a_t = (1 - q^t)/d}; the paper
 *       states the bound without the condition, which its regime meets).</li>
 * </ul>
 * Exact; cost O(n d) rational operations per step on top of the run.
 *
 * <p>Spec: {@code ZG:rem-B.5}, {@code ZG:rem-B.6}.
 */
public final class DecompositionStepRemarkChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-B.5";

  /** The spec ID of the one-step identity of {@code Delta_v}. */
  public static final String DELTA_V_ID = "ZG:rem-B.6";

  /** The checker (stateless). */
  public DecompositionStepRemarkChecker() {
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
    BigRational eta = instance.eta();
    NoiseFittingCoefficients coefficients = new NoiseFittingCoefficients(eta, n, d);
    List<LearnerState> states = instance.trajectory();
    List<Check> checks = new ArrayList<>();
    boolean smallStep = eta.multiply(BigRational.of(d, n)).compareTo(BigRational.ONE) <= 0;
    for (int t = 0; t < states.size(); t++) {
      checks.add(Check.equal(DELTA_V_ID, "a_t = eta t/n - eta sum_{tau<t} b_tau at t=" + t,
          coefficients.a(t), coefficients.aFromSumOfB(t)));
      if (smallStep) {
        checks.add(Check.lessOrEqual(DELTA_V_ID, "a_t <= 1/d (eta d/n <= 1) at t=" + t,
            coefficients.a(t), BigRational.of(1, d)));
      }
    }
    for (int t = 0; t + 1 < states.size(); t++) {
      String at = " at t=" + t;
      LearnerState state = states.get(t);
      BigRational b = coefficients.b(t);
      SignalNoiseDecomposition now =
          new SignalNoiseDecomposition(data, state, b, coefficients.a(t));
      SignalNoiseDecomposition next = new SignalNoiseDecomposition(data, states.get(t + 1),
          coefficients.b(t + 1), coefficients.a(t + 1));
      BigRational[] xiE = LearnerVectors.restrict(now.noiseCorrelation(),
          data.offSupport());
      BigRational[] xiS = LearnerVectors.restrict(now.noiseCorrelation(),
          data.support());
      BigRational[] residual = data.residual(state);
      BigRational[] g = data.correlation(state);
      BigRational[] gE = LearnerVectors.restrict(g, data.offSupport());
      BigRational[] gS = LearnerVectors.restrict(g, data.support());
      BigRational etaOverN2 = eta.divide(BigRational.of((long) n * n));
      BigRational etaDOverN = eta.multiply(BigRational.of(d, n));
      BigRational[] xxtr = LearnerVectors.times(data.x(),
          LearnerVectors.transposeTimes(data.x(), residual));
      BigRational[] threeProduct = LearnerVectors.transposeTimes(data.x(), xxtr);
      BigRational[] deviationTerm = LearnerVectors.transposeTimes(data.x(),
          LearnerVectors.subtract(xxtr, LearnerVectors.scale(BigRational.of(d), residual)));
      BigRational[] nowSum = LearnerVectors.add(LearnerVectors.scale(b, xiE), now.gamma());
      BigRational[] nextSum = LearnerVectors.add(
          LearnerVectors.scale(coefficients.b(t + 1), xiE), next.gamma());
      checks.add(Check.equal(SPEC_ID, "b_{t+1}(X^T xi)_e + Gamma_{t+1} = b_t(X^T xi)_e + Gamma_t"
          + " - (eta/n^2) X^T X X^T r + eta (d/n) g_S" + at,
          LearnerVectors.distance(nextSum, LearnerVectors.add(LearnerVectors.subtract(nowSum,
              LearnerVectors.scale(etaOverN2, threeProduct)),
              LearnerVectors.scale(etaDOverN, gS))), BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "b_{t+1}(X^T xi)_e + Gamma_{t+1} = b_t(X^T xi)_e + Gamma_t"
          + " - (eta/n^2) X^T (X X^T - d I) r - eta (d/n) g_e" + at,
          LearnerVectors.distance(nextSum, LearnerVectors.subtract(LearnerVectors.subtract(
              nowSum, LearnerVectors.scale(etaOverN2, deviationTerm)),
              LearnerVectors.scale(etaDOverN, gE))), BigRational.ZERO));
      BigRational[] expansion = now.offSupportGradientExpansion();
      checks.add(Check.equal(SPEC_ID, "g_e = (b_t - 1/n)(X^T xi)_e + [((1/n) X^T X - I) z + Gamma_t"
          + " + (1/n) X^T X (lambda w_{e+}^2 - lambda u_{e-}^2)]_e" + at,
          LearnerVectors.distance(gE, expansion), BigRational.ZERO));
      BigRational[] bracketE = LearnerVectors.subtract(expansion,
          LearnerVectors.scale(b.subtract(BigRational.of(1, n)), xiE));
      checks.add(Check.equal(SPEC_ID, "[derived] Gamma_{t+1} = Gamma_t - (eta/n^2) X^T (X X^T - d"
          + " I) r - (eta d/n)[R_t]_e" + at,
          LearnerVectors.distance(next.gamma(), LearnerVectors.subtract(LearnerVectors.subtract(
              now.gamma(), LearnerVectors.scale(etaOverN2, deviationTerm)),
              LearnerVectors.scale(etaDOverN, bracketE))), BigRational.ZERO));
      BigRational[] nowV = LearnerVectors.add(
          LearnerVectors.scale(coefficients.a(t), now.noiseCorrelation()), now.deltaV());
      BigRational[] nextV = LearnerVectors.add(
          LearnerVectors.scale(coefficients.a(t + 1), next.noiseCorrelation()), next.deltaV());
      checks.add(Check.equal(DELTA_V_ID, "a_{t+1} X^T xi + Delta_v^(t+1) = v^(t+1) - v_S^(t+1)"
          + at,
          LearnerVectors.distance(nextV, LearnerVectors.restrict(states.get(t + 1).v(),
              data.offSupport())), BigRational.ZERO));
      checks.add(Check.equal(DELTA_V_ID, "a_{t+1} X^T xi + Delta_v^(t+1) = a_t X^T xi + Delta_v^(t)"
          + " - eta g_e" + at, LearnerVectors.distance(nextV,
              LearnerVectors.subtract(nowV, LearnerVectors.scale(eta, gE))), BigRational.ZERO));
      checks.add(Check.equal(DELTA_V_ID, "[derived] Delta_v^(t+1) = Delta_v^(t) - eta [R_t]_e + eta"
          + " (b_t - 1/n)(X^T xi)_S" + at, LearnerVectors.distance(next.deltaV(),
              LearnerVectors.add(LearnerVectors.subtract(now.deltaV(),
                  LearnerVectors.scale(eta, bracketE)),
                  LearnerVectors.scale(eta.multiply(b.subtract(BigRational.of(1, n))), xiS))),
          BigRational.ZERO));
    }
    return checks;
  }
}
