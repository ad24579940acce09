package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.IdealDesignInstance;
import org.tacit.benign.model.LearnerVectors;
import org.tacit.benign.model.NoiseFittingCoefficients;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Section 4 remarks on the ideal dynamics, decided exactly on GD for
 * {@code ||X v - xi||^2/(2n)} from {@code v = 0} with {@code X X^T = d I_n}:
 * <ul>
 *   <li>{@code ZG:rem-4.2}: the recursions of (3), (4) are these dynamics: {@code v^(t) = a_t X^T
 *       xi} and {@code (1/n) X^T X v^(t) = b_t X^T xi} at every {@code t <= T};</li>
 *   <li>{@code ZG:rem-4.3}: the change of {@code X^T X v/n} in one step is {@code d/n} times the
 *       change of {@code v}: {@code Delta(X^T X v/n) = -(eta/n^2) X^T X X^T r = (d/n) Delta v};
 *       and [derived; inventory ZG-CLM-IDEAL] the general identity
 *       {@code Delta(X^T X v/n) - (d/n) Delta v = -(eta/n^2) X^T (X X^T - d I) r}, which holds for
 *       every design (here its right side is 0).</li>
 * </ul>
 * Exact; cost O(T n d) rational operations plus O(n^2 d) for the hypothesis.
 *
 * <p>Spec: {@code ZG:rem-4.2}, {@code ZG:rem-4.3}.
 */
public final class IdealDynamicsRemarkChecker extends TheoremChecker<IdealDesignInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-4.2";

  /** The spec ID of the d/n remark. */
  public static final String RATIO_ID = "ZG:rem-4.3";

  /** The checker (stateless). */
  public IdealDynamicsRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(IdealDesignInstance instance) {
    return "n=" + instance.samples() + ", d=" + instance.dimension() + ", eta=" + instance.eta()
        + ", T=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(IdealDesignInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("step size eta > 0", instance.eta().signum() > 0)
        || !hypotheses.require("X X^T = d I_n", isZero(instance.gramDeviation()))) {
      return List.of();
    }
    int n = instance.samples();
    int d = instance.dimension();
    NoiseFittingCoefficients coefficients =
        new NoiseFittingCoefficients(instance.eta(), n, d);
    BigRational[] xi = LearnerVectors.transposeTimes(instance.x(), instance.noise());
    List<BigRational[]> vs = instance.trajectory();
    List<Check> checks = new ArrayList<>();
    for (int t = 0; t < vs.size(); t++) {
      String at = " at t=" + t;
      BigRational[] v = vs.get(t);
      checks.add(Check.equal(SPEC_ID, "v^(t) = a_t X^T xi" + at,
          LearnerVectors.distance(v, LearnerVectors.scale(coefficients.a(t), xi)),
          BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "(1/n) X^T X v^(t) = b_t X^T xi" + at,
          LearnerVectors.distance(gram(instance, v), LearnerVectors.scale(coefficients.b(t), xi)),
          BigRational.ZERO));
      if (t + 1 < vs.size()) {
        BigRational[] deltaV = LearnerVectors.subtract(vs.get(t + 1), v);
        BigRational[] deltaGram = LearnerVectors.subtract(gram(instance, vs.get(t + 1)),
            gram(instance, v));
        BigRational[] r = instance.residual(v);
        BigRational etaOverN2 = instance.eta().divide(BigRational.of((long) n * n));
        BigRational[] threeProduct = LearnerVectors.transposeTimes(instance.x(),
            LearnerVectors.times(instance.x(), LearnerVectors.transposeTimes(instance.x(), r)));
        checks.add(Check.equal(RATIO_ID, "Delta(X^T X v/n) = -(eta/n^2) X^T X X^T r" + at,
            LearnerVectors.distance(deltaGram,
                LearnerVectors.scale(etaOverN2.negate(), threeProduct)), BigRational.ZERO));
        checks.add(Check.equal(RATIO_ID, "Delta(X^T X v/n) = (d/n) Delta v" + at,
            LearnerVectors.distance(deltaGram,
                LearnerVectors.scale(BigRational.of(d, n), deltaV)), BigRational.ZERO));
        BigRational[] deviation = LearnerVectors.transposeTimes(instance.x(),
            LearnerVectors.times(instance.gramDeviation(), r));
        checks.add(Check.equal(RATIO_ID, "[derived] Delta(X^T X v/n) - (d/n) Delta v = -(eta/n^2)"
            + " X^T (X X^T - d I) r" + at, LearnerVectors.distance(LearnerVectors.subtract(
                deltaGram, LearnerVectors.scale(BigRational.of(d, n), deltaV)),
                LearnerVectors.scale(etaOverN2.negate(), deviation)), BigRational.ZERO));
      }
    }
    return checks;
  }

  private static BigRational[] gram(IdealDesignInstance instance, BigRational[] v) {
    return LearnerVectors.scale(BigRational.of(1, instance.samples()),
        LearnerVectors.transposeTimes(instance.x(), LearnerVectors.times(instance.x(), v)));
  }

  private static boolean isZero(BigRational[][] m) {
    for (BigRational[] row : m) {
      for (BigRational entry : row) {
        if (!entry.isZero()) {
          return false;
        }
      }
    }
    return true;
  }
}
