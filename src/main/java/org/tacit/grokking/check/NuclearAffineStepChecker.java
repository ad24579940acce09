package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.AffineStepInstance;
import org.tacit.grokking.model.MatrixProducts;
import org.tacit.grokking.model.MatrixVec;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Eq-97 of the proof of Theorem C.40 ({@code TDR:eq-97}), decided exactly on one step:
 * <ul>
 *   <li>the subgradient is certified: {@code <H, A> = sum_i |d_i| = ||A||_*} (U, V orthogonal) and
 *       {@code (H^T H)^2 = H^T H} (so {@code ||H||_2 <= 1}): {@code H} is in {@code d||A||_*};</li>
 *   <li>the step as the implementation makes it, on the row-major parameter with the permuted
 *       design ({@link MatrixVec#designOnRowMajor}), {@code a_row - alpha (X_row^T (X_row a_row -
 *       y*) + beta h_row)}, mapped back to {@code vec}, equals the affine form
 *       {@code (I - alpha X^T X) a + alpha (X^T X a* + X^T xi) - beta alpha vec(H)};</li>
 *   <li>{@code g(A) = a^T X^T X a / 2 - (X^T X a* + X^T xi)^T a + ||X a* + xi||^2 / 2}.</li>
 * </ul>
 * Exact; O(N n^2).
 *
 * <p>Spec: {@code TDR:eq-97}.
 */
public final class NuclearAffineStepChecker extends TheoremChecker<AffineStepInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:eq-97";

  /** The checker. */
  public NuclearAffineStepChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(AffineStepInstance instance) {
    return instance.u().rows() + "x" + instance.v().rows() + ", N=" + instance.x().rows()
        + ", alpha=" + instance.alpha() + ", beta=" + instance.beta();
  }

  private static boolean isOrthogonal(RationalMatrix q) {
    return q.rows() == q.cols()
        && q.transpose().multiply(q).equals(RationalMatrix.identity(q.rows()));
  }

  private static BigRational trace(RationalMatrix m) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < Math.min(m.rows(), m.cols()); i++) {
      sum = sum.add(m.get(i, i));
    }
    return sum;
  }

  private static RationalMatrix column(BigRational[] v) {
    return RationalMatrix.column(v);
  }

  @Override
  protected List<Check> evaluate(AffineStepInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.u();
    RationalMatrix v = instance.v();
    RationalMatrix d = instance.d();
    int n1 = u.rows();
    int n2 = v.rows();
    int n = n1 * n2;
    boolean diagonal = d.rows() == n1 && d.cols() == n2;
    for (int i = 0; diagonal && i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        diagonal &= i == j || d.get(i, j).isZero();
      }
    }
    if (!hypotheses.require("U, V are square orthogonal", isOrthogonal(u) && isOrthogonal(v))
        || !hypotheses.require("D is n1 x n2 diagonal", diagonal)
        || !hypotheses.require("X has n1 n2 columns; a*, xi have matching lengths",
            instance.x().cols() == n && instance.groundTruthVec().rows() == n
                && instance.noise().rows() == instance.x().rows())) {
      return List.of();
    }
    BigRational[][] signs = new BigRational[n1][n2];
    BigRational nuclear = BigRational.ZERO;
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        signs[i][j] = i == j ? BigRational.of(d.get(i, j).signum()) : BigRational.ZERO;
      }
      if (i < n2) {
        nuclear = nuclear.add(d.get(i, i).abs());
      }
    }
    RationalMatrix a = u.multiply(d).multiply(v.transpose());
    RationalMatrix h = u.multiply(RationalMatrix.of(signs)).multiply(v.transpose());
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "<H, A> = sum |d_i| = ||A||_*",
        trace(h.transpose().multiply(a)), nuclear));
    RationalMatrix hth = h.transpose().multiply(h);
    checks.add(Check.equal(SPEC_ID, "#entries where (H^T H)^2 != H^T H (||H||_2 <= 1)",
        BigRational.of(MatrixProducts.differingEntries(hth.multiply(hth), hth)),
        BigRational.ZERO));
    RationalMatrix x = instance.x();
    RationalMatrix aStar = instance.groundTruthVec();
    RationalMatrix xi = instance.noise();
    RationalMatrix y = MatrixProducts.addScaled(x.multiply(aStar), BigRational.ONE, xi);
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    RationalMatrix xRow = MatrixVec.designOnRowMajor(x, n1, n2);
    RationalMatrix aRow = column(MatrixVec.rowMajor(a));
    RationalMatrix hRow = column(MatrixVec.rowMajor(h));
    RationalMatrix residual = MatrixProducts.addScaled(xRow.multiply(aRow), BigRational.MINUS_ONE,
        y);
    RationalMatrix direction = MatrixProducts.addScaled(xRow.transpose().multiply(residual), beta,
        hRow);
    RationalMatrix nextRow = MatrixProducts.addScaled(aRow, alpha.negate(), direction);
    BigRational[] nextRowEntries = new BigRational[n];
    for (int k = 0; k < n; k++) {
      nextRowEntries[k] = nextRow.get(k, 0);
    }
    RationalMatrix nextMatrix = RationalMatrix.of(rowsOf(nextRowEntries, n1, n2));
    RationalMatrix nextVec = MatrixVec.vec(nextMatrix);
    RationalMatrix vecA = MatrixVec.vec(a);
    RationalMatrix gram = x.transpose().multiply(x);
    RationalMatrix shift = MatrixProducts.addScaled(gram.multiply(aStar), BigRational.ONE,
        x.transpose().multiply(xi));
    RationalMatrix affine = MatrixProducts.addScaled(
        MatrixProducts.addScaled(vecA, alpha.negate(), gram.multiply(vecA)), alpha, shift);
    affine = MatrixProducts.addScaled(affine, beta.multiply(alpha).negate(), MatrixVec.vec(h));
    checks.add(Check.equal(SPEC_ID, "#entries where the row-major step != (I - alpha X^T X) a +"
        + " alpha (X^T X a* + X^T xi) - beta alpha vec(H)",
        BigRational.of(MatrixProducts.differingEntries(nextVec, affine)), BigRational.ZERO));
    RationalMatrix r = MatrixProducts.addScaled(x.multiply(vecA), BigRational.MINUS_ONE, y);
    BigRational g = half(r.transpose().multiply(r).get(0, 0));
    BigRational quadratic = half(vecA.transpose().multiply(gram).multiply(vecA).get(0, 0))
        .subtract(shift.transpose().multiply(vecA).get(0, 0))
        .add(half(y.transpose().multiply(y).get(0, 0)));
    checks.add(Check.equal(SPEC_ID, "g(A) = a^T X^T X a/2 - (X^T X a* + X^T xi)^T a + ||X a* +"
        + " xi||^2/2", g, quadratic));
    return checks;
  }

  private static BigRational half(BigRational value) {
    return value.divide(BigRational.TWO);
  }

  private static BigRational[][] rowsOf(BigRational[] rowMajor, int rows, int columns) {
    BigRational[][] out = new BigRational[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        out[i][j] = rowMajor[MatrixVec.rowMajorIndex(columns, i, j)];
      }
    }
    return out;
  }
}
