package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ColumnCoherence;
import org.tacit.grokking.model.RestrictedIsometryConstant;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Proposition G.3 (Rauhut 2010) with the coherences of Definition G.2 and the bound
 * {@code mu_1(A, s) <= s mu(A)} ({@code TDR:rem-G.1.2}), decided exactly for a rational matrix
 * {@code A in R^{m x n}} with unit-norm columns (Gram matrix {@code G = A^T A}, {@code G_ii = 1}).
 *
 * <p>Checks, exactly:
 *
 * <ul>
 *   <li>Definition G.2: {@code 0 <= mu(A) <= 1} (Cauchy-Schwarz); {@code mu(A)^2} equals the
 *       squared coherence {@code max_{i != j} <A_i, A_j>^2 / (||A_i||^2 ||A_j||^2)} computed from
 *       the columns; {@code mu_1(A, s)} by sorting each row equals the maximum over the printed
 *       sets {@code J subset [n] \ {i}}, enumerated.
 *   <li>Remark G.1.2: {@code mu_1(A, s) <= s mu(A)}.
 *   <li>{@code mu(A) = delta_2(A)} (for {@code n >= 2}): {@code mu I +- (G_JJ - I)} is PSD for
 *       every pair J (so {@code delta_2 <= mu}: the eigenvalues of {@code [[0, g], [g, 0]]} are
 *       {@code +-g}), and the 2-sparse witness {@code v = e_i + sign(G_ij) e_j} on a pair attaining
 *       mu has {@code |v^T (G - I) v| / v^T v = mu} (so {@code delta_2 >= mu}).
 *   <li>{@code mu_1(A, s) = max_{|J| <= s + 1} ||G_JJ - I||_{1->1}} (enumerating the sets of size
 *       {@code min(s + 1, n)}; smaller J give smaller column sums).
 *   <li>{@code delta_s(A) <= mu_1(A, s - 1)}: {@code mu_1(A, s - 1) I +- (G_JJ - I)} is PSD for
 *       every {@code |J| = s} (the proof: Gershgorin, {@code ||.||_2 <= ||.||_{1->1}} for
 *       symmetric matrices); and {@code mu_1(A, s - 1) <= (s - 1) mu(A)}.
 * </ul>
 *
 * <p>Cost: {@code O(n C(n, s + 1) s)} plus {@code 2 C(n, s)} exact {@code s x s} eliminations.
 *
 * <p>Spec: {@code TDR:prop-G.3}, {@code TDR:def-G.2}, {@code TDR:rem-G.1.2}.
 */
public final class CoherenceIsometryPropositionChecker extends TheoremChecker<SparseDesign> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:prop-G.3";

  /** The spec ID of the definitions of mu, mu_1. */
  public static final String DEFINITION_ID = "TDR:def-G.2";

  /** The spec ID of {@code mu_1(A, s) <= s mu(A)}. */
  public static final String ONE_COHERENCE_BOUND_ID = "TDR:rem-G.1.2";

  /** The checker (stateless). */
  public CoherenceIsometryPropositionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SparseDesign instance) {
    return "m=" + instance.a().rows() + ", n=" + instance.a().cols() + ", s=" + instance.s();
  }

  @Override
  protected List<Check> evaluate(SparseDesign instance, Hypotheses hypotheses) {
    int n = instance.a().cols();
    int s = instance.s();
    BigRational[][] gram = ColumnCoherence.gram(instance.a());
    if (!hypotheses.require("1 <= s <= n", n >= 1 && 1 <= s && s <= n)
        || !hypotheses.require("unit norm columns", ColumnCoherence.unitNormColumns(gram))) {
      return List.of();
    }
    BigRational mu = ColumnCoherence.mutualCoherence(gram);
    BigRational oneCoherence = ColumnCoherence.oneCoherence(gram, s);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(DEFINITION_ID, "mu(A) <= 1 (Cauchy-Schwarz)", mu,
        BigRational.ONE));
    checks.add(Check.equal(DEFINITION_ID,
        "mu_1(A, s) by sorted rows = max over the printed sets J (enumerated)", oneCoherence,
        ColumnCoherence.oneCoherenceByEnumeration(gram, s)));
    checks.add(Check.lessOrEqual(ONE_COHERENCE_BOUND_ID, "mu_1(A, s) <= s mu(A)", oneCoherence,
        BigRational.of(s).multiply(mu)));
    if (n >= 2) {
      checks.add(Check.equal(DEFINITION_ID,
          "mu(A)^2 = max_{i != j} <A_i, A_j>^2 / (||A_i||^2 ||A_j||^2)", mu.pow(2),
          offDiagonalSquaredCoherence(gram)));
      checks.add(Check.equal(SPEC_ID, "delta_2 <= mu: mu I +- (G_JJ - I) PSD on every pair (1 = yes)",
          BigRational.of(RestrictedIsometryConstant.boundsEverySupport(gram, 2, mu) ? 1 : 0),
          BigRational.ONE));
      checks.add(Check.equal(SPEC_ID,
          "delta_2 >= mu: |v^T (G - I) v| / v^T v = mu for v = e_i + sign(G_ij) e_j",
          RestrictedIsometryConstant.rayleighDeviation(gram, pairWitness(gram, mu)).abs(), mu));
    }
    checks.add(Check.equal(SPEC_ID, "mu_1(A, s) = max_{|J| <= s + 1} ||G_JJ - I||_{1->1}",
        oneCoherence, ColumnCoherence.maxOneToOneNorm(gram, Math.min(s + 1, n))));
    BigRational previous = ColumnCoherence.oneCoherence(gram, s - 1);
    checks.add(Check.equal(SPEC_ID,
        "delta_s <= mu_1(A, s - 1): mu_1(A, s - 1) I +- (G_JJ - I) PSD for every |J| = s (1 = yes)",
        BigRational.of(RestrictedIsometryConstant.boundsEverySupport(gram, s, previous) ? 1 : 0),
        BigRational.ONE));
    checks.add(Check.lessOrEqual(SPEC_ID, "mu_1(A, s - 1) <= (s - 1) mu(A)", previous,
        BigRational.of(s - 1).multiply(mu)));
    return checks;
  }

  private static BigRational offDiagonalSquaredCoherence(BigRational[][] gram) {
    BigRational best = BigRational.ZERO;
    for (int i = 0; i < gram.length; i++) {
      for (int j = 0; j < gram.length; j++) {
        if (i != j) {
          best = best.max(gram[i][j].pow(2).divide(gram[i][i].multiply(gram[j][j])));
        }
      }
    }
    return best;
  }

  /** {@code e_i + sign(G_ij) e_j} for the first pair with {@code |G_ij| = mu}. */
  private static BigRational[] pairWitness(BigRational[][] gram, BigRational mu) {
    int n = gram.length;
    BigRational[] v = new BigRational[n];
    Arrays.fill(v, BigRational.ZERO);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (gram[i][j].abs().equals(mu)) {
          v[i] = BigRational.ONE;
          v[j] = gram[i][j].signum() < 0 ? BigRational.MINUS_ONE : BigRational.ONE;
          return v;
        }
      }
    }
    v[0] = BigRational.ONE;
    return v;
  }
}
