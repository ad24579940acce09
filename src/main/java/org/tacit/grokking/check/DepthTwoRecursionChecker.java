package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.DeepHadamardFactors;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * TDR eq-119 and eq-120, the exact recursions of depth {@code L = 2} with
 * {@code c = A_1 o A_1 + A_2 o A_2}, and the preconditioning remark after them
 * ({@code TDR:rem-F.1.1}), decided exactly along {@code steps} updates (118):
 *
 * <ul>
 *   <li>(119) {@code a' = (1 - ab)^2 a - alpha (1 - ab) c o G + alpha^2 a o G o G};
 *   <li>its first-order form: {@code a' - ((1 - 2ab) a - alpha c o G) = alpha^2 beta^2 a +
 *       alpha^2 beta c o G + alpha^2 a o G o G} (so the printed approximation errs by
 *       {@code O(alpha^2)});
 *   <li>(120) {@code c' = (1 - ab)^2 c - 4 alpha (1 - ab) a o G + alpha^2 c o G o G} and its
 *       first-order form {@code c' - ((1 - 2ab) c - 4 alpha a o G) = alpha^2 beta^2 c + 4 alpha^2 beta
 *       a o G + alpha^2 c o G o G};
 *   <li>remark F.1.1: {@code c >= 2 |a|} (AM-GM) and
 *       {@code |a'_i - (1 - ab)^2 a_i| <= alpha |1 - ab| c_i |G_i| + alpha^2 |a_i| G_i^2}, the bound on
 *       the preconditioned move.
 * </ul>
 *
 * <p>Here {@code ab = alpha beta}, {@code G = G(a) = X^T (X a - y)} and primes denote the next
 * iterate computed by {@link DeepHadamardFactors#step} from the factors (not from the formulas).
 * Not checked: the qualitative claims of remark F.1.1 (that the preconditioner favors sparsity and
 * recovery), which are exercised by the Figure 9 reproduction only. Cost: O(steps N n) rational
 * operations (the rationals grow with the number of steps; keep steps <= 3).
 *
 * <p>Spec: {@code TDR:eq-119}, {@code TDR:eq-120}, {@code TDR:rem-F.1.1}.
 */
public final class DepthTwoRecursionChecker extends TheoremChecker<DeepHadamardInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:eq-119";

  /** The spec ID of the recursion of c. */
  public static final String PRECONDITIONER_ID = "TDR:eq-120";

  /** The spec ID of the preconditioning remark. */
  public static final String REMARK_ID = "TDR:rem-F.1.1";

  /** The checker (stateless). */
  public DepthTwoRecursionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(DeepHadamardInstance instance) {
    return "N=" + instance.x().rows() + ", n=" + instance.x().cols() + ", alpha="
        + instance.alpha() + ", beta=" + instance.beta() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(DeepHadamardInstance instance, Hypotheses hypotheses) {
    if (!DepthHypotheses.shapes(instance, hypotheses)
        || !hypotheses.require("L = 2", instance.factors().length == 2)) {
      return List.of();
    }
    RationalMatrix x = instance.x();
    BigRational[] y = instance.y();
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    BigRational ab = alpha.multiply(beta);
    BigRational decay = BigRational.ONE.subtract(ab);
    BigRational decaySquared = decay.pow(2);
    BigRational firstOrder = BigRational.ONE.subtract(ab.multiply(BigRational.TWO));
    BigRational alphaSquared = alpha.pow(2);
    BigRational four = BigRational.of(4);
    BigRational[][] factors = instance.factors();
    BigRational productGap = BigRational.ZERO;
    BigRational productRemainderGap = BigRational.ZERO;
    BigRational preconditionerGap = BigRational.ZERO;
    BigRational preconditionerRemainderGap = BigRational.ZERO;
    BigRational amGm = null;
    BigRational moveBound = null;
    for (int t = 0; t < instance.steps(); t++) {
      BigRational[] a = DeepHadamardFactors.product(factors, -1);
      BigRational[] c = preconditioner(factors);
      BigRational[] g = DeepHadamardFactors.gradient(x, y, a);
      BigRational[][] next = DeepHadamardFactors.step(x, y, factors, alpha, beta);
      BigRational[] aNext = DeepHadamardFactors.product(next, -1);
      BigRational[] cNext = preconditioner(next);
      for (int j = 0; j < a.length; j++) {
        BigRational cg = c[j].multiply(g[j]);
        BigRational ag = a[j].multiply(g[j]);
        BigRational g2 = g[j].pow(2);
        BigRational printedA = decaySquared.multiply(a[j]).subtract(alpha.multiply(decay)
            .multiply(cg)).add(alphaSquared.multiply(a[j]).multiply(g2));
        productGap = productGap.add(aNext[j].subtract(printedA).abs());
        BigRational approxA = firstOrder.multiply(a[j]).subtract(alpha.multiply(cg));
        BigRational remainderA = alphaSquared.multiply(beta.pow(2).multiply(a[j])
            .add(beta.multiply(cg)).add(a[j].multiply(g2)));
        productRemainderGap = productRemainderGap.add(
            aNext[j].subtract(approxA).subtract(remainderA).abs());
        BigRational printedC = decaySquared.multiply(c[j]).subtract(four.multiply(alpha)
            .multiply(decay).multiply(ag)).add(alphaSquared.multiply(c[j]).multiply(g2));
        preconditionerGap = preconditionerGap.add(cNext[j].subtract(printedC).abs());
        BigRational approxC = firstOrder.multiply(c[j]).subtract(four.multiply(alpha).multiply(ag));
        BigRational remainderC = alphaSquared.multiply(beta.pow(2).multiply(c[j])
            .add(four.multiply(beta).multiply(ag)).add(c[j].multiply(g2)));
        preconditionerRemainderGap = preconditionerRemainderGap.add(
            cNext[j].subtract(approxC).subtract(remainderC).abs());
        BigRational gap = BigRational.TWO.multiply(a[j].abs()).subtract(c[j]);
        amGm = amGm == null ? gap : amGm.max(gap);
        BigRational move = aNext[j].subtract(decaySquared.multiply(a[j])).abs()
            .subtract(alpha.multiply(decay.abs()).multiply(cg.abs()))
            .subtract(alphaSquared.multiply(a[j].abs()).multiply(g2));
        moveBound = moveBound == null ? move : moveBound.max(move);
      }
      factors = next;
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID,
        "sum_tj |a' - ((1 - ab)^2 a - alpha (1 - ab) c o G + alpha^2 a o G^2)| = 0", productGap,
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID,
        "sum_tj |a' - ((1 - 2ab) a - alpha c o G) - alpha^2 (beta^2 a + beta c o G + a o G^2)| = 0",
        productRemainderGap, BigRational.ZERO));
    checks.add(Check.equal(PRECONDITIONER_ID,
        "sum_tj |c' - ((1 - ab)^2 c - 4 alpha (1 - ab) a o G + alpha^2 c o G^2)| = 0",
        preconditionerGap, BigRational.ZERO));
    checks.add(Check.equal(PRECONDITIONER_ID,
        "sum_tj |c' - ((1 - 2ab) c - 4 alpha a o G) - alpha^2 (beta^2 c + 4 beta a o G"
            + " + c o G^2)| = 0",
        preconditionerRemainderGap, BigRational.ZERO));
    if (amGm != null && moveBound != null) {
      checks.add(Check.lessOrEqual(REMARK_ID, "max_tj (2 |a_j| - c_j) <= 0 (AM-GM)", amGm,
          BigRational.ZERO));
      checks.add(Check.lessOrEqual(REMARK_ID,
          "max_tj (|a'_j - (1 - ab)^2 a_j| - alpha |1 - ab| c_j |G_j| - alpha^2 |a_j| G_j^2) <= 0",
          moveBound, BigRational.ZERO));
    }
    return checks;
  }

  /** {@code c = A_1 o A_1 + A_2 o A_2}. */
  private static BigRational[] preconditioner(BigRational[][] factors) {
    BigRational[] c = new BigRational[factors[0].length];
    for (int j = 0; j < c.length; j++) {
      c[j] = factors[0][j].pow(2).add(factors[1][j].pow(2));
    }
    return c;
  }
}
