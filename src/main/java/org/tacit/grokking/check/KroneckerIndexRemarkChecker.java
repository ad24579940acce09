package org.tacit.grokking.check;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The Kronecker index formula of Appendix B ({@code TDR:rem-B.2}), decided exactly: for
 * {@code A} ({@code m x n}), {@code B} ({@code p x q}) and every {@code 0 <= r < m},
 * {@code 0 <= v < p}, {@code 0 <= s < n}, {@code 0 <= w < q}, the entry of {@code A (x) B} (built
 * block by block, {@link MatrixProducts#kronecker}) at row {@code p r + v} ({@link
 * StatementForm#CORRECTED}) or at the printed row {@code p r + v s} ({@link StatementForm#PRINTED},
 * erratum E29), column {@code q s + w}, equals {@code A_rs B_vw}. The check counts the index
 * tuples where it does not (an out-of-range printed index counts as a mismatch): 0 expected.
 * Exact; O(m n p q).
 *
 * <p>Spec: {@code TDR:rem-B.2}.
 */
public final class KroneckerIndexRemarkChecker extends TheoremChecker<ProductInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:rem-B.2";

  private final StatementForm form;

  /** The corrected form (registered). */
  public KroneckerIndexRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form: {@code PRINTED} uses the row index {@code p r + v s}. */
  public KroneckerIndexRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ProductInstance instance) {
    return form + ": " + instance.shapes();
  }

  @Override
  protected List<Check> evaluate(ProductInstance instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.a();
    RationalMatrix b = instance.b();
    if (!hypotheses.require("A, B have at least one row and one column",
        a.rows() >= 1 && a.cols() >= 1 && b.rows() >= 1 && b.cols() >= 1)) {
      return List.of();
    }
    RationalMatrix k = MatrixProducts.kronecker(a, b);
    int p = b.rows();
    int q = b.cols();
    long mismatches = 0;
    for (int r = 0; r < a.rows(); r++) {
      for (int s = 0; s < a.cols(); s++) {
        for (int v = 0; v < p; v++) {
          for (int w = 0; w < q; w++) {
            int row = form == StatementForm.CORRECTED ? MatrixProducts.kroneckerRow(p, r, v)
                : MatrixProducts.printedKroneckerRow(p, r, v, s);
            int column = MatrixProducts.kroneckerColumn(q, s, w);
            BigRational expected = a.get(r, s).multiply(b.get(v, w));
            if (row >= k.rows() || !k.get(row, column).equals(expected)) {
              mismatches++;
            }
          }
        }
      }
    }
    String index = form == StatementForm.CORRECTED ? "pr+v" : "pr+vs";
    return List.of(Check.equal(SPEC_ID, "#{(r,s,v,w) : (A (x) B)_{" + index + ", qs+w} != A_rs"
        + " B_vw} = 0", BigRational.of(mismatches), BigRational.ZERO));
  }
}
