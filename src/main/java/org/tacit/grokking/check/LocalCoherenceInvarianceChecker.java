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
 * TDR Definition G.10 with eq-123 and eq-124: the generalized local coherences
 * {@code mu_i(A) = (n1/r)||U^T u_i||^2}, {@code nu_j(A) = (n2/r)||V^T v_j||^2} with respect to
 * orthonormal bases {@code u_i = P1 e_i}, {@code v_j = P2 e_j} equal the standard local coherences
 * of {@code A~ = P1^T A P2}, decided exactly.
 *
 * <p>Checks, exactly: {@code A~ = P1^T U Sigma (P2^T V)^T} (the factorization of eq-124, with
 * {@code U~ = P1^T U}, {@code V~ = P2^T V} orthonormal); eq-123 from U and the basis equals the
 * standard coherences of {@code A~} computed from {@code A~} alone (diagonal of its column-space
 * projector, no SVD), for rows and columns; {@code sum_i mu_i = n1} in the new basis (Parseval).
 * Cost: O(n^3) rational operations.
 *
 * <p>Spec: {@code TDR:eq-124}, {@code TDR:def-G.10}, {@code TDR:eq-123}.
 */
public final class LocalCoherenceInvarianceChecker extends TheoremChecker<LowRankInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:eq-124";

  /** The spec ID of the definition. */
  public static final String DEFINITION_ID = "TDR:def-G.10";

  /** The spec ID of the formulas (123). */
  public static final String FORMULA_ID = "TDR:eq-123";

  /** The checker (stateless). */
  public LocalCoherenceInvarianceChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LowRankInstance instance) {
    return "n1=" + instance.u().rows() + ", n2=" + instance.v().rows() + ", r="
        + instance.sigma().length + ", orthogonal P1, P2";
  }

  @Override
  protected List<Check> evaluate(LowRankInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.u();
    RationalMatrix v = instance.v();
    RationalMatrix p1 = instance.p1();
    RationalMatrix p2 = instance.p2();
    int r = instance.sigma().length;
    int n1 = u.rows();
    int n2 = v.rows();
    if (!hypotheses.require("U, V have r >= 1 columns", r >= 1 && u.cols() == r && v.cols() == r)
        || !hypotheses.require("U^T U = I_r", LocalCoherence.orthonormalColumns(u))
        || !hypotheses.require("V^T V = I_r", LocalCoherence.orthonormalColumns(v))
        || !hypotheses.require("P1, P2 orthogonal", p1.rows() == n1 && p2.rows() == n2
            && LocalCoherence.orthonormalColumns(p1) && LocalCoherence.orthonormalColumns(p2))) {
      return List.of();
    }
    RationalMatrix a = instance.matrix();
    RationalMatrix rotated = p1.transpose().multiply(a).multiply(p2);
    LowRankInstance tilde = new LowRankInstance(p1.transpose().multiply(u), instance.sigma(),
        p2.transpose().multiply(v), p1, p2);
    BigRational[] mu = LocalCoherence.coherences(LocalCoherence.leverageScores(u, p1), n1, r);
    BigRational[] nu = LocalCoherence.coherences(LocalCoherence.leverageScores(v, p2), n2, r);
    BigRational[] muTilde = LocalCoherence.coherences(
        LocalCoherence.diagonal(LocalCoherence.columnSpaceProjector(rotated)), n1, r);
    BigRational[] nuTilde = LocalCoherence.coherences(
        LocalCoherence.diagonal(LocalCoherence.columnSpaceProjector(rotated.transpose())), n2, r);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "A~ = P1^T A P2 = (P1^T U) Sigma (P2^T V)^T (1 = equal)",
        BigRational.of(rotated.equals(tilde.matrix()) ? 1 : 0), BigRational.ONE));
    checks.add(Check.equal(SPEC_ID, "sum_i |mu_i(A) (basis P1) - mu_i(A~) (from A~ alone)| = 0",
        LocalCoherence.distance(mu, muTilde), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "sum_j |nu_j(A) (basis P2) - nu_j(A~) (from A~ alone)| = 0",
        LocalCoherence.distance(nu, nuTilde), BigRational.ZERO));
    checks.add(Check.equal(FORMULA_ID, "sum_i (n1/r)||U^T u_i||^2 = n1 (orthonormal u_i)",
        LocalCoherence.sum(mu), BigRational.of(n1)));
    checks.add(Check.equal(DEFINITION_ID, "sum_j (n2/r)||V^T v_j||^2 = n2 (orthonormal v_j)",
        LocalCoherence.sum(nu), BigRational.of(n2)));
    return checks;
  }
}
