package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LInfinityCorrelationInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The deterministic step in the proof of ZG Lemma A.2 (spec {@code ZG:rem-A.3}), decided exactly:
 * with {@code X[:, i]} the i-th column of X and {@code beta in R^n},
 * {@code ||X^T beta / n||_inf <= max_i |beta^T X[:, i]| / n <= ||beta||_2 max_i ||X[:, i]||_2 / n}.
 *
 * <p>Checks (squared where a norm appears): the first relation, which is an identity
 * ({@code (X^T beta)_i = beta^T X[:, i]}; the paper writes "<="), with {@code X^T beta} computed
 * row by row; Cauchy-Schwarz {@code (beta^T X[:, i])^2 <= ||beta||_2^2 ||X[:, i]||_2^2} at the
 * tightest column; and the statement {@code ||X^T beta / n||_inf^2 <= ||beta||_2^2 max_i
 * ||X[:, i]||_2^2 / n^2}. The concentration half of the remark ({@code max_i ||X[:, i]||_2 =
 * O(sqrt n)} for Gaussian X) is not checked here. Cost: O(n d) exact operations.
 *
 * <p>Spec: {@code ZG:rem-A.3}.
 */
public final class LInfinityCorrelationRemarkChecker
    extends TheoremChecker<LInfinityCorrelationInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-A.3";

  /** The checker (stateless). */
  public LInfinityCorrelationRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LInfinityCorrelationInstance instance) {
    return "n=" + instance.n() + ", d=" + instance.d();
  }

  @Override
  protected List<Check> evaluate(LInfinityCorrelationInstance instance, Hypotheses hypotheses) {
    int n = instance.n();
    int d = instance.d();
    BigRational[] x = instance.x();
    BigRational[] beta = instance.beta();
    if (!hypotheses.require("X is n x d, beta in R^n",
        n >= 1 && d >= 1 && x.length == n * d && beta.length == n)) {
      return List.of();
    }
    BigRational[] correlation = new BigRational[d];
    for (int i = 0; i < d; i++) {
      correlation[i] = BigRational.ZERO;
    }
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        correlation[i] = correlation[i].add(x[r * d + i].multiply(beta[r]));
      }
    }
    BigRational betaSquared = BigRational.ZERO;
    for (BigRational value : beta) {
      betaSquared = betaSquared.add(value.pow(2));
    }
    BigRational inverseN = BigRational.of(1, n);
    BigRational infNorm = BigRational.ZERO;
    BigRational maxColumnInner = BigRational.ZERO;
    BigRational maxColumnSquared = BigRational.ZERO;
    Check tightest = null;
    for (int i = 0; i < d; i++) {
      infNorm = infNorm.max(correlation[i].multiply(inverseN).abs());
      BigRational inner = BigRational.ZERO;
      BigRational columnSquared = BigRational.ZERO;
      for (int r = 0; r < n; r++) {
        inner = inner.add(beta[r].multiply(x[r * d + i]));
        columnSquared = columnSquared.add(x[r * d + i].pow(2));
      }
      maxColumnInner = maxColumnInner.max(inner.abs());
      maxColumnSquared = maxColumnSquared.max(columnSquared);
      Check cauchySchwarz = Check.lessOrEqual(SPEC_ID,
          "Cauchy-Schwarz: (beta^T X[:, i])^2 <= ||beta||_2^2 ||X[:, i]||_2^2 (tightest i=" + i + ")",
          inner.pow(2), betaSquared.multiply(columnSquared));
      if (tightest == null || cauchySchwarz.margin() < tightest.margin()) {
        tightest = cauchySchwarz;
      }
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "||X^T beta/n||_inf = max_i |beta^T X[:, i]|/n", infNorm,
        maxColumnInner.multiply(inverseN)));
    if (tightest != null) {
      checks.add(tightest);
    }
    checks.add(Check.lessOrEqual(SPEC_ID,
        "||X^T beta/n||_inf^2 <= ||beta||_2^2 max_i ||X[:, i]||_2^2 / n^2", infNorm.pow(2),
        betaSquared.multiply(maxColumnSquared).multiply(inverseN.pow(2))));
    return checks;
  }
}
