package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ColumnCoherence;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The Welch-type lower bounds after TDR Definition G.2 (Rauhut 2010): for {@code A in R^{m x n}}
 * with unit-norm columns and {@code n > m}, {@code mu(A) >= sqrt((n - m)/(m (n - 1)))}, and
 * {@code mu_1(A, s) >= s sqrt((n - m)/(m (n - 1)))} whenever {@code s <= sqrt(n - 1)}; decided
 * exactly on squares (both sides are nonnegative, and {@code mu}, {@code mu_1} are rational for
 * rational unit-norm columns).
 *
 * <p>Proof steps checked: {@code G = A^T A} has rank at most m and trace n, so
 * {@code ||G||_F^2 >= (tr G)^2 / rank G >= n^2 / m}; {@code ||G||_F^2 <= n + n (n - 1) mu^2}; hence
 * {@code mu^2 >= (n^2/m - n)/(n (n - 1)) = (n - m)/(m (n - 1))}. The {@code mu_1} bound is checked as
 * a statement ({@code mu_1(A, s)^2 >= s^2 (n - m)/(m (n - 1))} for {@code s^2 <= n - 1}). Not
 * checkable: the asymptotic remark {@code mu >~ 1/sqrt(m)} and its attainment by equiangular tight
 * frames (no rational ETF in the built-in instances). Cost: O(m n^2) exact operations.
 *
 * <p>Spec: {@code TDR:rem-G.1.3}.
 */
public final class WelchBoundRemarkChecker extends TheoremChecker<SparseDesign> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:rem-G.1.3";

  /** The checker (stateless). */
  public WelchBoundRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SparseDesign instance) {
    return "m=" + instance.a().rows() + ", n=" + instance.a().cols() + ", s=" + instance.s();
  }

  @Override
  protected List<Check> evaluate(SparseDesign instance, Hypotheses hypotheses) {
    int m = instance.a().rows();
    int n = instance.a().cols();
    int s = instance.s();
    BigRational[][] gram = ColumnCoherence.gram(instance.a());
    if (!hypotheses.require("n > m >= 1", m >= 1 && n > m)
        || !hypotheses.require("unit norm columns", ColumnCoherence.unitNormColumns(gram))
        || !hypotheses.require("1 <= s <= sqrt(n - 1)", s >= 1 && (long) s * s <= n - 1)) {
      return List.of();
    }
    BigRational frobenius = BigRational.ZERO;
    for (BigRational[] row : gram) {
      for (BigRational entry : row) {
        frobenius = frobenius.add(entry.pow(2));
      }
    }
    BigRational mu = ColumnCoherence.mutualCoherence(gram);
    BigRational welch = BigRational.of(n - m, (long) m * (n - 1));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "rank G <= m", BigRational.of(
        instance.a().transpose().multiply(instance.a()).rank()), BigRational.of(m)));
    checks.add(Check.lessOrEqual(SPEC_ID, "n^2 / m <= (tr G)^2 / rank G <= ||G||_F^2",
        BigRational.of((long) n * n, m), frobenius));
    checks.add(Check.lessOrEqual(SPEC_ID, "||G||_F^2 <= n + n (n - 1) mu^2", frobenius,
        BigRational.of(n).add(BigRational.of((long) n * (n - 1)).multiply(mu.pow(2)))));
    checks.add(Check.lessOrEqual(SPEC_ID, "mu(A)^2 >= (n - m)/(m (n - 1))", welch, mu.pow(2)));
    checks.add(Check.lessOrEqual(SPEC_ID, "mu_1(A, s)^2 >= s^2 (n - m)/(m (n - 1))",
        BigRational.of((long) s * s).multiply(welch),
        ColumnCoherence.oneCoherence(gram, s).pow(2)));
    return checks;
  }
}
