package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.lp.ExactSimplexSolver;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpCertificateVerifier;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.lp.ObjectiveSense;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * {@link NullSpaceSliceBound} against exact LP optima over sign-restricted slices (the exact
 * simplex method, an independent route): on instances meeting Assumption II.1 by construction
 * (so Q is a polytope), with the exact ranges of {@code n_S} as boxes, random integer costs on S
 * and random sign restrictions,
 * <ul>
 *   <li>validity: the bound is at least the exact optimum, exactly, for random multipliers (any
 *       multipliers must give a valid bound) and for the optimal duals;
 *   <li>tightness: with the exact optimal duals rounded to double, the bound exceeds the optimum
 *       by at most 4 times the first-order effect of that rounding,
 *       {@code 2^-52 max|y_i| max_j ||a_j||_1 (1 + sum_S max(|lo_j|, |hi_j|))} (a relative
 *       error {@code 2^-53} in each {@code y_i}, then the dyadic rounding, which is finer).
 * </ul>
 * Examples per property: {@code -Dtacit.tries}.
 */
class NullSpaceSliceBoundProperties {

  /** An instance, a support, cost and signs on it, and random multipliers. */
  private record Case(LinearSystem system, long[] costs, int[] signs, double[] multipliers) {}

  private static InstanceFamily<Case> cases() {
    InstanceFamily<LinearSystem> systems = NullSpaceFamilies.certified(6, 14, 4, 5);
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return systems.name() + ", costs in [-3, 3], signs in {-1, 0, 1}, multipliers N(0, 4)";
      }

