package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ColumnCoherence;
import org.tacit.grokking.model.RestrictedIsometryConstant;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Definition G.1 (the (s, delta)-RIP and the s-RIC {@code delta_s(A)}) and the remark that
 * {@code delta_s(A) <= delta_{s+1}(A)} ({@code TDR:rem-G.1.1}), decided exactly for a rational
 * matrix {@code A in R^{m x n}}.
 *
 * <p>Checks, exactly: the certified enclosure {@code lower <= delta_s <= upper} of
 * {@link RestrictedIsometryConstant} (the upper end passes the PSD test
 * {@code upper I +- (A_J^T A_J - I) >= 0} on every {@code |J| = s}, which is the eigenvalue form of
 * the definition; the width is at most {@link TdrTolerances#RIC_ENCLOSURE}{@code (1 + upper)});
 * the definition's vector form {@code (1 - upper)||x||^2 <= ||A x||^2 <= (1 + upper)||x||^2} on
 * the instance's s-sparse probes, with {@code ||A x||^2} computed from A (tightest probe per
 * side); the s-sparse witness v attains {@code | ||A v||^2 - ||v||^2 | = lower ||v||^2} computed
 * from A, so no {@code delta < lower} satisfies the definition. Remark G.1.1 (for {@code s < n}):
 * the certified upper end of {@code delta_{s+1}} also passes the PSD test on every support of size
 * s (each {@code A_J^T A_J - I} with {@code |J| = s} is a principal submatrix of one with
 * {@code |J| = s + 1}), and {@code lower_s <= upper_{s+1}}. Not checked: the rank-r RIP of a
 * linear map (eq-121), whose constant is a maximum over a continuum of rank-r matrices (see the
 * proof note). Cost: {@code 2 C(n, s) + 2 C(n, s + 1)} exact {@code s x s} eliminations.
 *
 * <p>Spec: {@code TDR:def-G.1}, {@code TDR:rem-G.1.1}.
 */
public final class RestrictedIsometryDefinitionChecker extends TheoremChecker<SparseDesign> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:def-G.1";

  /** The spec ID of the monotonicity remark. */
  public static final String MONOTONICITY_ID = "TDR:rem-G.1.1";

  /** The checker (stateless). */
  public RestrictedIsometryDefinitionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SparseDesign instance) {
    return "m=" + instance.a().rows() + ", n=" + instance.a().cols() + ", s=" + instance.s()
        + ", probes=" + instance.probes().length;
  }

  @Override
  protected List<Check> evaluate(SparseDesign instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.a();
    int n = a.cols();
    int s = instance.s();
    if (!hypotheses.require("1 <= s <= n", n >= 1 && 1 <= s && s <= n)
        || !hypotheses.require("x s-sparse", SparseVectors.allSparse(instance.probes(), n, s))) {
      return List.of();
    }
    BigRational[][] gram = ColumnCoherence.gram(a);
    RestrictedIsometryConstant ric = RestrictedIsometryConstant.of(gram, s);
    BigRational upper = ric.upper();
    BigRational lower = ric.lower();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID,
        "certificate: upper I +- (A_J^T A_J - I) PSD for every |J| = s (1 = all pass)",
        BigRational.of(ric.certified() ? 1 : 0), BigRational.ONE));
    checks.add(Check.lessOrEqual(SPEC_ID, "delta_lo <= delta_hi", lower, upper));
    checks.add(Check.lessOrEqual(SPEC_ID, "delta_hi - delta_lo <= RIC_ENCLOSURE (1 + delta_hi)",
        upper.subtract(lower),
        BigRational.valueOf(TdrTolerances.RIC_ENCLOSURE).multiply(BigRational.ONE.add(upper))));
    @Nullable Check tightLow = null;
    @Nullable Check tightHigh = null;
    BigRational[][] probes = instance.probes();
    for (int p = 0; p < probes.length; p++) {
      BigRational norm = RationalVectors.dot(probes[p], probes[p]);
      BigRational image = SparseVectors.squaredImage(a, probes[p]);
      Check low = Check.lessOrEqual(SPEC_ID,
          "(1 - delta_hi)||x||^2 <= ||A x||^2 (tightest probe " + p + ")",
          BigRational.ONE.subtract(upper).multiply(norm), image);
      Check high = Check.lessOrEqual(SPEC_ID,
          "||A x||^2 <= (1 + delta_hi)||x||^2 (tightest probe " + p + ")",
          image, BigRational.ONE.add(upper).multiply(norm));
      tightLow = tightLow == null || low.margin() < tightLow.margin() ? low : tightLow;
      tightHigh = tightHigh == null || high.margin() < tightHigh.margin() ? high : tightHigh;
    }
    if (tightLow != null && tightHigh != null) {
      checks.add(tightLow);
      checks.add(tightHigh);
    }
    BigRational[] witness = ric.witness();
    checks.add(Check.lessOrEqual(SPEC_ID, "witness v is s-sparse: |supp v| <= s",
        BigRational.of(SparseVectors.supportSize(witness)), BigRational.of(s)));
    BigRational witnessNorm = RationalVectors.dot(witness, witness);
    checks.add(Check.equal(SPEC_ID,
        "| ||A v||^2 - ||v||^2 | = delta_lo ||v||^2 (no smaller delta satisfies the definition)",
        SparseVectors.squaredImage(a, witness).subtract(witnessNorm).abs(),
        lower.multiply(witnessNorm)));
    if (s < n) {
      RestrictedIsometryConstant next = RestrictedIsometryConstant.of(gram, s + 1);
      checks.add(Check.equal(MONOTONICITY_ID,
          "certified delta_{s+1} upper end bounds every |J| = s block (1 = yes)",
          BigRational.of(next.certified()
              && RestrictedIsometryConstant.boundsEverySupport(gram, s, next.upper()) ? 1 : 0),
          BigRational.ONE));
      checks.add(Check.lessOrEqual(MONOTONICITY_ID, "delta_s lower <= delta_{s+1} upper", lower,
          next.upper()));
    }
    return checks;
  }
}
