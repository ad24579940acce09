package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.MatrixVec;
import org.tacit.grokking.model.MeasurementInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Matrix sensing and completion as compressed sensing ({@code TDR:rem-3.2.1}, with the change of
 * measurement basis of {@code TDR:rem-G.2.1.1}), decided exactly with the column-major
 * {@link MatrixVec#vec}:
 * <ul>
 *   <li>{@code vec(U Sigma V^T) = (V (x) U) vec(Sigma)}, {@code Phi = V (x) U},
 *       {@code Phi^T Phi = (V^T V) (x) (U^T U) = I_n}, {@code ||vec Sigma||_0 = r};</li>
 *   <li>sensing: {@code tr(X_i^T A*) = vec(X_i)^T vec(A*)} for each {@code i};</li>
 *   <li>completion: {@code x1_i^T A* x2_i = (x2_i (x) x1_i)^T vec(A*)}, and the rows of
 *       {@code X = X^(2) . X^(1)} (face-splitting) are {@code (x2_i (x) x1_i)^T}; with one-hot
 *       {@code x1 = e_l}, {@code x2 = e_c}: {@code y_i = A*_{lc}} (footnote 2);</li>
 *   <li>the row-major parameter of {@code NuclearNorm} (see {@link MatrixVec}): the permuted
 *       design gives the same measurements, {@code X_row a_row = X vec(A*)};</li>
 *   <li>{@code TDR:rem-G.2.1.1}: with {@code x1 = P1 e_l}, {@code x2 = P2 e_c} (columns of
 *       orthogonal matrices), {@code y_i = (P1^T A* P2)_{lc}}.</li>
 * </ul>
 * Each identity over many entries is one check counting mismatches (0 expected). Exact;
 * O(n^3) for {@code n = n1 n2} (the Kronecker products).
 *
 * <p>Spec: {@code TDR:rem-3.2.1}, {@code TDR:rem-G.2.1.1}.
 */
public final class MatrixMeasurementRemarkChecker extends TheoremChecker<MeasurementInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:rem-3.2.1";

  /** The spec ID of the change of basis of Appendix G.2.1. */
  public static final String BASIS_SPEC_ID = "TDR:rem-G.2.1.1";

  /** The checker. */
  public MatrixMeasurementRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MeasurementInstance instance) {
    return instance.u().rows() + "x" + instance.v().rows() + ", r=" + instance.rank()
        + ", sensing N=" + instance.sensing().size() + ", completion N="
        + instance.completionLeft().rows() + ", one-hot N=" + instance.observed().size();
  }

  private static boolean isOrthogonal(RationalMatrix q) {
    return q.rows() == q.cols()
        && q.transpose().multiply(q).equals(RationalMatrix.identity(q.rows()));
  }

  private static int countNonZero(RationalMatrix m) {
    int count = 0;
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        count += m.get(i, j).isZero() ? 0 : 1;
      }
    }
    return count;
  }

  private static boolean isDiagonal(RationalMatrix m) {
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        if (i != j && !m.get(i, j).isZero()) {
          return false;
        }
      }
    }
    return true;
  }

  private static BigRational scalar(RationalMatrix oneByOne) {
    return oneByOne.get(0, 0);
  }

  private static RationalMatrix rowOf(RationalMatrix m, int i) {
    return RationalMatrix.of(new BigRational[][] {m.row(i)});
  }

  @Override
  protected List<Check> evaluate(MeasurementInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.u();
    RationalMatrix v = instance.v();
    RationalMatrix sigma = instance.sigma();
    int n1 = u.rows();
    int n2 = v.rows();
    int n = n1 * n2;
    if (!hypotheses.require("U*, V* are square orthogonal (full SVD)",
            isOrthogonal(u) && isOrthogonal(v))
        || !hypotheses.require("Sigma* is n1 x n2 diagonal with r non-zero entries",
            sigma.rows() == n1 && sigma.cols() == n2 && isDiagonal(sigma)
                && countNonZero(sigma) == instance.rank())
        || !hypotheses.require("sensing matrices are n1 x n2", instance.sensing().stream()
            .allMatch(x -> x.rows() == n1 && x.cols() == n2))
        || !hypotheses.require("completion vectors have lengths n1 and n2",
            instance.completionLeft().cols() == n1 && instance.completionRight().cols() == n2
                && instance.completionLeft().rows() == instance.completionRight().rows())
        || !hypotheses.require("one-hot positions lie in [n1] x [n2]", instance.observed()
            .stream().allMatch(lc -> lc[0] >= 0 && lc[0] < n1 && lc[1] >= 0 && lc[1] < n2))
        || !hypotheses.require("P1, P2 are square orthogonal of sizes n1, n2",
            isOrthogonal(instance.p1()) && isOrthogonal(instance.p2())
                && instance.p1().rows() == n1 && instance.p2().rows() == n2)) {
      return List.of();
    }
    RationalMatrix aStar = instance.groundTruth();
    RationalMatrix vecA = MatrixVec.vec(aStar);
    RationalMatrix phi = MatrixProducts.kronecker(v, u);
    List<Check> checks = new ArrayList<>();
    checks.add(count(SPEC_ID, "vec(U* Sigma* V*^T) = (V* (x) U*) vec(Sigma*)",
        MatrixProducts.differingEntries(vecA, phi.multiply(MatrixVec.vec(sigma)))));
    RationalMatrix gram = phi.transpose().multiply(phi);
    checks.add(count(SPEC_ID, "Phi^T Phi = (V*^T V*) (x) (U*^T U*)", MatrixProducts
        .differingEntries(gram, MatrixProducts.kronecker(v.transpose().multiply(v),
            u.transpose().multiply(u)))));
    checks.add(count(SPEC_ID, "Phi^T Phi = I_n",
        MatrixProducts.differingEntries(gram, RationalMatrix.identity(n))));
    checks.add(Check.equal(SPEC_ID, "||vec(Sigma*)||_0 = r",
        BigRational.of(countNonZero(MatrixVec.vec(sigma))), BigRational.of(instance.rank())));
    int sensingMismatches = 0;
    BigRational[][] sensingRows = new BigRational[instance.sensing().size()][];
    for (int i = 0; i < instance.sensing().size(); i++) {
      RationalMatrix x = instance.sensing().get(i);
      RationalMatrix vecX = MatrixVec.vec(x);
      BigRational trace = BigRational.ZERO;
      RationalMatrix product = x.transpose().multiply(aStar);
      for (int k = 0; k < n2; k++) {
        trace = trace.add(product.get(k, k));
      }
      sensingMismatches += trace.equals(scalar(vecX.transpose().multiply(vecA))) ? 0 : 1;
      sensingRows[i] = vecX.transpose().row(0);
    }
    checks.add(count(SPEC_ID, "sensing: tr(X_i^T A*) = vec(X_i)^T vec(A*)", sensingMismatches));
    RationalMatrix left = instance.completionLeft();
    RationalMatrix right = instance.completionRight();
    RationalMatrix completionDesign = MatrixProducts.faceSplitting(right, left);
    int bilinearMismatches = 0;
    int rowMismatches = 0;
    for (int i = 0; i < left.rows(); i++) {
      RationalMatrix x1 = rowOf(left, i);
      RationalMatrix x2 = rowOf(right, i);
      RationalMatrix kron = MatrixProducts.kronecker(x2, x1);
      BigRational bilinear = scalar(x1.multiply(aStar).multiply(x2.transpose()));
      bilinearMismatches += bilinear.equals(scalar(kron.multiply(vecA))) ? 0 : 1;
      rowMismatches += MatrixProducts.differingEntries(rowOf(completionDesign, i), kron);
    }
    checks.add(count(SPEC_ID, "completion: x1_i^T A* x2_i = (x2_i (x) x1_i)^T vec(A*)",
        bilinearMismatches));
    checks.add(count(SPEC_ID, "completion: row i of X^(2) . X^(1) = (x2_i (x) x1_i)^T",
        rowMismatches));
    int oneHotMismatches = 0;
    int basisMismatches = 0;
    RationalMatrix rotated = instance.p1().transpose().multiply(aStar).multiply(instance.p2());
    for (int[] lc : instance.observed()) {
      RationalMatrix el = rowOf(RationalMatrix.identity(n1), lc[0]);
      RationalMatrix ec = rowOf(RationalMatrix.identity(n2), lc[1]);
      BigRational selected = scalar(MatrixProducts.faceSplitting(ec, el).multiply(vecA));
      oneHotMismatches += selected.equals(aStar.get(lc[0], lc[1])) ? 0 : 1;
      RationalMatrix x1 = instance.p1().multiply(el.transpose()).transpose();
      RationalMatrix x2 = instance.p2().multiply(ec.transpose()).transpose();
      BigRational measured = scalar(MatrixProducts.faceSplitting(x2, x1).multiply(vecA));
      basisMismatches += measured.equals(rotated.get(lc[0], lc[1])) ? 0 : 1;
    }
    checks.add(count(SPEC_ID, "one-hot rows: (e_c (x) e_l)^T vec(A*) = A*_lc",
        oneHotMismatches));
    checks.add(count(BASIS_SPEC_ID, "x1 = P1 e_l, x2 = P2 e_c: (x2 (x) x1)^T vec(A*) ="
        + " (P1^T A* P2)_lc", basisMismatches));
    if (sensingRows.length > 0) {
      RationalMatrix sensingDesign = RationalMatrix.of(sensingRows);
      RationalMatrix onRowMajor = MatrixVec.designOnRowMajor(sensingDesign, n1, n2);
      BigRational[] byRow = onRowMajor.multiply(MatrixVec.rowMajor(aStar));
      RationalMatrix byVec = sensingDesign.multiply(vecA);
      int mapMismatches = 0;
      for (int i = 0; i < byRow.length; i++) {
        mapMismatches += byRow[i].equals(byVec.get(i, 0)) ? 0 : 1;
      }
      checks.add(count(SPEC_ID, "row-major parameter: X_row a_row = X vec(A*)", mapMismatches));
    }
    return checks;
  }

  private static Check count(String specId, String label, int mismatches) {
    return Check.equal(specId, "#mismatches of " + label + " = 0", BigRational.of(mismatches),
        BigRational.ZERO);
  }
}