      @Override
      public Case draw(Draws draws) {
        LinearSystem system = systems.draw(draws);
        int d = system.cols();
        long[] costs = new long[d];
        int[] signs = new int[d];
        for (int j = 0; j < d; j++) {
          costs[j] = draws.between(-3, 3);
          signs[j] = draws.intBetween(-1, 1);
        }
        double[] multipliers = new double[system.rows()];
        for (int i = 0; i < multipliers.length; i++) {
          multipliers[i] = 2 * draws.gaussian();
        }
        return new Case(system, costs, signs, multipliers);
      }
    };
  }

  @Test
  @Verifies("MS:eq-II.2")
  void boundIsValidForAnyMultipliersAndTightForOptimalDuals() {
    List<Double> slack = new ArrayList<>();
    PropertyHarness.forAll("slice bound vs exact LP", cases(), c -> {
      LinearSystem system = c.system();
      AssumptionII1Report report = AssumptionII1.check(system, LpPrecision.EXACT);
      assertThat(report.holds()).as(report.toString()).isTrue();
      int[] support = report.minimizer().support();
      RationalMatrix a = system.a();
      int d = a.cols();
      boolean[] in = NullSpaceSlice.mask(d, support);
      ExactSimplexSolver exact = new ExactSimplexSolver();
      BigRational[] lower = zeros(d);
      BigRational[] upper = zeros(d);
      BigRational[] cost = zeros(d);
      double boxMass = 1;
      for (int j : support) {
        BigRational[] unit = zeros(d);
        unit[j] = BigRational.ONE;
        lower[j] = exact.solve(NullSpaceSlice.program(a, in, unit, ObjectiveSense.MINIMIZE, null))
            .objective();
        upper[j] = exact.solve(NullSpaceSlice.program(a, in, unit, ObjectiveSense.MAXIMIZE, null))
            .objective();
        cost[j] = BigRational.of(c.costs()[j]);
        boxMass += Math.max(Math.abs(lower[j].doubleValue()), Math.abs(upper[j].doubleValue()));
      }
      BigRational constant = BigRational.of(c.costs()[0], 7);
      NullSpaceSliceBound bound = new NullSpaceSliceBound(a, support, lower, upper);
      LpResult node = exact.solve(
          NullSpaceSlice.program(a, in, cost, ObjectiveSense.MAXIMIZE, c.signs()));
      BigRational random = bound.bound(cost, constant, c.signs(), c.multipliers());
      List<Check> checks = new ArrayList<>();
      if (node.status() == LpStatus.INFEASIBLE) {
        Verdict farkas = LpCertificateVerifier.verifyExact(
            NullSpaceSlice.program(a, in, cost, ObjectiveSense.MAXIMIZE, c.signs()), node);
        checks.add(Check.equal("MS:eq-II.2", "empty node: Farkas certificate holds",
            farkas.holds() ? 1 : 0, 1, 0));
        return Verdict.of("MS:eq-II.2", system.toString(), checks);
      }
      assertThat(node.status()).isEqualTo(LpStatus.OPTIMAL);
      BigRational optimum = node.objective().add(constant);
      double[] duals = node.rowDuals().stream().mapToDouble(BigRational::doubleValue).toArray();
      BigRational fromDuals = bound.bound(cost, constant, c.signs(), duals);
      checks.add(Check.lessOrEqual("MS:eq-II.2", "optimum <= bound (random multipliers)",
          optimum, random));
      checks.add(Check.lessOrEqual("MS:eq-II.2", "optimum <= bound (optimal duals)",
          optimum, fromDuals));
      double largestDual = 0;
      for (int i = 0; i < a.rows(); i++) {
        largestDual = Math.max(largestDual, Math.abs(duals[i]));
      }
      double columnNorm = 0;
      for (int j = 0; j < d; j++) {
        double norm = 0;
        for (int i = 0; i < a.rows(); i++) {
          norm += Math.abs(a.get(i, j).doubleValue());
        }
        columnNorm = Math.max(columnNorm, norm);
      }
      double allowance = 4 * 0x1.0p-52 * largestDual * columnNorm * boxMass;
      double excess = fromDuals.subtract(optimum).doubleValue();
      slack.add(excess);
      checks.add(Check.lessOrEqual("MS:eq-II.2", "bound (optimal duals) - optimum <= rounding",
          excess, allowance, 0));
      return Verdict.of("MS:eq-II.2", system.toString(), checks);
    }, PropertyHarness.tries());
    assertThat(slack).as("feasible nodes examined").isNotEmpty();
  }

  /**
   * A hand-worked slice: {@code A = [1, -1, -2]}, {@code S = {0}}, so
   * {@code Q = {(n1 + 2 n2, n1, n2) : n1, n2 >= 0, n1 + n2 = 1}} and {@code n_0 in [1, 2]}; cost
   * {@code n_0} (maximum 2). With {@code y}: {@code r = (1 - y, y, 2y)}, bound
   * {@code max(y, 2y) + max((1 - y) * 1, (1 - y) * 2)}: y = 0 gives 2, y = 1 gives 2, y = 2 gives
   * {@code 4 - 1 = 3}, y = 1/2 gives {@code 1 + 1 = 2}; a non-finite multiplier counts as 0.
   */
  @Test
  @Verifies("MS:eq-II.2")
  void handWorkedSlice() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, -1, -2}});
    BigRational[] lower = {BigRational.ONE, BigRational.ZERO, BigRational.ZERO};
    BigRational[] upper = {BigRational.TWO, BigRational.ZERO, BigRational.ZERO};
    NullSpaceSliceBound bound = new NullSpaceSliceBound(a, new int[] {0}, lower, upper);
    BigRational[] cost = {BigRational.ONE, BigRational.ZERO, BigRational.ZERO};
    int[] free = new int[3];
    assertThat(bound.bound(cost, BigRational.ZERO, free, new double[] {0})).isEqualTo(
        BigRational.TWO);
    assertThat(bound.bound(cost, BigRational.ZERO, free, new double[] {1})).isEqualTo(
        BigRational.TWO);
    assertThat(bound.bound(cost, BigRational.ZERO, free, new double[] {2})).isEqualTo(
        BigRational.of(3));
    assertThat(bound.bound(cost, BigRational.ZERO, free, new double[] {0.5})).isEqualTo(
        BigRational.TWO);
    assertThat(bound.bound(cost, BigRational.ONE, free, new double[] {Double.NaN})).isEqualTo(
        BigRational.of(3));
    assertThatThrownBy(() -> bound.bound(new BigRational[] {BigRational.ONE, BigRational.ONE,
        BigRational.ZERO}, BigRational.ZERO, free, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vanish off S");
    assertThatThrownBy(() -> new NullSpaceSliceBound(a, new int[] {0, 1, 2}, lower, upper))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S^c is empty");
    assertThatThrownBy(() -> new NullSpaceSliceBound(a, new int[] {0}, upper, lower))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty box");
  }

  private static BigRational[] zeros(int d) {
    BigRational[] z = new BigRational[d];
    Arrays.fill(z, BigRational.ZERO);
    return z;
  }
}
