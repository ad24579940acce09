package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.LeastSquaresProbeInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The least-squares identities of the proof of TDR Theorem 3.1 / C.29 (Appendix C.4), all exact in
 * rational arithmetic, for any rank of {@code X}: the SVD forms of the paper are checked in their
 * projector forms ({@code V V^T = P = X^+ X}, {@code U U^T = X X^+}, {@code V Sigma^{-1/2} U^T =
 * X^+}), with {@code X^+} from {@link ExactLeastSquares}.
 *
 * <p>Hypotheses: {@code alpha > 0}, {@code beta >= 0} (only for the one-step identities).
 *
 * <p>Checks, in order: {@code a_hat} is certified independently of the pseudo-inverse code (normal
 * equations {@code X^T (X a_hat - y*) = 0} and {@code a_hat} orthogonal to a basis of {@code ker X},
 * which characterise {@code (X^T X)^+ X^T y*}), and so is {@code P a*} ({@code X (a* - P a*) = 0},
 * {@code P a*} orthogonal to {@code ker X}); eq-65 (g as a quadratic at the probe), eq-66 and eq-75
 * (one subgradient step with {@code H = sign} as an affine recursion and as the error recursion
 * around {@code a_hat}), eq-68 ({@code a_hat = P a* + X^+ xi}), eq-69 ({@code X a_hat - y* = (I -
 * X X^+) xi}), eq-70 (its squared norm and {@code <= ||xi||^2}), eq-71 ({@code g(a_hat) -
 * ||xi||^2/2 = -||U^T xi||^2/2}), eq-72 ({@code tr(I - X X^+) = N - rank X}), eq-73, eq-74 (the
 * cross term vanishes), eq-84 ({@code g(a) - g(a_hat) = ||X (a - a_hat)||^2/2}), eq-91; and, for
 * rem-C.4.5 (inventory E11), in the noiseless case with {@code beta > 0} and {@code X a* != 0}:
 * {@code f((1 - gamma) a*) < f(a*)} for {@code gamma = min(1, beta ||a*||_1 / ||X a*||^2)}, so
 * {@code a*} is not a minimiser of {@code f} and {@code Theta_f != {a*}}.
 *
 * <p>{@link StatementForm#PRINTED} adds two printed steps: eq-73 as printed,
 * {@code a_hat - a* = (I - V V^T) a* + V Sigma^{-1/2} U^T xi} (a sign slip: it is
 * {@code -(I - V V^T) a*}; false whenever {@code a*} has a component in {@code ker X}; eq-74 is
 * unaffected since the cross term vanishes), and the step eq-91 -> eq-92,
 * {@code ||U^T xi||^2 <= ||X^T xi||^2} (inventory E9), false when the smallest nonzero eigenvalue
 * of {@code X X^T} is below 1 (e.g. {@code X = [1/2]}, {@code xi = 1}: 1 > 1/4).
 *
 * <p>Cost: one RREF, two r x r inverses and O(N) solves of size r.
 *
 * <p>Spec: {@code TDR:eq-68} (registered), with checks carrying {@code TDR:eq-65},
 * {@code TDR:eq-66}, {@code TDR:eq-69} .. {@code TDR:eq-75}, {@code TDR:eq-84},
 * {@code TDR:eq-91}, {@code TDR:eq-92}, {@code TDR:rem-C.4.5}.
 */
public final class LeastSquaresIdentityChecker extends TheoremChecker<LeastSquaresProbeInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:eq-68";

  private final StatementForm form;

  /** The corrected form (registered). */
  public LeastSquaresIdentityChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public LeastSquaresIdentityChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(LeastSquaresProbeInstance instance) {
    SparseRecoveryData data = instance.data();
    return "N=" + data.samples() + ", n=" + data.dimension() + ", rank=" + data.design().rank()
        + ", noiseless=" + data.noiseless() + ", alpha=" + instance.alpha() + ", beta="
        + instance.beta();
  }

  @Override
  protected List<Check> evaluate(LeastSquaresProbeInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("alpha > 0", instance.alpha().signum() > 0)
        || !hypotheses.require("beta >= 0", instance.beta().signum() >= 0)) {
      return List.of();
    }
    SparseRecoveryData data = instance.data();
    RationalMatrix x = data.design();
    RationalMatrix xt = x.transpose();
    BigRational[] truth = data.groundTruth();
    BigRational[] noise = data.noise();
    BigRational[] targets = data.targets();
    BigRational[] a = instance.probe();
    BigRational half = BigRational.of(1, 2);
    ExactLeastSquares pinv = new ExactLeastSquares(x);
    BigRational[] hat = pinv.pseudoInverseTimes(targets);
    BigRational[] projectedTruth = pinv.rowSpaceProjection(truth);
    BigRational[] pinvNoise = pinv.pseudoInverseTimes(noise);
    RationalMatrix kernel = x.nullSpaceBasis();
    List<Check> checks = new ArrayList<>();

    checks.add(zero("TDR:eq-68", "||X^T (X a_hat - y*)||^2 = 0 (normal equations)",
        ExactVectors.squaredNorm(data.lossGradient(hat))));
    checks.add(zero("TDR:eq-68", "sum_k (a_hat^T k)^2 = 0 over a basis of ker X (a_hat in row X)",
        kernelComponent(kernel, hat)));
    checks.add(zero("TDR:eq-73", "||X (a* - P a*)||^2 = 0 (certifies P a*)",
        ExactVectors.squaredNorm(x.multiply(ExactVectors.subtract(truth, projectedTruth)))));
    checks.add(zero("TDR:eq-73", "sum_k (k^T P a*)^2 = 0 over a basis of ker X",
        kernelComponent(kernel, projectedTruth)));

    BigRational[] xtx = xt.multiply(x.multiply(a));
    BigRational[] linear = ExactVectors.add(xt.multiply(x.multiply(truth)), xt.multiply(noise));
    BigRational quadratic = RationalVectors.dot(a, xtx).multiply(half)
        .subtract(RationalVectors.dot(linear, a))
        .add(ExactVectors.squaredNorm(targets).multiply(half));
    checks.add(Check.equal("TDR:eq-65", "g(a) = a^T X^T X a/2 - (X^T X a* + X^T xi)^T a"
        + " + ||X a* + xi||^2/2", data.loss(a), quadratic));

    BigRational alpha = instance.alpha();
    BigRational step = alpha.multiply(instance.beta());
    BigRational[] sign = ExactVectors.sign(a);
    BigRational[] next = ExactVectors.subtract(a, ExactVectors.scale(alpha,
        ExactVectors.add(data.lossGradient(a), ExactVectors.scale(instance.beta(), sign))));
    BigRational[] affine = ExactVectors.subtract(ExactVectors.add(
        ExactVectors.subtract(a, ExactVectors.scale(alpha, xtx)),
        ExactVectors.scale(alpha, linear)), ExactVectors.scale(step, sign));
    checks.add(zero("TDR:eq-66", "||a' - [(I - alpha X^T X) a + alpha (X^T X a* + X^T xi)"
        + " - alpha beta sign(a)]||^2 = 0", ExactVectors.squaredNorm(
            ExactVectors.subtract(next, affine))));
    BigRational[] error = ExactVectors.subtract(a, hat);
    BigRational[] recursion = ExactVectors.subtract(ExactVectors.subtract(error,
        ExactVectors.scale(alpha, xt.multiply(x.multiply(error)))),
        ExactVectors.scale(step, sign));
    checks.add(zero("TDR:eq-75", "||(a' - a_hat) - [(I - alpha X^T X)(a - a_hat)"
        + " - alpha beta sign(a)]||^2 = 0", ExactVectors.squaredNorm(
            ExactVectors.subtract(ExactVectors.subtract(next, hat), recursion))));

    checks.add(zero("TDR:eq-68", "||a_hat - (P a* + X^+ xi)||^2 = 0",
        ExactVectors.squaredNorm(ExactVectors.subtract(hat,
            ExactVectors.add(projectedTruth, pinvNoise)))));
    BigRational[] residual = ExactVectors.subtract(x.multiply(hat), targets);
    BigRational[] rangeNoise = pinv.rangeProjection(noise);
    checks.add(zero("TDR:eq-69", "||(X a_hat - y*) + (I - X X^+) xi||^2 = 0",
        ExactVectors.squaredNorm(ExactVectors.add(residual,
            ExactVectors.subtract(noise, rangeNoise)))));
    BigRational noiseSquared = ExactVectors.squaredNorm(noise);
    BigRational rangeSquared = RationalVectors.dot(noise, rangeNoise);
    BigRational residualSquared = ExactVectors.squaredNorm(residual);
    checks.add(Check.equal("TDR:eq-70", "||X a_hat - y*||^2 = xi^T (I - X X^+) xi",
        residualSquared, noiseSquared.subtract(rangeSquared)));
    checks.add(Check.lessOrEqual("TDR:eq-70", "||X a_hat - y*||^2 <= ||xi||^2",
        residualSquared, noiseSquared));
    checks.add(Check.equal("TDR:eq-71", "g(a_hat) - ||xi||^2/2 = -||U^T xi||^2/2 (= -xi^T X X^+"
        + " xi/2)", data.loss(hat).subtract(noiseSquared.multiply(half)),
        rangeSquared.multiply(half).negate()));
    checks.add(Check.equal("TDR:eq-72", "tr(I - X X^+) = N - rank X",
        BigRational.of(data.samples()).subtract(rangeTrace(pinv, data.samples())),
        BigRational.of(data.samples() - x.rank())));
    BigRational[] complement = ExactVectors.subtract(truth, projectedTruth);
    BigRational[] difference = ExactVectors.subtract(hat, truth);
    checks.add(zero("TDR:eq-73", "||(a_hat - a*) - [-(I - P) a* + X^+ xi]||^2 = 0",
        ExactVectors.squaredNorm(ExactVectors.subtract(difference,
            ExactVectors.subtract(pinvNoise, complement)))));
    if (form == StatementForm.PRINTED) {
      checks.add(zero("TDR:eq-73", "||(a_hat - a*) - [(I - P) a* + X^+ xi]||^2 = 0 (as printed)",
          ExactVectors.squaredNorm(ExactVectors.subtract(difference,
              ExactVectors.add(complement, pinvNoise)))));
    }
    checks.add(Check.equal("TDR:eq-74", "||a_hat - a*||^2 = ||(I - P) a*||^2 + ||X^+ xi||^2",
        ExactVectors.squaredNorm(ExactVectors.subtract(hat, truth)),
        ExactVectors.squaredNorm(complement).add(ExactVectors.squaredNorm(pinvNoise))));
    checks.add(Check.equal("TDR:eq-74", "cross term a*^T (I - P) X^+ xi = 0",
        RationalVectors.dot(complement, pinvNoise), BigRational.ZERO));
    BigRational fitted = ExactVectors.squaredNorm(x.multiply(error)).multiply(half);
    checks.add(Check.equal("TDR:eq-84", "g(a) - g(a_hat) = ||X (a - a_hat)||^2/2",
        data.loss(a).subtract(data.loss(hat)), fitted));
    BigRational shifted = data.loss(a).subtract(noiseSquared.multiply(half));
    checks.add(Check.equal("TDR:eq-91", "g(a) - ||xi||^2/2 = ||X (a - a_hat)||^2/2"
        + " - ||U^T xi||^2/2", shifted, fitted.subtract(rangeSquared.multiply(half))));
    checks.add(Check.lessOrEqual("TDR:eq-91", "-||U^T xi||^2/2 <= g(a) - ||xi||^2/2",
        rangeSquared.multiply(half).negate(), shifted));

    BigRational[] image = x.multiply(truth);
    BigRational imageSquared = ExactVectors.squaredNorm(image);
    if (data.noiseless() && instance.beta().signum() > 0 && imageSquared.signum() > 0) {
      BigRational l1 = ExactVectors.norm1(truth);
      BigRational gamma = BigRational.ONE.min(instance.beta().multiply(l1).divide(imageSquared));
      BigRational[] shrunk = ExactVectors.scale(BigRational.ONE.subtract(gamma), truth);
      checks.add(Check.less("TDR:rem-C.4.5", "f((1 - gamma) a*) < f(a*) (a* does not minimise f:"
          + " Theta_f != {a*})", objective(data, instance.beta(), shrunk),
          objective(data, instance.beta(), truth)));
    }
    if (form == StatementForm.PRINTED) {
      checks.add(Check.lessOrEqual("TDR:eq-92", "||U^T xi||^2 <= ||X^T xi||^2 (eq-91 -> eq-92 as"
          + " printed)", rangeSquared, ExactVectors.squaredNorm(xt.multiply(noise))));
    }
    return checks;
  }

  private static Check zero(String specId, String label, BigRational value) {
    return Check.equal(specId, label, value, BigRational.ZERO);
  }

  private static BigRational kernelComponent(RationalMatrix kernel, BigRational[] v) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < kernel.cols(); k++) {
      BigRational inner = RationalVectors.dot(kernel.column(k), v);
      sum = sum.add(inner.multiply(inner));
    }
    return sum;
  }

  private static BigRational rangeTrace(ExactLeastSquares pinv, int samples) {
    BigRational trace = BigRational.ZERO;
    for (int i = 0; i < samples; i++) {
      BigRational[] unit = ExactVectors.zeros(samples);
      unit[i] = BigRational.ONE;
      trace = trace.add(pinv.rangeProjection(unit)[i]);
    }
    return trace;
  }

  private static BigRational objective(SparseRecoveryData data, BigRational beta,
      BigRational[] a) {
    return data.loss(a).add(beta.multiply(ExactVectors.norm1(a)));
  }
}
