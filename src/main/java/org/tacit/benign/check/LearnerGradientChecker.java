package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.benign.model.LearnerVectors;
import org.tacit.exact.BigRational;
import org.tacit.exact.ForwardDifferences;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG equations (1) and (2), decided exactly along an exact GD run: at every state
 * {@code theta^(t)}, {@code t = 0..T},
 * <ul>
 *   <li>(1) the predictions {@code f(x_i) = sum_k x_ik v_k + lambda sum_k x_ik w_k^2 - lambda
 *       sum_k x_ik u_k^2} equal {@code X beta} with {@code beta = v + lambda (w o w - u o u)};</li>
 *   <li>(2) the loss is {@code (1/(2n)) sum_i (f(x_i) - y_i)^2}; each gradient formula of (2)
 *       ({@code g o 2 lambda w}, {@code -g o 2 lambda u}, {@code g}, {@code g = X^T r/n})
 *       equals, coordinate by coordinate, the exact derivative of the loss along that coordinate,
 *       recovered from five loss values by {@link ForwardDifferences} (the loss along a coordinate
 *       line is a polynomial of degree at most 4 in the offset), an oracle independent of the
 *       formulas;</li>
 *   <li>the step {@code theta^(t+1)} equals {@code theta^(t) - eta} times that oracle
 *       gradient;</li>
 *   <li>[derived, not in the paper; inventory ZG-INV-ROW] {@code v^(t) - v^(0) = X^T mu^(t)} with
 *       {@code mu^(0) = 0}, {@code mu^(t+1) = mu^(t) - (eta/n) r^(t)}: {@code v} moves in the row
 *       space of {@code X}.</li>
 * </ul>
 * All checks are exact. Cost: {@code 15 d (T + 1)} loss evaluations, each O(n d) rational
 * operations on numbers that grow with {@code t}.
 *
 * <p>Spec: {@code ZG:eq-2} (and {@code ZG:eq-1}).
 */
public final class LearnerGradientChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:eq-2";

  /** The spec ID of the model (1). */
  public static final String MODEL_ID = "ZG:eq-1";

  private static final String[] BLOCKS = {"w", "u", "v"};

  /** The checker (stateless). */
  public LearnerGradientChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LearnerInstance instance) {
    return "n=" + instance.data().samples() + ", d=" + instance.data().dimension() + ", lambda="
        + instance.data().lambda() + ", eta=" + instance.eta() + ", T=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(LearnerInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("lambda > 0", instance.data().lambda().signum() > 0)) {
      return List.of();
    }
    LearnerData data = instance.data();
    List<LearnerState> states = instance.trajectory();
    List<Check> checks = new ArrayList<>();
    BigRational[] mu = LearnerVectors.constant(data.samples(), BigRational.ZERO);
    for (int t = 0; t < states.size(); t++) {
      LearnerState state = states.get(t);
      String at = " at t=" + t;
      BigRational[] predictions = predictions(data, state);
      checks.add(Check.equal(MODEL_ID, "f(x_i) = (v + lambda w^2 - lambda u^2)^T x_i = (X beta)_i"
          + at, LearnerVectors.distance(predictions,
              LearnerVectors.times(data.x(), state.beta(data.lambda()))), BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "L = (1/(2n)) sum_i (f(x_i) - y_i)^2" + at,
          data.loss(state), halfMeanSquare(predictions, data.labels())));
      BigRational[][] oracle = new BigRational[3][];
      for (int block = 0; block < 3; block++) {
        oracle[block] = coordinateDerivatives(data, state, block);
        checks.add(Check.equal(SPEC_ID, "grad_" + BLOCKS[block] + " L by (2) = exact derivative"
            + " of L along each coordinate" + at,
            LearnerVectors.distance(data.gradient(state, block), oracle[block]),
            BigRational.ZERO));
      }
      checks.add(Check.equal(SPEC_ID, "[derived] v^(t) - v^(0) = X^T mu^(t)" + at,
          LearnerVectors.distance(LearnerVectors.subtract(state.v(), states.get(0).v()),
              LearnerVectors.transposeTimes(data.x(), mu)), BigRational.ZERO));
      if (t + 1 < states.size()) {
        LearnerState next = states.get(t + 1);
        BigRational[][] nextBlocks = {next.w(), next.u(), next.v()};
        BigRational[][] blocks = {state.w(), state.u(), state.v()};
        for (int block = 0; block < 3; block++) {
          checks.add(Check.equal(SPEC_ID, BLOCKS[block] + "^(t+1) = " + BLOCKS[block]
              + "^(t) - eta grad_" + BLOCKS[block] + " L (exact derivative)" + at,
              LearnerVectors.distance(nextBlocks[block], LearnerVectors.subtract(blocks[block],
                  LearnerVectors.scale(instance.eta(), oracle[block]))), BigRational.ZERO));
        }
        mu = LearnerVectors.subtract(mu, LearnerVectors.scale(
            instance.eta().divide(BigRational.of(data.samples())), data.residual(state)));
      }
    }
    return checks;
  }

  /** {@code f(x_i)} summed term by term as printed in (1). */
  private static BigRational[] predictions(LearnerData data, LearnerState state) {
    BigRational[] f = new BigRational[data.samples()];
    for (int i = 0; i < f.length; i++) {
      BigRational linear = BigRational.ZERO;
      BigRational plus = BigRational.ZERO;
      BigRational minus = BigRational.ZERO;
      for (int k = 0; k < data.dimension(); k++) {
        BigRational xik = data.x()[i][k];
        linear = linear.add(state.v()[k].multiply(xik));
        plus = plus.add(state.w()[k].multiply(state.w()[k]).multiply(xik));
        minus = minus.add(state.u()[k].multiply(state.u()[k]).multiply(xik));
      }
      f[i] = linear.add(data.lambda().multiply(plus)).subtract(data.lambda().multiply(minus));
    }
    return f;
  }

  private static BigRational halfMeanSquare(BigRational[] predictions, BigRational[] labels) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < predictions.length; i++) {
      BigRational ri = predictions[i].subtract(labels[i]);
      sum = sum.add(ri.multiply(ri));
    }
    return sum.divide(BigRational.of(2L * predictions.length));
  }

  /** The derivative of {@code h -> L(theta + h e_k)} at 0, per coordinate of the block. */
  private static BigRational[] coordinateDerivatives(LearnerData data, LearnerState state,
      int block) {
    BigRational[] out = new BigRational[data.dimension()];
    for (int k = 0; k < out.length; k++) {
      BigRational[] values = new BigRational[5];
      for (int h = 0; h < values.length; h++) {
        values[h] = data.loss(state.moved(block, k, BigRational.of(h)));
      }
      out[k] = ForwardDifferences.derivativeAtZero(values);
    }
    return out;
  }
}
