package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.SharedBasisInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.43, decided exactly: {@code A = U Sigma V^T} ({@code Sigma = diag(sigma)},
 * {@code sigma_i > 0}, so {@code H(A) = U V^T}), {@code A* = U B V^T},
 * {@code sigma_max(B) < sigma_min(A)}; claim {@code H(A - A*) = H(A)}.
 *
 * <p>Decision without an SVD: {@code A - A* = H P} with {@code H = U V^T} and
 * {@code P = H^T (A - A*) = V (Sigma - B) V^T}. If {@code H(A - A*) = H} then
 * {@code P = H^T H |A - A*| = |A - A*|} (the row space of {@code A - A*} lies in span V), so P
 * is symmetric; conversely if P is symmetric it is positive definite on span V (as
 * {@code x^T (Sigma - B) x >= (sigma_min - sigma_max(B)) ||x||^2 > 0}) and {@code H P} is the
 * polar decomposition, so {@code H(A - A*) = H}. Hence the claim holds iff {@code Sigma - B}
 * is symmetric, i.e. iff {@code B = B^T}.
 * <ul>
 *   <li>{@link StatementForm#PRINTED}: hypotheses as printed; the check
 *       {@code ||P - P^T||_F^2 = 0} fails whenever B is not symmetric (erratum E5);
 *   <li>{@link StatementForm#CORRECTED}: the extra hypothesis {@code B = B^T} (e.g. B diagonal:
 *       shared singular directions, the remark before the lemma).
 * </ul>
 * Checks: {@code A - A* = H P}; {@code ||P - P^T||_F^2 = 0}; {@code Sigma - B} positive definite
 * (smallest leading principal minor {@code > 0}, Sylvester). The hypothesis
 * {@code sigma_max(B) < sigma_min(A)} is decided exactly as {@code sigma_min^2 I - B^T B}
 * positive definite. Cost: O(n^3 + k^4) rational operations.
 *
 * <p>Spec: {@code TDR:lem-C.43}, {@code TDR:rem-C.6.2}.
 */
public final class SharedSingularBasisLemmaChecker extends TheoremChecker<SharedBasisInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.43";

  /** Label of the symmetry check that decides the claim. */
  public static final String SYMMETRIC =
      "H(A - A*) = H(A) iff P = H(A)^T (A - A*) is symmetric: ||P - P^T||_F^2 = 0";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public SharedSingularBasisLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public SharedSingularBasisLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SharedBasisInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(SharedBasisInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.left();
    RationalMatrix v = instance.right();
    RationalMatrix b = instance.core();
    int k = instance.singularValues().size();
    if (!hypotheses.require("U, V have k columns and B is k x k", u.cols() == k && v.cols() == k
            && b.rows() == k && b.cols() == k)
        || !hypotheses.require("U^T U = I and V^T V = I", ExactMatrices.orthonormalColumns(u)
            && ExactMatrices.orthonormalColumns(v))
        || !hypotheses.require("sigma_i > 0",
            instance.singularValues().stream().allMatch(x -> x.signum() > 0))) {
      return List.of();
    }
    BigRational sigmaMin = instance.singularValues().stream().reduce(BigRational::min)
        .orElseThrow();
    RationalMatrix gap = ExactMatrices.combination(
        ExactMatrices.combination(RationalMatrix.zero(k, k), sigmaMin.multiply(sigmaMin),
            RationalMatrix.identity(k)),
        BigRational.MINUS_ONE, b.transpose().multiply(b));
    if (!hypotheses.require("sigma_max(B) < sigma_min(A)",
            ExactMatrices.smallestLeadingMinor(gap).signum() > 0)
        || (form == StatementForm.CORRECTED
            && !hypotheses.require("B = B^T (Sigma - B symmetric)", b.transpose().equals(b)))) {
      return List.of();
    }
    RationalMatrix difference = ExactMatrices.combination(instance.matrix(), BigRational.MINUS_ONE,
        instance.target());
    RationalMatrix polar = u.multiply(v.transpose());
    RationalMatrix p = polar.transpose().multiply(difference);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "A - A* = H(A) P: ||A - A* - H(A) P||_F^2 = 0",
        ExactMatrices.squaredDistance(difference, polar.multiply(p)), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, SYMMETRIC, ExactMatrices.squaredDistance(p, p.transpose()),
        BigRational.ZERO));
    checks.add(Check.less(SPEC_ID, "Sigma - B positive definite: smallest leading minor > 0",
        BigRational.ZERO, ExactMatrices.smallestLeadingMinor(instance.coreDifference())));
    return checks;
  }
}
