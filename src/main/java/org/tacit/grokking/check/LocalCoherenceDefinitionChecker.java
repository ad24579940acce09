package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.LocalCoherence;
import org.tacit.grokking.model.LowRankInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Definition G.9 / eq-122 (local coherences {@code mu_i(A) = (n1/r)||U^T e_i||^2 =
 * (n1/r)||U_{i,:}||^2}, {@code nu_j(A) = (n2/r)||V^T e_j||^2}), Definition G.8 (subspace coherence
 * {@code 1 <= mu(U) <= n/r}) and the bound after Definition G.10 ({@code TDR:rem-G.2.2.1}:
 * {@code |[U V^T]_ij| <= ||U_{i,:}|| ||V_{j,:}|| = (r/sqrt(n1 n2)) sqrt(mu_i nu_j) <=
 * (r/sqrt(n1 n2)) mu_0}, so {@code mu_1 = mu_0 sqrt(r)} is admissible), decided exactly for a
 * rational compact SVD.
 *
 * <p>Checks, exactly: {@code rank A = r}; the leverage scores from the factor U equal the diagonal
 * of the column-space projector of A computed from A alone (so {@code mu_i} does not depend on
 * the choice of SVD, and {@code ||U U^T e_i||^2 = ||U^T e_i||^2}); the same for V and
 * {@code A^T}; {@code sum_i mu_i = n1}, {@code sum_j nu_j = n2} (trace of a rank-r projector);
 * {@code 0 <= mu_i <= n1/r}; {@code 1 <= mu(U) = max_i mu_i <= n1/r} and likewise for V (the
 * lower end from the sum, the upper from {@code ||P e_i|| <= 1}); and, squared,
 * {@code max_ij ([U V^T]_ij^2 - ||U_i||^2 ||V_j||^2) <= 0},
 * {@code ||U_i||^2 ||V_j||^2 = r^2 mu_i nu_j/(n1 n2)} and
 * {@code max_ij [U V^T]_ij^2 <= (mu_0 sqrt r)^2 r/(n1 n2)}. Cost: O(n^3) rational operations.
 *
 * <p>Spec: {@code TDR:def-G.9}, {@code TDR:eq-122}, {@code TDR:def-G.8},
 * {@code TDR:rem-G.2.2.1}.
 */
public final class LocalCoherenceDefinitionChecker extends TheoremChecker<LowRankInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:def-G.9";

  /** The spec ID of the formulas (122). */
  public static final String FORMULA_ID = "TDR:eq-122";

  /** The spec ID of the subspace coherence. */
  public static final String SUBSPACE_ID = "TDR:def-G.8";

  /** The spec ID of the mu_0, mu_1 bound. */
  public static final String BOUND_ID = "TDR:rem-G.2.2.1";

  /** The checker (stateless). */
  public LocalCoherenceDefinitionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LowRankInstance instance) {
    return "n1=" + instance.u().rows() + ", n2=" + instance.v().rows() + ", r="
        + instance.sigma().length;
  }

  @Override
  protected List<Check> evaluate(LowRankInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.u();
    RationalMatrix v = instance.v();
    BigRational[] sigma = instance.sigma();
    int r = sigma.length;
    if (!hypotheses.require("U, V have r >= 1 columns", r >= 1 && u.cols() == r && v.cols() == r)
        || !hypotheses.require("U^T U = I_r", LocalCoherence.orthonormalColumns(u))
        || !hypotheses.require("V^T V = I_r", LocalCoherence.orthonormalColumns(v))
        || !hypotheses.require("Sigma positive diagonal", positive(sigma))) {
      return List.of();
    }
    int n1 = u.rows();
    int n2 = v.rows();
    RationalMatrix a = instance.matrix();
    BigRational[] rowScores = LocalCoherence.leverageScores(u, RationalMatrix.identity(n1));
    BigRational[] columnScores = LocalCoherence.leverageScores(v, RationalMatrix.identity(n2));
    BigRational[] mu = LocalCoherence.coherences(rowScores, n1, r);
    BigRational[] nu = LocalCoherence.coherences(columnScores, n2, r);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "rank A = r", BigRational.of(a.rank()), BigRational.of(r)));
    checks.add(Check.equal(FORMULA_ID,
        "sum_i | ||U_{i,:}||^2 - (P_col(A))_ii | = 0 (U U^T from A alone)",
        LocalCoherence.distance(rowScores,
            LocalCoherence.diagonal(LocalCoherence.columnSpaceProjector(a))), BigRational.ZERO));
    checks.add(Check.equal(FORMULA_ID,
        "sum_j | ||V_{j,:}||^2 - (P_col(A^T))_jj | = 0 (V V^T from A alone)",
        LocalCoherence.distance(columnScores,
            LocalCoherence.diagonal(LocalCoherence.columnSpaceProjector(a.transpose()))),
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "sum_i mu_i(A) = n1", LocalCoherence.sum(mu),
        BigRational.of(n1)));
    checks.add(Check.equal(SPEC_ID, "sum_j nu_j(A) = n2", LocalCoherence.sum(nu),
        BigRational.of(n2)));
    BigRational muMax = LocalCoherence.max(mu);
    BigRational nuMax = LocalCoherence.max(nu);
    checks.add(Check.lessOrEqual(SUBSPACE_ID, "1 <= mu(U) = max_i mu_i", BigRational.ONE, muMax));
    checks.add(Check.lessOrEqual(SUBSPACE_ID, "mu(U) <= n1/r", muMax, BigRational.of(n1, r)));
    checks.add(Check.lessOrEqual(SUBSPACE_ID, "1 <= mu(V) = max_j nu_j", BigRational.ONE, nuMax));
    checks.add(Check.lessOrEqual(SUBSPACE_ID, "mu(V) <= n2/r", nuMax, BigRational.of(n2, r)));
    RationalMatrix product = u.multiply(v.transpose());
    BigRational cauchySchwarz =
        product.get(0, 0).pow(2).subtract(rowScores[0].multiply(columnScores[0]));
    BigRational identity = BigRational.ZERO;
    BigRational largest = BigRational.ZERO;
    BigRational scale = BigRational.of((long) r * r, (long) n1 * n2);
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        BigRational entry = product.get(i, j).pow(2);
        BigRational bound = rowScores[i].multiply(columnScores[j]);
        BigRational gap = entry.subtract(bound);
        cauchySchwarz = cauchySchwarz.max(gap);
        identity = identity.add(bound.subtract(scale.multiply(mu[i]).multiply(nu[j])).abs());
        largest = largest.max(entry);
      }
    }
    checks.add(Check.lessOrEqual(BOUND_ID,
        "max_ij ([U V^T]_ij^2 - ||U_i||^2 ||V_j||^2) <= 0 (Cauchy-Schwarz)",
        cauchySchwarz, BigRational.ZERO));
    checks.add(Check.equal(BOUND_ID,
        "sum_ij | ||U_i||^2 ||V_j||^2 - r^2 mu_i nu_j/(n1 n2) | = 0", identity, BigRational.ZERO));
    BigRational mu0 = muMax.max(nuMax);
    checks.add(Check.lessOrEqual(BOUND_ID,
        "max_ij [U V^T]_ij^2 <= (mu_0 sqrt r)^2 r/(n1 n2) (mu_1 = mu_0 sqrt r)", largest,
        mu0.pow(2).multiply(BigRational.of(r)).multiply(BigRational.of(r, (long) n1 * n2))));
    return checks;
  }

  private static boolean positive(BigRational[] sigma) {
    for (BigRational s : sigma) {
      if (s.signum() <= 0) {
        return false;
      }
    }
    return true;
  }
}
