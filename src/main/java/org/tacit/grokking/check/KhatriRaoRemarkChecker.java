package org.tacit.grokking.check;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The Khatri-Rao identity of Appendix B ({@code TDR:rem-B.3}), decided exactly: for {@code A}
 * ({@code m x n}) and {@code B} ({@code p x n}), the column-wise Kronecker product
 * ({@link MatrixProducts#khatriRao}, column {@code i} = {@code A_{:,i} (x) B_{:,i}}) equals
 * {@code (A (x) 1_p) (.) (1_m (x) B)}. The check counts differing entries (0 expected). Exact;
 * O(m p n).
 *
 * <p>Spec: {@code TDR:rem-B.3}.
 */
public final class KhatriRaoRemarkChecker extends TheoremChecker<ProductInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:rem-B.3";

  /** The checker. */
  public KhatriRaoRemarkChecker() {
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
    if (!hypotheses.require("A and B have the same number of columns", a.cols() == b.cols())) {
      return List.of();
    }
    RationalMatrix columnWise = MatrixProducts.khatriRao(a, b);
    RationalMatrix identity = MatrixProducts.hadamard(
        MatrixProducts.kronecker(a, MatrixProducts.onesColumn(b.rows())),
        MatrixProducts.kronecker(MatrixProducts.onesColumn(a.rows()), b));
    return List.of(Check.equal(SPEC_ID, "#entries where A * B != (A (x) 1_p) (.) (1_m (x) B)",
        BigRational.of(MatrixProducts.differingEntries(columnWise, identity)), BigRational.ZERO));
  }
}
