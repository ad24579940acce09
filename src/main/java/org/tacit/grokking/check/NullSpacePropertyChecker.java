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
import org.tacit.lp.LpCertificateVerifier;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Definitions C.34 (NSP), C.35 (stable NSP), C.37 = 3.2 (robust NSP): the constants computed
 * exactly and the defining inequalities checked on kernel vectors and on arbitrary vectors, all in
 * exact rational arithmetic.
 *
 * <p>Corrected form (registered; Foucart-Rauhut Definitions 4.1, 4.11, 4.17): the stable and robust
 * inequalities non-strict ({@code <=}), the NSP strict for nonzero kernel vectors. As printed,
 * C.35 and C.37 ({@code <} "for all u") fail at {@code u = 0} for every matrix;
 * {@link StatementForm#PRINTED} adds that check (inventory E21).
 *
 * <p>Hypotheses: S is a set of distinct indices of {@code [n]}; {@code 0 < rho < 1}; A has full
 * row rank {@code m < n} (for the certified tau).
 *
 * <p>Checks: every LP of {@link NullSpaceConstant} has a valid exact optimality certificate
 * ({@link LpCertificateVerifier#verifyExact}); the maximiser is a kernel vector attaining
 * {@code rho_S}; {@code ||k_S||_1 <= rho_S ||k_{S_bar}||_1} on the exact kernel projections k of
 * the probes (C.35 with {@code rho_S}); C.34: if {@code rho_S < 1} the NSP and its equivalent form
 * {@code 2 ||k_S||_1 < ||k||_1} hold on the nonzero kernel probes, else the witness violates both;
 * the order-|S| NSP: {@code sigma_s(k)_1 = min_{|T| = s} ||k_{T_bar}||_1} is attained by hard
 * thresholding ({@code ||k - H_s(k)||_1}, enumeration) and
 * {@code ||k||_1 < 2 sigma_s(k)_1} agrees with {@code max_{|T| = s} ||k_T||_1 < ||k_{T_bar}||_1};
 * the NSP of order {@code s = |S|} decided by {@code max_{|T| = s} rho_T} (exact LPs over all
 * s-subsets): if below 1, the form {@code ||k||_1 < 2 sigma_s(k)_1} holds on the kernel probes,
 * else the witness of the failing T satisfies {@code ||u||_1 >= 2 sigma_s(u)_1};
 * C.35 with the instance's rho: holds on the kernel probes if {@code rho_S <= rho}, else the
 * witness violates it; C.37: if {@code rho_S <= rho}, the certified tau ({@link RobustNullSpaceTau})
 * satisfies the proof step {@code mu ||w||_2^2 <= ||A w||_2^2} on the row-space parts
 * {@code w = A^+ A u} and the robust inequality on the probes, on their row-space parts and on
 * witness + probe; else the kernel witness violates the robust inequality for every tau.
 *
 * <p>Cost: {@code C(n, |S|) 2^{|S|-1}} exact LPs plus O(probes n^2 m) exact operations plus
 * {@code C(n, |S|)} per probe for the enumeration.
 *
 * <p>Spec: {@code TDR:def-C.37} (registered), checks carrying {@code TDR:def-C.34},
 * {@code TDR:def-C.35}, {@code TDR:def-3.2}.
 */
public final class NullSpacePropertyChecker extends TheoremChecker<NullSpaceInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:def-C.37";

  private final StatementForm form;

  /** The corrected form (registered). */
  public NullSpacePropertyChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public NullSpacePropertyChecker(StatementForm form) {
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
    int[] support = instance.support();
    BigRational rho = instance.rho();
    if (!NullSpaceHypotheses.require(instance, hypotheses)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    NullSpaceConstant constant = NullSpaceConstant.of(a, support);
    checks.add(certificates(constant));
    BigRational[] witness = constant.witness();
    checks.add(Check.equal("TDR:def-C.35", "the maximiser lies in ker A: ||A u*||^2 = 0",
        ExactVectors.squaredNorm(a.multiply(witness)), BigRational.ZERO));
    ExactLeastSquares projection = new ExactLeastSquares(a);
    List<BigRational[]> kernelProbes = new ArrayList<>();
    for (BigRational[] probe : instance.probes()) {
      BigRational[] k = ExactVectors.subtract(probe, projection.rowSpaceProjection(probe));
      if (ExactVectors.norm1(k).signum() > 0) {
        kernelProbes.add(k);
      }
    }
    if (constant.bounded()) {
      checks.add(Check.equal("TDR:def-C.35", "the maximiser attains rho_S: ||u*_S||_1 = rho_S",
          SupportSets.norm1On(witness, support), constant.rho()));
      checks.add(Check.lessOrEqual("TDR:def-C.35", "the maximiser is feasible: ||u*_S_bar||_1 <= 1",
          SupportSets.norm1Off(witness, support), BigRational.ONE));
      checks.add(worstStableGap("TDR:def-C.35", "||k_S||_1 <= rho_S ||k_S_bar||_1 on the kernel"
          + " probes (rho_S is an upper bound; worst probe)", kernelProbes, support,
          constant.rho()));
    } else {
      checks.add(Check.equal("TDR:def-C.34", "unbounded: the witness vanishes off S,"
          + " ||u_S_bar||_1 = 0", SupportSets.norm1Off(witness, support), BigRational.ZERO));
    }
    boolean nsp = constant.bounded() && constant.rho().compareTo(BigRational.ONE) < 0;
    addNullSpaceProperty(checks, nsp, kernelProbes, witness, support);
    addOrderForm(checks, kernelProbes, support.length);
    addOrder(checks, a, kernelProbes, support.length);
    boolean stable = constant.bounded() && constant.rho().compareTo(rho) <= 0;
    if (stable) {
      checks.add(worstStableGap("TDR:def-C.35", "stable NSP with rho (rho_S <= rho): ||k_S||_1 <="
          + " rho ||k_S_bar||_1 on the kernel probes (worst)", kernelProbes, support, rho));
      addRobust(checks, a, instance, projection, witness, rho);
    } else {
      checks.add(Check.less("TDR:def-C.35", "stable NSP with rho fails (rho_S > rho): the witness"
          + " has rho ||u_S_bar||_1 < ||u_S||_1", rho.multiply(SupportSets.norm1Off(witness,
          support)), SupportSets.norm1On(witness, support)));
      checks.add(Check.less(SPEC_ID, "robust NSP with rho fails for every tau (A u = 0): rho"
          + " ||u_S_bar||_1 + tau ||A u|| < ||u_S||_1 at the witness",
          rho.multiply(SupportSets.norm1Off(witness, support)),
          SupportSets.norm1On(witness, support)));
    }
    if (form == StatementForm.PRINTED) {
      checks.add(Check.less(SPEC_ID, "as printed: ||u_S||_1 < rho ||u_S_bar||_1 + tau ||A u||"
          + " for all u, at u = 0", BigRational.ZERO, BigRational.ZERO));
    }
    return checks;
  }

  private static void addNullSpaceProperty(List<Check> checks, boolean nsp,
      List<BigRational[]> kernelProbes, BigRational[] witness, int[] support) {
    if (nsp) {
      BigRational worst = BigRational.ZERO;
      BigRational worstRight = BigRational.ONE;
      boolean any = false;
      int disagreements = 0;
      for (BigRational[] k : kernelProbes) {
        BigRational on = SupportSets.norm1On(k, support);
        BigRational off = SupportSets.norm1Off(k, support);
        boolean first = on.compareTo(off) < 0;
        boolean second = on.multiply(BigRational.TWO).compareTo(ExactVectors.norm1(k)) < 0;
        if (first != second) {
          disagreements++;
        }
        if (!any || on.divide(off).compareTo(worst.divide(worstRight)) > 0) {
          worst = on;
          worstRight = off;
          any = true;
        }
      }
      if (any) {
        checks.add(Check.less("TDR:def-C.34", "NSP (rho_S < 1): ||k_S||_1 < ||k_S_bar||_1 on the"
            + " nonzero kernel probes (worst ratio)", worst, worstRight));
      }
      checks.add(Check.equal("TDR:def-C.34", "||k_S||_1 < ||k_S_bar||_1 iff 2 ||k_S||_1 < ||k||_1"
          + " (number of probes where they disagree)", BigRational.of(disagreements),
          BigRational.ZERO));
    } else {
      checks.add(Check.lessOrEqual("TDR:def-C.34", "NSP fails (rho_S >= 1 or unbounded): the"
          + " witness has ||u_S_bar||_1 <= ||u_S||_1", SupportSets.norm1Off(witness, support),
          SupportSets.norm1On(witness, support)));
      checks.add(Check.less("TDR:def-C.34", "the witness is nonzero", BigRational.ZERO,
          ExactVectors.norm1(witness)));
    }
  }

  private static void addOrderForm(List<Check> checks, List<BigRational[]> kernelProbes, int s) {
    int mismatches = 0;
    int disagreements = 0;
    for (BigRational[] k : kernelProbes) {
      int n = k.length;
      BigRational best = ExactVectors.norm1(k);
      boolean allHold = true;
      for (int[] t : SupportSets.subsetsOfSize(n, s)) {
        BigRational off = SupportSets.norm1Off(k, t);
        best = best.min(off);
        allHold &= SupportSets.norm1On(k, t).compareTo(off) < 0;
      }
      BigRational thresholded = SupportSets.norm1Off(k, SupportSets.largest(k, s));
      if (!thresholded.equals(best)) {
        mismatches++;
      }
      if (allHold != (ExactVectors.norm1(k).compareTo(BigRational.TWO.multiply(thresholded)) < 0)) {
        disagreements++;
      }
    }
    checks.add(Check.equal("TDR:def-C.34", "sigma_s(k)_1 = min_{|T| = s} ||k_T_bar||_1 is attained"
        + " by hard thresholding (number of kernel probes where not)", BigRational.of(mismatches),
        BigRational.ZERO));
    checks.add(Check.equal("TDR:def-C.34", "order-s NSP form: [||k_T||_1 < ||k_T_bar||_1 for all"
        + " |T| = s] iff ||k||_1 < 2 sigma_s(k)_1 (number of probes where they disagree)",
        BigRational.of(disagreements), BigRational.ZERO));
  }

  /**
   * The NSP of order s = |S|: {@code max_{|T| = s} rho_T} (enough: rho_T grows with T) decides
   * it; if below 1, {@code ||k||_1 < 2 sigma_s(k)_1} on every nonzero kernel probe, else the
   * witness of the worst T has {@code ||u||_1 >= 2 sigma_s(u)_1}.
   */
  private static void addOrder(List<Check> checks, RationalMatrix a,
      List<BigRational[]> kernelProbes, int s) {
    int n = a.cols();
    BigRational worstRho = BigRational.ZERO;
    BigRational[] worstWitness = ExactVectors.zeros(n);
    boolean holds = true;
    for (int[] t : SupportSets.subsetsOfSize(n, s)) {
      NullSpaceConstant constant = NullSpaceConstant.of(a, t);
      if (!constant.bounded() || constant.rho().compareTo(BigRational.ONE) >= 0) {
        holds = false;
        worstWitness = constant.witness();
        break;
      }
      if (constant.rho().compareTo(worstRho) > 0) {
        worstRho = constant.rho();
        worstWitness = constant.witness();
      }
    }
    if (holds) {
      int violations = 0;
      for (BigRational[] k : kernelProbes) {
        BigRational sigma = SupportSets.norm1Off(k, SupportSets.largest(k, s));
        if (ExactVectors.norm1(k).compareTo(BigRational.TWO.multiply(sigma)) >= 0) {
          violations++;
        }
      }
      checks.add(Check.equal("TDR:def-C.34", "NSP of order s (max_{|T| = s} rho_T = " + worstRho
          + " < 1): ||k||_1 < 2 sigma_s(k)_1 on the nonzero kernel probes (number violating)",
          BigRational.of(violations), BigRational.ZERO));
    } else {
      BigRational sigma = SupportSets.norm1Off(worstWitness, SupportSets.largest(worstWitness, s));
      checks.add(Check.lessOrEqual("TDR:def-C.34", "NSP of order s fails (some |T| = s has rho_T"
          + " >= 1): its witness has 2 sigma_s(u)_1 <= ||u||_1", BigRational.TWO.multiply(sigma),
          ExactVectors.norm1(worstWitness)));
    }
  }

  private static void addRobust(List<Check> checks, RationalMatrix a, NullSpaceInstance instance,
      ExactLeastSquares projection, BigRational[] witness, BigRational rho) {
    int[] support = instance.support();
    RobustNullSpaceTau certificate = RobustNullSpaceTau.of(a, support.length, rho);
    BigRational tau = certificate.tau();
    List<BigRational[]> vectors = new ArrayList<>();
    BigRational worstLeft = BigRational.ZERO;
    BigRational worstRight = BigRational.ONE;
    for (BigRational[] probe : instance.probes()) {
      BigRational[] w = projection.rowSpaceProjection(probe);
      BigRational left = certificate.mu().multiply(ExactVectors.squaredNorm(w));
      BigRational right = ExactVectors.squaredNorm(a.multiply(w));
      if (left.subtract(right).compareTo(worstLeft.subtract(worstRight)) > 0) {
        worstLeft = left;
        worstRight = right;
      }
      vectors.add(probe);
      vectors.add(w);
      vectors.add(ExactVectors.add(witness, w));
    }
    checks.add(Check.lessOrEqual("TDR:def-3.2", "proof step: mu ||w||^2 <= ||A w||^2 on the row"
        + " space parts w = A^+ A u (mu certified <= sigma_min^+(A)^2; worst)", worstLeft,
        worstRight));
    vectors.add(witness);
    BigRational gapLeft = BigRational.ZERO;
    BigRational gapRight = BigRational.ZERO;
    boolean first = true;
    for (BigRational[] u : vectors) {
      BigRational left = SupportSets.norm1On(u, support);
      BigRational right = NullSpaceInequalities.robustBound(a, u, support, rho, tau, true);
      if (first || left.subtract(right).compareTo(gapLeft.subtract(gapRight)) > 0) {
        gapLeft = left;
        gapRight = right;
        first = false;
      }
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "robust NSP with rho and the certified tau: ||u_S||_1 <="
        + " rho ||u_S_bar||_1 + tau ||A u||_2 on probes, row-space parts, witness + w (worst)",
        gapLeft, gapRight));
  }

  private static Check worstStableGap(String specId, String label, List<BigRational[]> vectors,
      int[] support, BigRational rho) {
    BigRational left = BigRational.ZERO;
    BigRational right = BigRational.ZERO;
    boolean first = true;
    for (BigRational[] k : vectors) {
      BigRational on = SupportSets.norm1On(k, support);
      BigRational bound = rho.multiply(SupportSets.norm1Off(k, support));
      if (first || on.subtract(bound).compareTo(left.subtract(right)) > 0) {
        left = on;
        right = bound;
        first = false;
      }
    }
    return Check.lessOrEqual(specId, label, left, right);
  }

  static Check certificates(NullSpaceConstant constant) {
    int failures = 0;
    for (int k = 0; k < constant.programs().size(); k++) {
      if (!LpCertificateVerifier.verifyExact(constant.programs().get(k),
          constant.results().get(k)).holds()) {
        failures++;
      }
    }
    return Check.equal("TDR:def-C.35", "exact LP optimality certificates of rho_S (number of "
        + constant.programs().size() + " sign-pattern LPs that fail)", BigRational.of(failures),
        BigRational.ZERO);
  }
}
