package org.tacit.l1rate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.check.NullSpaceConeLemmaChecker;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.lp.ObjectiveSense;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * MS Lemma III.1 and the null-space constants on instances meeting Assumption II.1 by
 * construction: the checker, random elements of N, invariances, the two exact routes for rho~ and
 * rho^-, and exact-vs-double agreement.
 */
class NullSpaceConstantsProperties {

  private static final NullSpaceConeLemmaChecker CHECKER = new NullSpaceConeLemmaChecker();

  /** Agreement of the double constants with the exact ones (relative to max(1, |exact|)). */
  private static final double DOUBLE_AGREEMENT = 1e-9;

  static InstanceFamily<LinearSystem> moderate() {
    return NullSpaceFamilies.certified(5, 10, 4, 4);
  }

  static InstanceFamily<LinearSystem> smallInteger() {
    return NullSpaceFamilies.certified(3, 6, 2, 3);
  }

  /** An instance with a seed for drawing auxiliary data (random elements of N, transforms). */
  record Seeded(LinearSystem system, long seed) {}

  static InstanceFamily<Seeded> seeded(InstanceFamily<LinearSystem> base) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return base.name() + " with an auxiliary seed";
      }

      @Override
      public Seeded draw(Draws draws) {
        return new Seeded(base.draw(draws), draws.between(0, Long.MAX_VALUE));
      }
    };
  }

  @Test
  @Verifies("MS:lem-III.1")
  @Verifies("MS:lem-III.1i")
  @Verifies("MS:lem-III.1ii")
  @Verifies("MS:eq-III.12")
  @Verifies("MS:asm-II.1")
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  void lemmaHoldsOnCertifiedInstances() {
    PropertyHarness.verify("MS:lem-III.1 certified", new CheckSuite<>(CHECKER, moderate()));
  }

  @Test
  @Verifies("MS:lem-III.1")
  @Verifies("MS:lem-III.1i")
  @Verifies("MS:lem-III.1ii")
  @Verifies("MS:asm-II.1")
  void lemmaHoldsOnSmallIntegerInstances() {
    PropertyHarness.verify("MS:lem-III.1 small integer",
        new CheckSuite<>(CHECKER, smallInteger()));
  }

  /**
   * Random elements of N (positive combinations of vertices of Q maximizing random objectives,
   * scaled by a random positive factor): each lies in N, has n_{S^c} != 0, satisfies (III.12), and
   * its ratios are at most the constants (the suprema).
   */
  @Test
  @Verifies("MS:lem-III.1i")
  @Verifies("MS:eq-III.12")
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void randomElementsOfTheCone() {
    PropertyHarness.forAll("MS:lem-III.1i random elements of N", seeded(moderate()), seeded -> {
      LinearSystem system = seeded.system();
      NullSpaceConstants c = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      int[] support = c.support();
      Draws draws = new SeededDraws(seeded.seed());
      int d = system.cols();
      BigRational[] n = new BigRational[d];
      Arrays.fill(n, BigRational.ZERO);
      for (int k = 0; k < 3; k++) {
        BigRational[] cost = new BigRational[d];
        for (int j = 0; j < d; j++) {
          cost[j] = BigRational.of(draws.between(-5, 5));
        }
        LpResult vertex = LpPrecision.EXACT.solver().solve(NullSpaceSlice.program(system.a(),
            NullSpaceSlice.mask(d, support), cost, ObjectiveSense.MAXIMIZE, null));
        if (vertex.status() != LpStatus.OPTIMAL) {
          throw new AssertionError("Q is a non-empty polytope under Assumption II.1: " + vertex);
        }
        BigRational weight = BigRational.of(draws.between(0, 4) + (k == 0 ? 1 : 0),
            draws.between(1, 3));
        for (int j = 0; j < d; j++) {
          n[j] = n[j].add(weight.multiply(vertex.x().get(j)));
        }
      }
      List<Check> checks = new ArrayList<>(NullSpaceConeLemmaChecker.elementChecks(system, support, n));
      checks.add(Check.lessOrEqual("MS:eq-II.1", "ratio rho(n) <= rho",
          NullSpaceConeLemmaChecker.Ratio.RHO.at(n, support), c.rho()));
      checks.add(Check.lessOrEqual("MS:eq-II.2", "ratio rho~(n) <= rho~",
          NullSpaceConeLemmaChecker.Ratio.RHO_TILDE.at(n, support), c.rhoTilde()));
      checks.add(Check.lessOrEqual("MS:eq-II.2", "ratio rho^-(n) <= rho^-",
          NullSpaceConeLemmaChecker.Ratio.RHO_MINUS.at(n, support), c.rhoMinus()));
      return Verdict.of("MS:lem-III.1i", system.toString(), checks);
    }, PropertyHarness.tries());
  }

  /**
   * The constants depend on (A, y) only through ker A and x*: they are unchanged (exactly, with the
   * support permuted) under a column permutation, a scaling of the rows of (A, y) by non-zero
   * rationals, and (A, y) -> (M A, M y) for an invertible integer M = L U (unit triangular factors).
   */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  @Verifies("MS:def-II.1")
  void invariantUnderPermutationScalingAndInvertibleMaps() {
    PropertyHarness.forAll("MS:eq-II.1 invariances", seeded(moderate()), seeded -> {
      LinearSystem system = seeded.system();
      Draws draws = new SeededDraws(seeded.seed());
      NullSpaceConstants base = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      List<Check> checks = new ArrayList<>();
      int d = system.cols();
      int[] permutation = draws.permutation(d);
      BigRational[][] permuted = new BigRational[system.rows()][d];
      for (int i = 0; i < system.rows(); i++) {
        for (int j = 0; j < d; j++) {
          permuted[i][permutation[j]] = system.a().get(i, j);
        }
      }
      NullSpaceConstants p = NullSpaceConstantsSolver.compute(
          new LinearSystem(RationalMatrix.of(permuted), system.y()), LpPrecision.EXACT);
      int[] mappedSupport = Arrays.stream(base.support()).map(j -> permutation[j]).sorted().toArray();
      checks.add(Check.equal("MS:def-II.1", "permutation: support maps",
          Arrays.equals(mappedSupport, p.support()) ? 1 : 0, 1, 0));
      addSame(checks, "permutation", base, p);
      BigRational[] scale = new BigRational[system.rows()];
      for (int i = 0; i < scale.length; i++) {
        scale[i] = BigRational.of(draws.between(1, 7) * (draws.coin() ? 1 : -1), draws.between(1, 5));
      }
      BigRational[][] diagonal = new BigRational[scale.length][scale.length];
      for (int i = 0; i < scale.length; i++) {
        for (int k = 0; k < scale.length; k++) {
          diagonal[i][k] = i == k ? scale[i] : BigRational.ZERO;
        }
      }
      addSame(checks, "row scaling", base, transformed(system, RationalMatrix.of(diagonal)));
      addSame(checks, "M A", base, transformed(system, invertible(draws, system.rows())));
      return Verdict.of("MS:eq-II.1", system.toString(), checks);
    }, PropertyHarness.tries());
  }

  /** rho~ and rho^- by branch and bound equal the plain enumeration of all sign patterns. */
  @Test
  @Verifies("MS:eq-II.2")
  void branchAndBoundEqualsEnumeration() {
    PropertyHarness.forAll("MS:eq-II.2 branch and bound = enumeration", moderate(), system -> {
      NullSpaceConstants c = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      int d = system.cols();
      BigRational[] ones = NullSpaceSlice.onSupport(d, c.support(), BigRational.ONE);
      BigRational[] minus = NullSpaceSlice.onSupport(d, c.support(), BigRational.MINUS_ONE);
      BigRational[] zeros = NullSpaceSlice.onSupport(d, c.support(), BigRational.ZERO);
      SignPatternSearch search = new SignPatternSearch(system.a(), c.support(), LpPrecision.EXACT);
      BigRational tilde = search.maximizeByEnumeration(ones, minus).value();
      BigRational negative = search.maximizeByEnumeration(zeros, minus).value();
      BigRational rho = search.maximizeByEnumeration(minus, minus).value();
      return Verdict.of("MS:eq-II.2", system.toString(), List.of(
          Check.equal("MS:eq-II.2", "rho~ (B&B) = rho~ (enumeration)", c.rhoTilde(), tilde),
          Check.equal("MS:eq-II.2", "rho^- (B&B) = rho^- (enumeration)", c.rhoMinus(), negative),
          Check.equal("MS:eq-II.1", "rho (LP) = rho (one-pattern search)", c.rho(), rho)));
    }, PropertyHarness.tries());
  }

  /** The double route agrees with the exact one: same support, constants within 1e-9. */
  @Test
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void exactAndDoubleAgree() {
    PropertyHarness.forAll("MS:eq-II.1 exact vs double", moderate(), system -> {
      NullSpaceConstants e = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      NullSpaceConstants f = NullSpaceConstantsSolver.compute(system, LpPrecision.DOUBLE);
      return Verdict.of("MS:eq-II.1", system.toString(), List.of(
          Check.equal("MS:def-II.1", "same support", Arrays.equals(e.support(), f.support()) ? 1 : 0,
              1, 0),
          agree("MS:eq-II.1", "rho", e.rho(), f.rho()),
          agree("MS:eq-II.2", "rho~", e.rhoTilde(), f.rhoTilde()),
          agree("MS:eq-II.2", "rho^-", e.rhoMinus(), f.rhoMinus()),
          agree("MS:def-II.1", "kappa", e.kappa(), f.kappa())));
    }, PropertyHarness.tries());
  }

  private static Check agree(String id, String name, BigRational exact, BigRational approximate) {
    double scale = Math.max(1.0, Math.abs(exact.doubleValue()));
    return Check.lessOrEqual(id, name + ": |double - exact| <= 1e-9 max(1, |exact|)",
        Math.abs(approximate.subtract(exact).doubleValue()), DOUBLE_AGREEMENT * scale, 0);
  }

  private static void addSame(List<Check> checks, String what, NullSpaceConstants base,
      NullSpaceConstants other) {
    checks.add(Check.equal("MS:eq-II.1", what + ": rho", base.rho(), other.rho()));
    checks.add(Check.equal("MS:eq-II.2", what + ": rho~", base.rhoTilde(), other.rhoTilde()));
    checks.add(Check.equal("MS:eq-II.2", what + ": rho^-", base.rhoMinus(), other.rhoMinus()));
    checks.add(Check.equal("MS:def-II.1", what + ": kappa", base.kappa(), other.kappa()));
  }

  private static NullSpaceConstants transformed(LinearSystem system, RationalMatrix m) {
    return NullSpaceConstantsSolver.compute(
        new LinearSystem(m.multiply(system.a()), m.multiply(system.y())), LpPrecision.EXACT);
  }

  private static RationalMatrix invertible(Draws draws, int size) {
    long[][] lower = new long[size][size];
    long[][] upper = new long[size][size];
    for (int i = 0; i < size; i++) {
      lower[i][i] = 1;
      upper[i][i] = draws.coin() ? 1 : -1;
      for (int k = 0; k < i; k++) {
        lower[i][k] = draws.between(-2, 2);
        upper[k][i] = draws.between(-2, 2);
      }
    }
    return RationalMatrix.of(lower).multiply(RationalMatrix.of(upper));
  }
}
