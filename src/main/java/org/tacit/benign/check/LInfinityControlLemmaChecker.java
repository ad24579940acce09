package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.LInfinityControlInstance;
import org.tacit.benign.model.RipCertificate;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma 5.1 (proof in Appendix A.2), decided exactly: if {@code X / sqrt(n)} is
 * {@code (k + 1, delta)}-RIP and {@code Delta = (X^T X / n - I) beta}, then (i) for k-sparse beta,
 * {@code ||Delta||_inf <= sqrt(k) delta ||beta||_2}; (ii) for every beta,
 * {@code ||Delta||_inf <= delta ||beta||_1}.
 *
 * <p>The hypothesis is decided exactly: {@code delta I +- (A_TT - I)} positive semidefinite for
 * every {@code |T| = k + 1} ({@link RipCertificate#boundsEverySupport}). Checks (squared where a
 * square root appears): (i) {@code ||Delta||_inf^2 <= k delta^2 ||beta||_2^2} and the sharper
 * {@code ||Delta||_inf^2 <= delta^2 ||beta||_2^2} the standard proof gives (for coordinate i, with
 * {@code T = supp(beta) + {i}}, {@code |T| <= k + 1}, {@code |Delta_i| = |e_i^T (A_TT - I) beta_T|
 * <= ||A_TT - I||_2 ||beta||_2}), with that step at the tightest coordinate; (ii)
 * {@code ||Delta||_inf <= delta ||beta||_1} and the proof's two steps: {@code max_{i,j} |(A -
 * I)_ij| <= delta} (part (i) for {@code beta = e_j}) and {@code ||Delta||_inf <= max_{i,j} |(A -
 * I)_ij| ||beta||_1} (writing {@code beta = sum_j beta_j e_j}). Cost: {@code 2 C(d, k + 1)} exact
 * eliminations plus O(d^2 n).
 *
 * <p>Spec: {@code ZG:lem-5.1}.
 */
public final class LInfinityControlLemmaChecker
    extends TheoremChecker<LInfinityControlInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:lem-5.1";

  /** The checker (stateless). */
  public LInfinityControlLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LInfinityControlInstance instance) {
    return "n=" + instance.n() + ", d=" + instance.d() + ", k=" + instance.k() + ", delta="
        + instance.delta() + ", |supp beta|=" + support(instance.beta());
  }

  @Override
  protected List<Check> evaluate(LInfinityControlInstance instance, Hypotheses hypotheses) {
    int n = instance.n();
    int d = instance.d();
    int k = instance.k();
    BigRational[] x = instance.x();
    BigRational[] beta = instance.beta();
    BigRational delta = instance.delta();
    if (!hypotheses.require("X is n x d, beta in R^d",
            n >= 1 && d >= 1 && x.length == n * d && beta.length == d)
        || !hypotheses.require("1 <= k, k + 1 <= d", 1 <= k && k + 1 <= d)) {
      return List.of();
    }
    BigRational[][] gram = RipCertificate.gram(x, n, d);
    if (!hypotheses.require("X/sqrt(n) is (k+1, delta)-RIP",
        RipCertificate.boundsEverySupport(gram, d, k + 1, delta))) {
      return List.of();
    }
    BigRational[] deviation = new BigRational[d];
    BigRational entryMax = BigRational.ZERO;
    for (int i = 0; i < d; i++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < d; j++) {
        BigRational entry = i == j ? gram[i][j].subtract(BigRational.ONE) : gram[i][j];
        entryMax = entryMax.max(entry.abs());
        sum = sum.add(entry.multiply(beta[j]));
      }
      deviation[i] = sum;
    }
    BigRational inf = RationalVectors.normInf(deviation);
    BigRational norm2Squared = RationalVectors.dot(beta, beta);
    BigRational norm1 = RationalVectors.norm1(beta);
    List<Check> checks = new ArrayList<>();
    if (support(beta) <= k) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "(i) ||Delta||_inf^2 <= k delta^2 ||beta||_2^2 (beta k-sparse)", inf.pow(2),
          BigRational.of(k).multiply(delta.pow(2)).multiply(norm2Squared)));
      checks.add(Check.lessOrEqual(SPEC_ID,
          "(i) sharp: |Delta_i| <= ||A_TT - I||_2 ||beta||_2 <= delta ||beta||_2, T = supp(beta) + {i}"
              + " (squared, tightest i=" + argMax(deviation) + ")",
          inf.pow(2), delta.pow(2).multiply(norm2Squared)));
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "(ii) ||Delta||_inf <= delta ||beta||_1", inf,
        delta.multiply(norm1)));
    checks.add(Check.lessOrEqual(SPEC_ID, "(ii) step: max_{i,j} |(A - I)_ij| <= delta (part (i), beta = e_j)",
        entryMax, delta));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "(ii) step: ||Delta||_inf <= max_{i,j} |(A - I)_ij| ||beta||_1 (beta = sum_j beta_j e_j)",
        inf, entryMax.multiply(norm1)));
    return checks;
  }

  private static int argMax(BigRational[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i].abs().compareTo(v[best].abs()) > 0) {
        best = i;
      }
    }
    return best;
  }

  private static int support(BigRational[] v) {
    int count = 0;
    for (BigRational value : v) {
      count += value.isZero() ? 0 : 1;
    }
    return count;
  }
}
