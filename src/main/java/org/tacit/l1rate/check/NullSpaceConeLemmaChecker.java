package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.l1rate.model.AssumptionII1;
import org.tacit.l1rate.model.AssumptionII1Report;
import org.tacit.l1rate.model.NullSpaceConstants;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.l1rate.model.RhoDual;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * MS Lemma III.1, decided exactly on an instance {@code (A, y)}: verifies Assumption II.1
 * ({@link AssumptionII1}), computes the constants ({@link NullSpaceConstantsSolver}) and checks
 * <ul>
 *   <li>(i) ({@code MS:lem-III.1i}): {@code |S| >= 1}, {@code |S^c| >= 1}, {@code N != {0}} (the
 *       rho witness is a non-zero element), {@code rank A_S = |S|} (equivalent to
 *       {@code n_{S^c} != 0} on {@code N \ {0}}), and on each element of N examined (the three
 *       witnesses and a positive combination of them): membership in N, {@code n_{S^c} != 0}, and the proof step (III.12)
 *       {@code sum_S n_i + sum_{S^c} |n_i| > 0} ({@code MS:eq-III.12});</li>
 *   <li>(ii) ({@code MS:lem-III.1ii}): {@code -rho~ <= rho < 1} (a finite lower bound),
 *       {@code 0 <= rho~}, {@code 0 <= rho^-}, attainment (each witness lies in N and its ratio
 *       equals the value), and the scale invariance {@code ratio(t n) = ratio(n)} used in the
 *       proof;</li>
 *   <li>definitions: rho equals its LP dual ({@code MS:eq-II.1}), the uniqueness gap of x* is
 *       {@code 1 - rho} ({@code MS:asm-II.1}), and {@code max(rho, 0) <= rho^- <= rho~}
 *       ({@code MS:eq-II.2}).</li>
 * </ul>
 * All checks are exact (tolerance 0). Elements of N from elsewhere (e.g. random ones in tests)
 * can be checked with {@link #elementChecks}.
 *
 * <p>Spec: {@code MS:lem-III.1}, {@code MS:lem-III.1i}, {@code MS:lem-III.1ii}, {@code MS:eq-III.12}.
 */
public final class NullSpaceConeLemmaChecker extends TheoremChecker<LinearSystem> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:lem-III.1";
  private static final String PART_I = "MS:lem-III.1i";
  private static final String PART_II = "MS:lem-III.1ii";

  /** The checker (stateless). */
  public NullSpaceConeLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LinearSystem instance) {
    return instance.rows() + "x" + instance.cols() + " " + instance;
  }

  @Override
  protected List<Check> evaluate(LinearSystem instance, Hypotheses hypotheses) {
    AssumptionII1Report report = AssumptionII1.check(instance, LpPrecision.EXACT);
    if (!hypotheses.requireAll(report.hypotheses())) {
      return List.of();
    }
    NullSpaceConstants constants = NullSpaceConstantsSolver.compute(instance, LpPrecision.EXACT);
    RationalMatrix a = instance.a();
    int d = a.cols();
    int[] support = constants.support();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(PART_I, "1 <= |S|", BigRational.ONE, BigRational.of(support.length)));
    checks.add(Check.lessOrEqual(PART_I, "1 <= |S^c|", BigRational.ONE,
        BigRational.of(d - support.length)));
    checks.add(Check.less(PART_I, "N != {0}: 0 < ||rho witness||_1", BigRational.ZERO,
        RationalVectors.norm1(constants.rhoWitness())));
    checks.add(Check.equal(PART_I, "rank A_S = |S| (n_{S^c} != 0 on N \\ {0})",
        BigRational.of(a.selectColumns(support).rank()), BigRational.of(support.length)));
    BigRational rho = constants.rho();
    BigRational rhoTilde = constants.rhoTilde();
    BigRational rhoMinus = constants.rhoMinus();
    checks.add(Check.less(PART_II, "rho < 1", rho, BigRational.ONE));
    checks.add(Check.lessOrEqual(PART_II, "-inf < -rho~ <= rho", rhoTilde.negate(), rho));
    checks.add(Check.lessOrEqual(PART_II, "0 <= rho~", BigRational.ZERO, rhoTilde));
    checks.add(Check.lessOrEqual(PART_II, "0 <= rho^-", BigRational.ZERO, rhoMinus));
    addAttainment(checks, instance, support, "rho", rho, constants.rhoWitness(), Ratio.RHO);
    addAttainment(checks, instance, support, "rho~", rhoTilde, constants.rhoTildeWitness(),
        Ratio.RHO_TILDE);
    addAttainment(checks, instance, support, "rho^-", rhoMinus, constants.rhoMinusWitness(),
        Ratio.RHO_MINUS);
    checks.add(Check.lessOrEqual("MS:eq-II.2", "max(rho, 0) <= rho^-", rho.max(BigRational.ZERO),
        rhoMinus));
    checks.add(Check.lessOrEqual("MS:eq-II.2", "rho^- <= rho~", rhoMinus, rhoTilde));
    BigRational dual = RhoDual.value(a, support, LpPrecision.EXACT);
    if (dual != null) {
      checks.add(Check.equal("MS:eq-II.1", "rho = min {t : A_S^T mu = 1, a_j^T mu <= t}", rho, dual));
    } else {
      checks.add(new Check("MS:eq-II.1", "rho dual LP optimal", 0, 1,
          org.tacit.verify.Relation.EQUAL, 0, 0, false, true));
    }
    BigRational gap = report.minimizer().gap();
    if (gap != null) {
      checks.add(Check.equal("MS:asm-II.1", "uniqueness gap = 1 - rho", gap,
          BigRational.ONE.subtract(rho)));
    }
    List<BigRational[]> elements = new ArrayList<>();
    elements.add(constants.rhoWitness());
    elements.add(constants.rhoTildeWitness());
    elements.add(constants.rhoMinusWitness());
    elements.add(combine(constants.rhoWitness(), constants.rhoTildeWitness(),
        constants.rhoMinusWitness()));
    for (BigRational[] n : elements) {
      checks.addAll(elementChecks(instance, support, n));
    }
    return checks;
  }

  /**
   * Checks on one non-zero element n of the cone N (Lemma III.1(i) and (III.12)): {@code A n = 0}
   * and {@code n_{S^c} >= 0} (membership), {@code n_{S^c} != 0}, and
   * {@code sum_S n_i + sum_{S^c} |n_i| > 0}.
   */
  public static List<Check> elementChecks(LinearSystem instance, int[] support, BigRational[] n) {
    List<Check> checks = new ArrayList<>();
    boolean[] inSupport = NullSpaceSlice.mask(instance.cols(), support);
    checks.add(Check.equal("MS:def-II.1", "n in ker A: ||A n||_1 = 0",
        RationalVectors.norm1(instance.a().multiply(n)), BigRational.ZERO));
    BigRational minOff = null;
    BigRational offNorm = BigRational.ZERO;
    BigRational derivative = BigRational.ZERO;
    for (int j = 0; j < n.length; j++) {
      if (inSupport[j]) {
        derivative = derivative.add(n[j]);
      } else {
        minOff = minOff == null ? n[j] : minOff.min(n[j]);
        offNorm = offNorm.add(n[j].abs());
        derivative = derivative.add(n[j].abs());
      }
    }
    checks.add(Check.lessOrEqual("MS:def-II.1", "n_{S^c} >= 0", BigRational.ZERO,
        minOff == null ? BigRational.ZERO : minOff));
    checks.add(Check.less(PART_I, "n != 0 in N has n_{S^c} != 0", BigRational.ZERO, offNorm));
    checks.add(Check.less("MS:eq-III.12", "(III.12) 0 < sum_S n_i + sum_{S^c} |n_i|",
        BigRational.ZERO, derivative));
    return checks;
  }

  /** The ratios of (II.1)/(II.2). */
  public enum Ratio {
    /** {@code -sum_S n_i / ||n_{S^c}||_1}. */
    RHO,
    /** {@code ||n_S||_1 / ||n_{S^c}||_1}. */
    RHO_TILDE,
    /** {@code sum_{S, n_i < 0} |n_i| / ||n_{S^c}||_1}. */
    RHO_MINUS;

    /** The ratio at n (requires {@code n_{S^c} != 0}), exactly. */
    public BigRational at(BigRational[] n, int[] support) {
      boolean[] inSupport = NullSpaceSlice.mask(n.length, support);
      BigRational numerator = BigRational.ZERO;
      BigRational denominator = BigRational.ZERO;
      for (int j = 0; j < n.length; j++) {
        if (!inSupport[j]) {
          denominator = denominator.add(n[j].abs());
        } else if (this == RHO) {
          numerator = numerator.subtract(n[j]);
        } else if (this == RHO_TILDE) {
          numerator = numerator.add(n[j].abs());
        } else if (n[j].signum() < 0) {
          numerator = numerator.add(n[j].abs());
        }
      }
      return numerator.divide(denominator);
    }
  }

  private static void addAttainment(List<Check> checks, LinearSystem instance, int[] support,
      String name, BigRational value, BigRational[] witness, Ratio ratio) {
    checks.addAll(elementChecks(instance, support, witness));
    checks.add(Check.equal(PART_II, name + " attained: ratio(witness) = " + name,
        ratio.at(witness, support), value));
    BigRational[] scaled = new BigRational[witness.length];
    for (int j = 0; j < witness.length; j++) {
      scaled[j] = witness[j].multiply(BigRational.of(7, 3));
    }
    checks.add(Check.equal(PART_II, name + " ratio(7/3 n) = ratio(n)", ratio.at(scaled, support),
        ratio.at(witness, support)));
  }

  private static BigRational[] combine(BigRational[] u, BigRational[] v, BigRational[] w) {
    BigRational[] sum = new BigRational[u.length];
    for (int j = 0; j < u.length; j++) {
      sum[j] = u[j].add(v[j].multiply(BigRational.TWO)).add(w[j].multiply(BigRational.of(3)));
    }
    return sum;
  }

}
