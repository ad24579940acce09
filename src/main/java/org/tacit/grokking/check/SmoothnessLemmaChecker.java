package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.CertifiedSpectrum;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.RationalSquareRoots;
import org.tacit.grokking.model.SmoothnessInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.4 ({@code ||grad g(x)||^2 <= 2 L g(x)} for a nonnegative L-smooth g) with the
 * smoothness facts of Definition C.3, decided exactly on {@code g = ||X a - y||^2/2} with rational
 * data, for the smoothness constant built from the entrywise Hessian bound
 * {@code L2 = max |[X^T X]_ij|} as in Theorems C.14-C.16.
 *
 * <p>{@link StatementForm#CORRECTED}: {@code L = p L2} (Gershgorin: {@code lambda_max <= p L2}) and
 * the cocoercivity {@code (grad g(z) - grad g(x))^T (z - x) >= ||grad g(z) - grad g(x)||^2 / L}.
 * {@link StatementForm#PRINTED}: {@code L = sqrt(p) L2} (a certified rational upper bound of
 * {@code sqrt(p)} when p is not a square; erratum E12) and the printed sign
 * {@code (grad g(z) - grad g(x))^T (x - z) >= ...} (erratum E18). Checks (exact): {@code L I -
 * X^T X} PSD (def-C.3, {@code lambda_max(Hess g) <= L}, by {@link
 * CertifiedSpectrum#isPositiveSemidefinite}); Lipschitz gradient, descent lemma and cocoercivity
 * at (x, z); Lemma C.4 at x and z; its proof step at {@code y = x - grad g(x)/L}:
 * {@code 0 <= g(y) <= g(x) - ||grad g(x)||^2/(2L)}. Cost: O(N p^2 + p^3) exact operations.
 *
 * <p>Spec: {@code TDR:lem-C.4}, {@code TDR:def-C.3}.
 */
public final class SmoothnessLemmaChecker extends TheoremChecker<SmoothnessInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.4";
  /** Definition C.3. */
  public static final String DEFINITION = "TDR:def-C.3";

  private final StatementForm form;

  /** The checker with {@code L = p L2} and the correct cocoercivity sign. */
  public SmoothnessLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public SmoothnessLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SmoothnessInstance instance) {
    RationalLeastSquares g = instance.loss();
    return "X " + g.design().rows() + "x" + g.dimension() + "=" + g.design() + ", y="
        + Arrays.toString(g.targets()) + ", x=" + Arrays.toString(instance.x()) + ", z="
        + Arrays.toString(instance.z()) + (form == StatementForm.PRINTED ? " (printed)" : "");
  }

  /** The smoothness constant of this form. */
  public BigRational smoothnessConstant(RationalLeastSquares g) {
    BigRational l2 = g.entrywiseHessianBound();
    BigRational p = BigRational.of(g.dimension());
    return form == StatementForm.PRINTED ? RationalSquareRoots.upper(p, 30).multiply(l2)
        : p.multiply(l2);
  }

  @Override
  protected List<Check> evaluate(SmoothnessInstance instance, Hypotheses hypotheses) {
    RationalLeastSquares g = instance.loss();
    int p = g.dimension();
    if (!hypotheses.require("x, z in R^p", instance.x().length == p && instance.z().length == p)
        || !hypotheses.require("Hess g != 0 (L > 0)", g.entrywiseHessianBound().signum() > 0)) {
      return List.of();
    }
    BigRational l = smoothnessConstant(g);
    BigRational[] x = instance.x();
    BigRational[] z = instance.z();
    BigRational[] gx = g.gradient(x);
    BigRational[] gz = g.gradient(z);
    BigRational[] dz = subtract(z, x);
    BigRational[] dg = subtract(gz, gx);
    BigRational gxValue = g.value(x);
    BigRational gradSq = RationalVectors.dot(gx, gx);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(DEFINITION, "L I - Hess g is PSD (lambda_max(Hess g) <= L), 1 = yes",
        BigRational.of(CertifiedSpectrum.isPositiveSemidefinite(
            CertifiedSpectrum.complement(g.hessian(), l)) ? 1 : 0), BigRational.ONE));
    checks.add(Check.lessOrEqual(DEFINITION, "||grad g(z) - grad g(x)||^2 <= L^2 ||z - x||^2",
        RationalVectors.dot(dg, dg), l.pow(2).multiply(RationalVectors.dot(dz, dz))));
    checks.add(Check.lessOrEqual(DEFINITION,
        "descent lemma: g(z) <= g(x) + (z - x)^T grad g(x) + L/2 ||z - x||^2", g.value(z),
        gxValue.add(RationalVectors.dot(dz, gx)).add(l.divide(BigRational.TWO)
            .multiply(RationalVectors.dot(dz, dz)))));
    BigRational[] direction = form == StatementForm.PRINTED ? subtract(x, z) : dz;
    checks.add(Check.lessOrEqual(DEFINITION, form == StatementForm.PRINTED
            ? "cocoercivity (printed): ||grad g(z) - grad g(x)||^2 / L <= (grad g(z) - grad g(x))^T"
                + " (x - z)"
            : "cocoercivity: ||grad g(z) - grad g(x)||^2 / L <= (grad g(z) - grad g(x))^T (z - x)",
        RationalVectors.dot(dg, dg).divide(l), RationalVectors.dot(dg, direction)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||grad g(x)||^2 <= 2 L g(x)", gradSq,
        BigRational.TWO.multiply(l).multiply(gxValue)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||grad g(z)||^2 <= 2 L g(z)",
        RationalVectors.dot(gz, gz), BigRational.TWO.multiply(l).multiply(g.value(z))));
    BigRational[] y = new BigRational[p];
    for (int i = 0; i < p; i++) {
      y[i] = x[i].subtract(gx[i].divide(l));
    }
    BigRational gy = g.value(y);
    checks.add(Check.lessOrEqual(SPEC_ID,
        "proof: g(x - grad g(x)/L) <= g(x) - ||grad g(x)||^2/(2L)",
        gy, gxValue.subtract(gradSq.divide(BigRational.TWO.multiply(l)))));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof: 0 <= g(x - grad g(x)/L)", BigRational.ZERO, gy));
    return checks;
  }

  private static BigRational[] subtract(BigRational[] u, BigRational[] v) {
    BigRational[] d = new BigRational[u.length];
    for (int i = 0; i < u.length; i++) {
      d[i] = u[i].subtract(v[i]);
    }
    return d;
  }
}
