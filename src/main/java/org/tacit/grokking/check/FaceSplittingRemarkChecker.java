package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The face-splitting identities of Appendix B ({@code TDR:rem-B.4}), decided exactly: for
 * {@code A} ({@code m x n}) and {@code B} ({@code m x p}), the row-wise Kronecker product
 * ({@link MatrixProducts#faceSplitting}, row {@code i} = {@code A_{i,:} (x) B_{i,:}}) equals
 * {@code (A^T * B^T)^T} and {@code (A (x) 1_p^T) (.) (1_n^T (x) B)}; and the mixed-product rule
 * the completion design relies on, {@code (A . B)(C (x) D) = (AC) . (BD)} for {@code C}
 * ({@code n x k}), {@code D} ({@code p x l}) (so that a completion row {@code (x2 (x) x1)^T}
 * composes with a change of basis {@code V2 (x) V1}, {@code TDR:rem-G.2.1.1}). Each check counts
 * differing entries (0 expected). Exact; O(m n p k l).
 *
 * <p>Spec: {@code TDR:rem-B.4}.
 */
public final class FaceSplittingRemarkChecker extends TheoremChecker<ProductInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:rem-B.4";

  /** The checker. */
  public FaceSplittingRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(ProductInstance instance) {
    return instance.shapes();
  }

  @Override
  protected List<Check> evaluate(ProductInstance instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.a();
    RationalMatrix b = instance.b();
    RationalMatrix c = instance.c();
    RationalMatrix d = instance.d();
    if (!hypotheses.require("A and B have the same number of rows", a.rows() == b.rows())
        || !hypotheses.require("C has as many rows as A has columns, D as B has columns",
            c.rows() == a.cols() && d.rows() == b.cols())) {
      return List.of();
    }
    RationalMatrix rowWise = MatrixProducts.faceSplitting(a, b);
    List<Check> checks = new ArrayList<>();
    RationalMatrix viaKhatriRao = MatrixProducts.khatriRao(a.transpose(), b.transpose())
        .transpose();
    checks.add(Check.equal(SPEC_ID, "#entries where A . B != (A^T * B^T)^T",
        BigRational.of(MatrixProducts.differingEntries(rowWise, viaKhatriRao)), BigRational.ZERO));
    RationalMatrix viaHadamard = MatrixProducts.hadamard(
        MatrixProducts.kronecker(a, MatrixProducts.onesRow(b.cols())),
        MatrixProducts.kronecker(MatrixProducts.onesRow(a.cols()), b));
    checks.add(Check.equal(SPEC_ID, "#entries where A . B != (A (x) 1_p^T) (.) (1_n^T (x) B)",
        BigRational.of(MatrixProducts.differingEntries(rowWise, viaHadamard)), BigRational.ZERO));
    RationalMatrix left = rowWise.multiply(MatrixProducts.kronecker(c, d));
    RationalMatrix right = MatrixProducts.faceSplitting(a.multiply(c), b.multiply(d));
    checks.add(Check.equal(SPEC_ID, "#entries where (A . B)(C (x) D) != (AC) . (BD)",
        BigRational.of(MatrixProducts.differingEntries(left, right)), BigRational.ZERO));
    return checks;
  }
}
