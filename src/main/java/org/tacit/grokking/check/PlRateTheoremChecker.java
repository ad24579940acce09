package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.CertifiedSpectrum;
import org.tacit.grokking.model.ExactObjective;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.grokking.model.PlRunInstance;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.RecordedRun;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorem C.25 (linear rate of GD under L-smoothness and mu-PL) with Definition C.23 and
 * Theorem C.24 (PL implies CL), decided exactly on {@code g = ||X a - y||^2/2} with X of full row
 * rank: {@code mu} is a certified rational lower bound of {@code lambda_min(X X^T)} and L a
 * certified upper bound of {@code lambda_max(X^T X)} ({@link CertifiedSpectrum}).
 *
 * <p>Checks (exact): {@code X X^T - mu I} PSD, which makes g mu-PL everywhere
 * ({@code ||X^T r||^2 >= mu ||r||^2}) and gives {@code chi(g, x, r) >= 2 mu} for every ball
 * (def-C.23, eq-50); PL at {@code x^(0)} (eq-49); r-CL at {@code x^(0)} for
 * {@code r^2 = (1 + s) 2 g(x^(0))/mu > 2 g(x^(0))/mu} via {@code 4 g(x^(0)) < r^2 2 mu}
 * (thm-C.24, strict radius: erratum E17); and from every iterate {@code x^(t)} of a recorded GD run
 * ({@code SubgradientDescent} with {@code beta = 0}), the exact GD step {@code x+ = x^(t) - alpha
 * grad g(x^(t))} satisfies the descent step {@code g(x+) <= g(x^(t)) - (alpha/2)(2 - alpha L)
 * ||grad g(x^(t))||^2} and the contraction {@code g(x+) <= (1 - mu alpha (2 - alpha L))
 * g(x^(t))} (eq-52; by induction they give the rate eq-51 for the exact iteration), tightest t
 * reported; and the factor at {@code alpha = 1/L} equals {@code 1 - mu/L} (eq-51, erratum E15).
 * Cost: O(T N p) exact operations plus two certifications.
 *
 * <p>Spec: {@code TDR:thm-C.25}, {@code TDR:eq-51}, {@code TDR:eq-52}, {@code TDR:thm-C.24},
 * {@code TDR:eq-50}, {@code TDR:def-C.23}, {@code TDR:eq-49}.
 */
