package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.NullSpaceConstant;
import org.tacit.grokking.model.NullSpaceInequalities;
import org.tacit.grokking.model.NullSpaceInstance;
import org.tacit.grokking.model.RobustNullSpaceTau;
import org.tacit.grokking.model.SupportSets;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorems C.36 (Foucart-Rauhut 4.14) and C.38 (Foucart-Rauhut 4.20): the stable / robust NSP
 * relative to S holds iff the l1 error bound holds for all pairs (u, v) (with {@code A u = A v}
 * for C.36). Both directions, exactly in rationals, with {@code rho_S} from
 * {@link NullSpaceConstant}.
 *
 * <p>Corrected form (registered): the properties with {@code <=} (Foucart-Rauhut), so the stable
 * NSP with rho holds iff {@code rho_S <= rho}. As printed (strict {@code <}), the property fails
 * at {@code rho = rho_S} (and at u = 0 for every matrix) while the inequality still holds for all
 * pairs: {@link StatementForm#PRINTED} adds the strict property at {@code rho = rho_S} at the
 * maximiser next to the (true) tight inequality there, so the "if" direction fails visibly.
 *
 * <p>Key construction: for a vector z, the pair {@code u = -z_S}, {@code v = z_{S_bar}} has
 * {@code v - u = z}, and the C.38 inequality at this pair is equivalent to
 * {@code ||z_S||_1 <= rho ||z_{S_bar}||_1 + tau ||A z||} (algebra in the proof note); with
 * {@code z} the kernel maximiser of {@code rho_S} this pair attains C.36 with equality at
 * {@code rho = rho_S} (tightness) and violates it for every {@code rho < rho_S} ("if" direction);
 * with {@code z = e_i}, {@code i in S}, it violates C.38 for {@code tau < 1/||A e_i||} ("if"
 * direction for tau).
 *
 * <p>Hypotheses: as {@link NullSpacePropertyChecker}. Checks ("only if", when
 * {@code rho_S <= rho}): C.36 on the pairs {@code (p_i, p_i + k_j)} (probes p, exact kernel
 * projections k) and on the maximiser pair; tightness at {@code rho_S}; C.38 with the certified
 * tau ({@link RobustNullSpaceTau}) on all probe pairs {@code (p_i, p_j)} and on the constructed
 * pairs of the probes; ("if"): the maximiser pair violates C.36 and C.38 with
 * {@code rho' = rho} when {@code rho_S > rho} (or unbounded), else with {@code rho' = rho_S/2}
 * when {@code rho_S > 0}; the pair of {@code e_i} violates C.38 with
 * {@code tau' = 1/(2 ||A e_i||)} (rounded up).
 *
 * <p>Cost: as {@link NullSpacePropertyChecker} plus O(probes^2 m n) exact operations.
 *
 * <p>Spec: {@code TDR:thm-C.36} (registered), checks carrying {@code TDR:thm-C.38}.
 */
public final class NullSpaceErrorBoundTheoremChecker extends TheoremChecker<NullSpaceInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:thm-C.36";

  private static final String ROBUST = "TDR:thm-C.38";

  private final StatementForm form;

  /** The corrected form (registered). */
  public NullSpaceErrorBoundTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public NullSpaceErrorBoundTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(NullSpaceInstance instance) {
    return NullSpaceHypotheses.describe(instance);
  }

  @Override
  protected List<Check> evaluate(NullSpaceInstance instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.design();
    int n = a.cols();
    int[] support = instance.support();
    BigRational rho = instance.rho();
    if (!NullSpaceHypotheses.require(instance, hypotheses)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    NullSpaceConstant constant = NullSpaceConstant.of(a, support);
    checks.add(NullSpacePropertyChecker.certificates(constant));
    BigRational[] witness = constant.witness();
    BigRational[] witnessU = ExactVectors.scale(BigRational.MINUS_ONE,
        NullSpaceInequalities.restrict(witness, support));
    BigRational[] witnessV = ExactVectors.add(witness, witnessU);
    ExactLeastSquares projection = new ExactLeastSquares(a);
    BigRational[][] probes = instance.probes();
    boolean stable = constant.bounded() && constant.rho().compareTo(rho) <= 0;
    if (stable) {
      Worst c36 = new Worst();
      for (BigRational[] u : probes) {
        for (BigRational[] p : probes) {
          BigRational[] v = ExactVectors.add(u, ExactVectors.subtract(p,
              projection.rowSpaceProjection(p)));
          c36.offer(NullSpaceInequalities.distance(u, v),
              NullSpaceInequalities.stableBound(u, v, support, rho));
        }
      }
      c36.offer(NullSpaceInequalities.distance(witnessU, witnessV),
          NullSpaceInequalities.stableBound(witnessU, witnessV, support, rho));
      checks.add(c36.check(SPEC_ID, "only if: ||v - u||_1 <= (1 + rho)/(1 - rho)(||v||_1 -"
          + " ||u||_1 + 2 ||u_S_bar||_1) for A u = A v (probe pairs and the maximiser pair; worst)"));
      if (constant.rho().signum() > 0) {
        checks.add(Check.equal(SPEC_ID, "tight: the maximiser pair attains the bound with rho ="
            + " rho_S", NullSpaceInequalities.distance(witnessU, witnessV),
            NullSpaceInequalities.stableBound(witnessU, witnessV, support, constant.rho())));
        if (form == StatementForm.PRINTED) {
          checks.add(Check.less("TDR:def-C.35", "as printed (strict): ||u_S||_1 < rho_S ||u_S_bar||_1"
              + " at the maximiser, although C.36's inequality holds with rho_S",
              SupportSets.norm1On(witness, support),
              constant.rho().multiply(SupportSets.norm1Off(witness, support))));
        }
        BigRational lower = constant.rho().divide(BigRational.TWO);
        checks.add(Check.less(SPEC_ID, "if (contrapositive): with rho' = rho_S/2 < rho_S the"
            + " maximiser pair violates the bound", NullSpaceInequalities.stableBound(witnessU,
            witnessV, support, lower), NullSpaceInequalities.distance(witnessU, witnessV)));
      }
      RobustNullSpaceTau certificate = RobustNullSpaceTau.of(a, support.length, rho);
      BigRational tau = certificate.tau();
      Worst c38 = new Worst();
      for (BigRational[] u : probes) {
        for (BigRational[] v : probes) {
          c38.offer(NullSpaceInequalities.distance(u, v), NullSpaceInequalities.robustErrorBound(
              a, u, v, support, rho, tau, true));
        }
        BigRational[] z = ExactVectors.add(u, witness);
        BigRational[] pairU = ExactVectors.scale(BigRational.MINUS_ONE,
            NullSpaceInequalities.restrict(z, support));
        BigRational[] pairV = ExactVectors.add(z, pairU);
        c38.offer(NullSpaceInequalities.distance(pairU, pairV),
            NullSpaceInequalities.robustErrorBound(a, pairU, pairV, support, rho, tau, true));
      }
      checks.add(c38.check(ROBUST, "only if: ||v - u||_1 <= (1 + rho)/(1 - rho)(||v||_1 - ||u||_1"
          + " + 2 ||u_S_bar||_1) + 2 tau/(1 - rho) ||A(v - u)||_2, certified tau, all probe pairs"
          + " and constructed pairs (worst)"));
      int i = support.length > 0 ? support[0] : 0;
      BigRational[] e = ExactVectors.zeros(n);
      e[i] = BigRational.ONE;
      BigRational small = BigRational.ONE.divide(BigRational.TWO.multiply(
          NullSpaceInequalities.residualNorm(a, e, false)));
      BigRational[] eU = ExactVectors.scale(BigRational.MINUS_ONE,
          NullSpaceInequalities.restrict(e, support));
      BigRational[] eV = ExactVectors.add(e, eU);
      checks.add(Check.less(ROBUST, "if (contrapositive): with tau' = 1/(2 ||A e_i||) the pair"
          + " (-e_i, 0), i in S, violates the bound", NullSpaceInequalities.robustErrorBound(a, eU,
          eV, support, rho, small, false), NullSpaceInequalities.distance(eU, eV)));
    } else {
      checks.add(Check.less(SPEC_ID, "if (contrapositive): rho_S > rho (or unbounded), the"
          + " maximiser pair (A u = A v) violates the bound", NullSpaceInequalities.stableBound(
          witnessU, witnessV, support, rho), NullSpaceInequalities.distance(witnessU, witnessV)));
      checks.add(Check.less(ROBUST, "if (contrapositive): the maximiser pair violates the robust"
          + " bound for every tau (A(v - u) = 0)", NullSpaceInequalities.stableBound(witnessU,
          witnessV, support, rho), NullSpaceInequalities.distance(witnessU, witnessV)));
    }
    return checks;
  }

  /** The pair with the largest {@code left - right} (exact). */
  private static final class Worst {
    private BigRational left = BigRational.ZERO;
    private BigRational right = BigRational.ZERO;
    private boolean empty = true;

    void offer(BigRational candidateLeft, BigRational candidateRight) {
      if (empty || candidateLeft.subtract(candidateRight).compareTo(left.subtract(right)) > 0) {
        left = candidateLeft;
        right = candidateRight;
        empty = false;
      }
    }

    Check check(String specId, String label) {
      return Check.lessOrEqual(specId, label, left, right);
    }
  }
}
