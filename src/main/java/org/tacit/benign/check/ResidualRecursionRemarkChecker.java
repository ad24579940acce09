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
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The exact residual recursion of the proof of Lemma B.1 ({@code ZG:rem-B.3}), decided exactly on
 * each step {@code t < T} of a GD run, with {@code g = (1/n) X^T r^(t)} (so
 * {@code (4 lambda/n) X^T r = 4 lambda g}) and all quantities at time {@code t}:
 * <ul>
 *   <li>the first line {@code r^(t+1) = X v^(t+1) + lambda X (w^(t+1))^2 - lambda X
 *       (u^(t+1))^2 - X beta* - xi}; the paper prints it without {@code - X beta*} (an erratum of
 *       the proof line: {@link StatementForm#PRINTED} checks the printed form, which fails whenever
 *       {@code X beta* != 0}; {@link StatementForm#CORRECTED} restores the term);</li>
 *   <li>the expansion {@code r^(t+1) = r - eta X g + lambda X(-4 eta lambda g o w^2 + 4 eta^2
 *       lambda^2 g^2 o w^2) - lambda X(4 eta lambda g o u^2 + 4 eta^2 lambda^2 g^2 o u^2)};</li>
 *   <li>[derived; inventory ZG-ID-RES] the compact form {@code r^(t+1) = (I - eta H_t) r + 4
 *       eta^2 lambda^3 X (g^2 o (w^2 - u^2))}, {@code H_t = (1/n) X (I + 4 lambda^2 diag(w^2 +
 *       u^2)) X^T}.</li>
 * </ul>
 * The norm inequalities of the remark are not checked here. Exact; cost O(n d) per step.
 *
 * <p>Spec: {@code ZG:rem-B.3}.
 */
public final class ResidualRecursionRemarkChecker extends TheoremChecker<LearnerInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-B.3";

  private final StatementForm form;

  /** The corrected form (registered). */
  public ResidualRecursionRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form: {@code PRINTED} omits {@code - X beta*} from the first line. */
  public ResidualRecursionRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(LearnerInstance instance) {
    return form + ": n=" + instance.data().samples() + ", d=" + instance.data().dimension()
        + ", lambda=" + instance.data().lambda() + ", eta=" + instance.eta() + ", T="
        + instance.steps();
  }

  @Override
  protected List<Check> evaluate(LearnerInstance instance, Hypotheses hypotheses) {
    LearnerData data = instance.data();
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("lambda > 0", data.lambda().signum() > 0)) {
      return List.of();
    }
    BigRational eta = instance.eta();
    BigRational lambda = data.lambda();
    BigRational[][] x = data.x();
    List<LearnerState> states = instance.trajectory();
    List<Check> checks = new ArrayList<>();
    for (int t = 0; t + 1 < states.size(); t++) {
      String at = " at t=" + t;
      LearnerState state = states.get(t);
      LearnerState next = states.get(t + 1);
      BigRational[] r = data.residual(state);
      BigRational[] rNext = data.residual(next);
      BigRational[] firstLine = LearnerVectors.subtract(
          LearnerVectors.times(x, next.beta(lambda)), data.noise());
      if (form == StatementForm.CORRECTED) {
        firstLine = LearnerVectors.subtract(firstLine, LearnerVectors.times(x, data.betaStar()));
      }
      checks.add(Check.equal(SPEC_ID, "r^(t+1) = X v + lambda X w^2 - lambda X u^2"
          + (form == StatementForm.CORRECTED ? " - X beta*" : "") + " - xi (time t+1)" + at,
          LearnerVectors.distance(rNext, firstLine), BigRational.ZERO));
      BigRational[] g = data.correlation(state);
      BigRational[] w2 = LearnerVectors.square(state.w());
      BigRational[] u2 = LearnerVectors.square(state.u());
      BigRational[] g2 = LearnerVectors.square(g);
      BigRational fourEtaLambda = BigRational.of(4).multiply(eta).multiply(lambda);
      BigRational fourEta2Lambda2 = fourEtaLambda.multiply(eta).multiply(lambda);
      BigRational[] wBracket = LearnerVectors.add(
          LearnerVectors.scale(fourEtaLambda.negate(), LearnerVectors.entrywise(g, w2)),
          LearnerVectors.scale(fourEta2Lambda2, LearnerVectors.entrywise(g2, w2)));
      BigRational[] uBracket = LearnerVectors.add(
          LearnerVectors.scale(fourEtaLambda, LearnerVectors.entrywise(g, u2)),
          LearnerVectors.scale(fourEta2Lambda2, LearnerVectors.entrywise(g2, u2)));
      BigRational[] expansion = LearnerVectors.subtract(r,
          LearnerVectors.scale(eta, LearnerVectors.times(x, g)));
      expansion = LearnerVectors.add(expansion,
          LearnerVectors.scale(lambda, LearnerVectors.times(x, wBracket)));
      expansion = LearnerVectors.subtract(expansion,
          LearnerVectors.scale(lambda, LearnerVectors.times(x, uBracket)));
      checks.add(Check.equal(SPEC_ID, "r^(t+1) = r - eta X g + lambda X(-4 eta lambda g w^2 + 4"
          + " eta^2 lambda^2 g^2 w^2) - lambda X(4 eta lambda g u^2 + 4 eta^2 lambda^2 g^2 u^2)"
          + at, LearnerVectors.distance(rNext, expansion), BigRational.ZERO));
      BigRational fourLambda2 = BigRational.of(4).multiply(lambda).multiply(lambda);
      BigRational[] weighted = LearnerVectors.add(g,
          LearnerVectors.scale(fourLambda2,
              LearnerVectors.entrywise(g, LearnerVectors.add(w2, u2))));
      BigRational[] compact = LearnerVectors.subtract(r,
          LearnerVectors.scale(eta, LearnerVectors.times(x, weighted)));
      compact = LearnerVectors.add(compact, LearnerVectors.scale(
          fourEta2Lambda2.multiply(lambda), LearnerVectors.times(x,
              LearnerVectors.entrywise(g2, LearnerVectors.subtract(w2, u2)))));
      checks.add(Check.equal(SPEC_ID, "[derived] r^(t+1) = (I - eta H_t) r + 4 eta^2 lambda^3 X(g^2"
          + " o (w^2 - u^2))" + at, LearnerVectors.distance(rNext, compact), BigRational.ZERO));
    }
    return checks;
  }
}
