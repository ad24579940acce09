package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.benign.model.MinimumNormExactInterpolator;
import org.tacit.benign.model.MinimumNormGradientDescentInstance;
import org.tacit.benign.model.MinimumNormInterpolator;
import org.tacit.benign.model.MinimumNormSolution;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark 1.1, first claim (Section 1, unnumbered): gradient descent on the plain linear model
 * from 0 converges to the minimum-l2-norm interpolator {@code beta_l2 = X^T (X X^T)^{-1} y}.
 *
 * <p>Hypotheses (as the remark's setting states them, with the step condition made explicit):
 * {@code n < d}; X has full row rank; {@code 0 < eta <= n / trace(X X^T)} (a rational sufficient
 * condition for {@code eta lambda_max(X^T X) / n <= 1}); at least one step.
 *
 * <p>Checks, all exact in rational arithmetic:
 * <ol>
 *   <li>for each step t, {@code beta_t = X^T c_t}, where {@code c_t} follows the independent
 *       coefficient recursion {@code c_{t+1} = c_t - (eta/n) (X X^T c_t - y)} from 0: GD stays in
 *       the row space;</li>
 *   <li>the limit {@code beta_l2} (exact solve of {@code X X^T c = y}) interpolates:
 *       {@code X beta_l2 = y};</li>
 *   <li>{@code beta_l2} is orthogonal to every vector of a basis of {@code ker X}, i.e. lies in
 *       {@code row(X)}; with (2) this is the characterisation of the min-l2 interpolator (the
 *       only interpolator in the row space; for h in ker X,
 *       {@code ||beta_l2 + h||^2 = ||beta_l2||^2 + ||h||^2});</li>
 *   <li>that Pythagorean identity and its strictness for the sum h of the kernel basis;</li>
 *   <li>for each step, {@code ||beta_{t+1} - beta_l2||^2 < ||beta_t - beta_l2||^2} (unless the
 *       iterate already equals the limit): the GD error lies in the row space, where
 *       {@code I - (eta/n) X^T X} has spectrum in [0, 1), so the limit of GD is
 *       {@code beta_l2};</li>
 *   <li>the double solver {@link MinimumNormInterpolator} meets its residual certificate
 *       ({@link ZgTolerances#minimumNormResidual(int, int)}) on the same instance.</li>
 * </ol>
 *
 * <p>Spec: {@code ZG:rem-1.1} (only its first claim; the min-l1 claim for {@code w^2 - u^2} is a
 * limit {@code alpha -> 0} without rate, not checked here).
 */
public final class MinimumNormLimitRemarkChecker
    extends TheoremChecker<MinimumNormGradientDescentInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:rem-1.1";

  /** Creates the checker. */
  public MinimumNormLimitRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MinimumNormGradientDescentInstance instance) {
    return "n=" + instance.samples() + ", d=" + instance.dimension() + ", eta=" + instance.eta()
        + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(MinimumNormGradientDescentInstance instance,
      Hypotheses hypotheses) {
    RationalMatrix x = instance.x();
    int n = instance.samples();
    int d = instance.dimension();
    BigRational[] y = instance.y();
    RationalMatrix gram = x.multiply(x.transpose());
    BigRational trace = BigRational.ZERO;
    for (int i = 0; i < n; i++) {
      trace = trace.add(gram.get(i, i));
    }
    if (!hypotheses.require("n < d", y.length == n && n >= 1 && n < d)
        || !hypotheses.require("X has full row rank", x.rank() == n)
        || !hypotheses.require("0 < eta <= n / trace(X X^T)", instance.eta().signum() > 0
            && instance.eta().multiply(trace).compareTo(BigRational.of(n)) <= 0)
        || !hypotheses.require("steps >= 1", instance.steps() >= 1)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    RationalMatrix transpose = x.transpose();
    BigRational[] c = MinimumNormExactInterpolator.coefficients(x, y);
    BigRational[] limit = transpose.multiply(c);
    checks.add(Check.equal(SPEC_ID, "X beta_l2 = y",
        squaredNorm(subtract(x.multiply(limit), y)), BigRational.ZERO));
    RationalMatrix kernel = x.nullSpaceBasis();
    BigRational orthogonality = BigRational.ZERO;
    BigRational[] h = new BigRational[d];
    Arrays.fill(h, BigRational.ZERO);
    for (int k = 0; k < kernel.cols(); k++) {
      BigRational[] basis = kernel.column(k);
      BigRational inner = RationalVectors.dot(limit, basis);
      orthogonality = orthogonality.add(inner.multiply(inner));
      h = add(h, basis);
    }
    checks.add(Check.equal(SPEC_ID, "beta_l2 in row(X): sum_k (beta_l2^T n_k)^2 = 0 over a basis"
        + " n_k of ker X", orthogonality, BigRational.ZERO));
    BigRational shifted = squaredNorm(add(limit, h));
    checks.add(Check.equal(SPEC_ID, "||beta_l2 + h||^2 = ||beta_l2||^2 + ||h||^2 (h in ker X)",
        shifted, squaredNorm(limit).add(squaredNorm(h))));
    checks.add(Check.less(SPEC_ID, "||beta_l2||^2 < ||beta_l2 + h||^2 (h != 0 in ker X)",
        squaredNorm(limit), shifted));
    BigRational step = instance.eta().divide(BigRational.of(n));
    BigRational[] beta = zeros(d);
    BigRational[] coefficients = zeros(n);
    for (int t = 1; t <= instance.steps(); t++) {
      BigRational before = squaredNorm(subtract(beta, limit));
      BigRational[] residual = subtract(x.multiply(beta), y);
      beta = subtract(beta, scale(step, transpose.multiply(residual)));
      coefficients = subtract(coefficients,
          scale(step, subtract(gram.multiply(coefficients), y)));
      checks.add(Check.equal(SPEC_ID, "beta_" + t + " = X^T c_" + t + " (GD from 0 stays in"
          + " row(X))", squaredNorm(subtract(beta, transpose.multiply(coefficients))),
          BigRational.ZERO));
      BigRational after = squaredNorm(subtract(beta, limit));
      if (before.signum() > 0) {
        checks.add(Check.less(SPEC_ID, "||beta_" + t + " - beta_l2||^2 < ||beta_" + (t - 1)
            + " - beta_l2||^2", after, before));
      }
    }
    double[] xDouble = x.toDoubleRowMajor();
    double[] yDouble = new double[n];
    for (int i = 0; i < n; i++) {
      yDouble[i] = y[i].doubleValue();
    }
    MinimumNormSolution solution = MinimumNormInterpolator.solve(xDouble, n, d, yDouble);
    checks.add(Check.lessOrEqual(SPEC_ID, "double min-l2 interpolator: ||X beta - y|| /"
        + " (||X||_F^2 ||c||) <= bound", solution.normalizedResidual(),
        ZgTolerances.minimumNormResidual(n, d), 0.0));
    return checks;
  }

  private static BigRational[] zeros(int length) {
    BigRational[] v = new BigRational[length];
    Arrays.fill(v, BigRational.ZERO);
    return v;
  }

  private static BigRational[] add(BigRational[] a, BigRational[] b) {
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i].add(b[i]);
    }
    return s;
  }

  private static BigRational[] subtract(BigRational[] a, BigRational[] b) {
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i].subtract(b[i]);
    }
    return s;
  }

  private static BigRational[] scale(BigRational factor, BigRational[] a) {
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = factor.multiply(a[i]);
    }
    return s;
  }

  private static BigRational squaredNorm(BigRational[] a) {
    return RationalVectors.dot(a, a);
  }
}