public final class PlRateTheoremChecker extends TheoremChecker<PlRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:thm-C.25";

  /** The checker (stateless). */
  public PlRateTheoremChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(PlRunInstance instance) {
    return "X=" + instance.loss().design() + ", y=" + Arrays.toString(instance.loss().targets())
        + ", x0=" + Arrays.toString(instance.initial()) + ", alpha=" + instance.alpha() + ", T="
        + instance.steps() + ", s=" + instance.radiusSlack();
  }

  @Override
  protected List<Check> evaluate(PlRunInstance instance, Hypotheses hypotheses) {
    RationalLeastSquares g = instance.loss();
    int rows = g.design().rows();
    if (!hypotheses.require("x0 in R^p", instance.initial().length == g.dimension())
        || !hypotheses.require("X has full row rank (g* = 0, X X^T positive definite)",
            g.design().rank() == rows)
        || !hypotheses.require("s > 0", instance.radiusSlack().signum() > 0)) {
      return List.of();
    }
    BigRational mu = CertifiedSpectrum.lambdaMinLowerBound(
        g.design().multiply(g.design().transpose()));
    BigRational l = CertifiedSpectrum.lambdaMaxUpperBound(g.hessian());
    BigRational alpha = instance.alpha();
    if (!hypotheses.require("0 < alpha < 2/L", alpha.signum() > 0
        && alpha.multiply(l).compareTo(BigRational.TWO) < 0)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal("TDR:def-C.23", "X X^T - mu I is PSD (g is mu-PL), 1 = yes",
        BigRational.of(CertifiedSpectrum.isPositiveSemidefinite(
            CertifiedSpectrum.shifted(g.design().multiply(g.design().transpose()), mu)) ? 1 : 0),
        BigRational.ONE));
    BigRational[] x0 = instance.initial();
    BigRational g0 = g.value(x0);
    BigRational[] grad0 = g.gradient(x0);
    checks.add(Check.lessOrEqual("TDR:eq-49", "g(x0) - g* <= ||grad g(x0)||^2/(2 mu)", g0,
        RationalVectors.dot(grad0, grad0).divide(BigRational.TWO.multiply(mu))));
    BigRational r2 = BigRational.ONE.add(instance.radiusSlack()).multiply(BigRational.TWO)
        .multiply(g0).divide(mu);
    if (g0.signum() > 0) {
      checks.add(Check.less("TDR:thm-C.24",
          "r^2 = (1 + s) 2 g(x0)/mu: 4 g(x0) < r^2 2 mu <= r^2 chi(g, x0, r)",
          BigRational.of(4).multiply(g0), r2.multiply(BigRational.TWO).multiply(mu)));
    }
    BigRational twoMinus = BigRational.TWO.subtract(alpha.multiply(l));
    BigRational rho = BigRational.ONE.subtract(mu.multiply(alpha).multiply(twoMinus));
    checks.add(Check.lessOrEqual(SPEC_ID, "0 <= 1 - mu alpha (2 - alpha L)", BigRational.ZERO,
        rho));
    checks.add(Check.less(SPEC_ID, "1 - mu alpha (2 - alpha L) < 1", rho, BigRational.ONE));
    Optional<Check> descent = Optional.empty();
    Optional<Check> contraction = Optional.empty();
    RecordedRun run = recorded(instance);
    for (int t = 0; t < run.size(); t++) {
      BigRational[] x = ExactObjective.exact(run.iterate(t));
      BigRational gx = g.value(x);
      BigRational[] grad = g.gradient(x);
      BigRational[] next = new BigRational[x.length];
      for (int k = 0; k < x.length; k++) {
        next[k] = x[k].subtract(alpha.multiply(grad[k]));
      }
      BigRational gNext = g.value(next);
      descent = SubgradientBoundLemmaChecker.tighter(descent, Check.lessOrEqual("TDR:eq-52",
          "g(x - alpha grad g) <= g(x) - (alpha/2)(2 - alpha L) ||grad g||^2 at x = x^(t)"
              + " (tightest t=" + t + ")", gNext,
          gx.subtract(alpha.divide(BigRational.TWO).multiply(twoMinus)
              .multiply(RationalVectors.dot(grad, grad)))));
      contraction = SubgradientBoundLemmaChecker.tighter(contraction, Check.lessOrEqual(SPEC_ID,
          "g(x - alpha grad g) - g* <= (1 - mu alpha (2 - alpha L)) (g(x) - g*) at x = x^(t)"
              + " (tightest t=" + t + ")", gNext, rho.multiply(gx)));
    }
    descent.ifPresent(checks::add);
    contraction.ifPresent(checks::add);
    BigRational atInverse = BigRational.ONE.subtract(mu.divide(l).multiply(BigRational.TWO
        .subtract(l.reciprocal().multiply(l))));
    checks.add(Check.equal("TDR:eq-51", "1 - mu alpha (2 - alpha L) = 1 - mu/L at alpha = 1/L",
        atInverse, BigRational.ONE.subtract(mu.divide(l))));
    return checks;
  }

  private static RecordedRun recorded(PlRunInstance instance) {
    RationalLeastSquares g = instance.loss();
    double[] y = new double[g.targets().length];
    for (int i = 0; i < y.length; i++) {
      y[i] = g.targets()[i].doubleValue();
    }
    double[] x0 = new double[g.dimension()];
    for (int k = 0; k < x0.length; k++) {
      x0[k] = instance.initial()[k].doubleValue();
    }
    LeastSquaresLoss loss = new LeastSquaresLoss(g.design().toDoubleRowMajor(),
        g.design().rows(), g.dimension(), y);
    return RecordedRun.of(loss, new L1Norm(g.dimension()), 0.0, instance.alpha().doubleValue(),
        x0, instance.steps());
  }
}
