package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.NuclearSubgradientInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.41, decided exactly for rational subgradients {@code H = U diag(h) V^T} of the
 * nuclear norm at {@code A = U diag(sigma) V^T}: {@code ||vec(H)||_p <= (n1 n2)^{1/p}}.
 * Certificate that {@code H in d||A||_*}: {@code <H, A> = sum sigma_i = ||A||_*} and
 * {@code ||H||_2 = max |h_i| <= 1} (U, V orthonormal). Proof steps checked:
 * {@code ||H e_j||_2^2 <= 1} for every column j, {@code max |H_ij| <= 1}; the statement for
 * {@code p = 1} ({@code ||vec H||_1 <= n1 n2}) and {@code p = 2} ({@code ||vec H||_2^2 <= n1 n2});
 * every {@code p > 0} follows from the entrywise bound. Also the tighter
 * {@code ||H||_F^2 <= min(n1, n2)} (inventory E38: rank H <= min(n1, n2) and {@code ||H||_2 <= 1}).
 * Cost: O(n1 n2 k) rational operations. Exact, no tolerance.
 *
 * <p>Spec: {@code TDR:lem-C.41}.
 */
public final class SubgradientEntrywiseLemmaChecker
    extends TheoremChecker<NuclearSubgradientInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.41";

  /** A checker of Lemma C.41. */
  public SubgradientEntrywiseLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(NuclearSubgradientInstance instance) {
    return instance.toString();
  }

  @Override
  protected List<Check> evaluate(NuclearSubgradientInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.left();
    RationalMatrix v = instance.right();
    int k = instance.singularValues().size();
    if (!hypotheses.require("U, V have k columns, len(h) = k", u.cols() == k && v.cols() == k
            && instance.subgradientDiagonal().size() == k)
        || !hypotheses.require("U^T U = I and V^T V = I", ExactMatrices.orthonormalColumns(u)
            && ExactMatrices.orthonormalColumns(v))
        || !hypotheses.require("sigma_i >= 0",
            instance.singularValues().stream().allMatch(x -> x.signum() >= 0))
        || !hypotheses.require("H in d||A||_*", instance.inSubdifferential())) {
      return List.of();
    }
    RationalMatrix a = instance.matrix();
    RationalMatrix h = instance.subgradient();
    int n1 = a.rows();
    int n2 = a.cols();
    BigRational nuclear = instance.singularValues().stream().reduce(BigRational.ZERO,
        BigRational::add);
    BigRational largestColumn = BigRational.ZERO;
    BigRational largestEntry = BigRational.ZERO;
    BigRational sumAbs = BigRational.ZERO;
    BigRational sumSquares = BigRational.ZERO;
    for (int j = 0; j < n2; j++) {
      BigRational column = BigRational.ZERO;
      for (int i = 0; i < n1; i++) {
        BigRational entry = h.get(i, j);
        column = column.add(entry.multiply(entry));
        largestEntry = largestEntry.max(entry.abs());
        sumAbs = sumAbs.add(entry.abs());
      }
      largestColumn = largestColumn.max(column);
      sumSquares = sumSquares.add(column);
    }
    BigRational size = BigRational.of((long) n1 * n2);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "certificate: <H, A> = ||A||_*", ExactMatrices.inner(h, a),
        nuclear));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof: max_j ||H e_j||_2^2 <= 1", largestColumn,
        BigRational.ONE));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof: max |H_ij| <= 1", largestEntry,
        BigRational.ONE));
    checks.add(Check.lessOrEqual(SPEC_ID, "p = 1: ||vec H||_1 <= n1 n2", sumAbs, size));
    checks.add(Check.lessOrEqual(SPEC_ID, "p = 2: ||vec H||_2^2 <= n1 n2", sumSquares, size));
    checks.add(Check.lessOrEqual(SPEC_ID, "tighter: ||H||_F^2 <= min(n1, n2)", sumSquares,
        BigRational.of(Math.min(n1, n2))));
    return checks;
  }
}
