package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/**
 * Random LPs constructed with a known status (RandomLpFamily): both solvers return that status
 * with a valid certificate (exact: checked exactly; double: at LpTolerances.DOUBLE_CERTIFICATE),
 * the optimum lies between the construction's primal and dual witnesses (weak duality), the two
 * solvers agree on the optimum to 1e-9 relative, and the double solver agrees with Commons Math's
 * SimplexSolver (an independent implementation) to 1e-9 relative. Not paper items: no @Verifies.
 */
class LpSolverProperties {

  private static final double AGREEMENT = 1e-9;

  private final LpSolverChecker exactCold = new LpSolverChecker(new ExactSimplexSolver(false), 0);
  private final LpSolverChecker exactWarm = new LpSolverChecker(new ExactSimplexSolver(true), 0);
  private final LpSolverChecker real =
      new LpSolverChecker(new DoubleSimplexSolver(), LpTolerances.DOUBLE_CERTIFICATE);

  @Test
  void exactSolvesFeasibleBoundedWithCertificate() {
    PropertyHarness.verify("LP exact feasible-bounded",
        new CheckSuite<>(exactCold, RandomLpFamily.feasibleBounded()));
  }

  @Test
  void exactWarmStartedSolvesFeasibleBounded() {
    PropertyHarness.verify("LP exact warm feasible-bounded",
        new CheckSuite<>(exactWarm, RandomLpFamily.feasibleBounded()));
  }

  @Test
  void exactCertifiesInfeasibility() {
    PropertyHarness.verify("LP exact infeasible",
        new CheckSuite<>(exactCold, RandomLpFamily.infeasible()));
  }

  @Test
  void exactCertifiesUnboundedness() {
    PropertyHarness.verify("LP exact unbounded",
        new CheckSuite<>(exactCold, RandomLpFamily.unbounded()));
  }

  @Test
  void doubleSolvesFeasibleBoundedWithCertificate() {
    PropertyHarness.verify("LP double feasible-bounded",
        new CheckSuite<>(real, RandomLpFamily.feasibleBounded()));
  }

  @Test
  void doubleCertifiesInfeasibility() {
    PropertyHarness.verify("LP double infeasible",
        new CheckSuite<>(real, RandomLpFamily.infeasible()));
  }

  @Test
  void doubleCertifiesUnboundedness() {
    PropertyHarness.verify("LP double unbounded",
        new CheckSuite<>(real, RandomLpFamily.unbounded()));
  }

  @Test
  void exactAndDoubleAgree() {
    PropertyHarness.forAll("LP exact vs double", RandomLpFamily.feasibleBounded(), instance -> {
      LpResult exact = new ExactSimplexSolver(false).solve(instance.program());
      LpResult approximate = new DoubleSimplexSolver().solve(instance.program());
      assertThat(approximate.status()).isEqualTo(exact.status());
      double reference = exact.objectiveValue();
      assertThat(Math.abs(approximate.objectiveValue() - reference))
          .isLessThanOrEqualTo(AGREEMENT * Math.max(1, Math.abs(reference)));
      return exactCold.check(instance);
    }, PropertyHarness.tries());
  }

  @Test
  void certifiedWarmStartAgreesExactlyWithColdExact() {
    PropertyHarness.forAll("LP exact warm vs cold", RandomLpFamily.feasibleBounded(), instance -> {
      LpResult cold = new ExactSimplexSolver(false).solve(instance.program());
      LpResult warm = new ExactSimplexSolver(true).solve(instance.program());
      assertThat(warm.status()).isEqualTo(cold.status());
      assertThat(warm.objective()).isEqualTo(cold.objective());
      return exactWarm.check(instance);
    }, PropertyHarness.tries());
  }

  @Test
  void exactWarmCertifiesInfeasibilityAndUnboundedness() {
    PropertyHarness.verify("LP exact warm infeasible",
        new CheckSuite<>(exactWarm, RandomLpFamily.infeasible()));
    PropertyHarness.verify("LP exact warm unbounded",
        new CheckSuite<>(exactWarm, RandomLpFamily.unbounded()));
  }

  @Test
  void doubleAgreesWithCommonsMath() {
    PropertyHarness.forAll("LP double vs commons-math", RandomLpFamily.feasibleBounded(),
        instance -> {
          LinearProgram program = instance.program();
          Verdict verdict = real.check(instance);
          LpResult ours = new DoubleSimplexSolver().solve(program);
          double theirs = commonsMathOptimum(program);
          assertThat(Math.abs(ours.objectiveValue() - theirs))
              .as("ours %s, commons-math %s on %s %s %s", ours.objectiveValue(), theirs,
                  program.sense(), program.columns(), program.rows())
              .isLessThanOrEqualTo(AGREEMENT * Math.max(1, Math.abs(theirs)));
          return verdict;
        }, PropertyHarness.tries());
  }

  /**
   * The optimum by Commons Math 3.6.1's SimplexSolver (Bland's rule). Every column is first
   * rewritten over non-negative variables (x = l + p, x = u - p, or x = p - q when free) and
   * upper bounds become rows, because Commons Math's own NonNegativeConstraint(false) mode is
   * wrong on free variables: on max x1 - 2 x2 s.t. -x1 + 2 x2 = -1 (x free), whose objective is 1
   * at every feasible point, it returns 2.
   */
  static double commonsMathOptimum(LinearProgram program) {
    int n = program.numColumns();
    int[] first = new int[n];
    int width = 0;
    for (int j = 0; j < n; j++) {
      first[j] = width;
      Column column = program.column(j);
      width += column.lower() == null && column.upper() == null ? 2 : 1;
    }
    double[][] map = new double[n][width];
    double[] offset = new double[n];
    for (int j = 0; j < n; j++) {
      Column column = program.column(j);
      BigRational lower = column.lower();
      BigRational upper = column.upper();
      if (lower != null) {
        offset[j] = lower.doubleValue();
        map[j][first[j]] = 1;
      } else if (upper != null) {
        offset[j] = upper.doubleValue();
        map[j][first[j]] = -1;
      } else {
        map[j][first[j]] = 1;
        map[j][first[j] + 1] = -1;
      }
    }
    double[] c = new double[width];
    double constant = program.objectiveConstant().doubleValue();
    for (int j = 0; j < n; j++) {
      double cost = program.column(j).cost().doubleValue();
      constant += cost * offset[j];
      for (int k = 0; k < width; k++) {
        c[k] += cost * map[j][k];
      }
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Row row : program.rows()) {
      double[] a = new double[width];
      double shift = 0;
      for (int t = 0; t < row.size(); t++) {
        int j = row.column(t);
        double value = row.value(t).doubleValue();
        shift += value * offset[j];
        for (int k = 0; k < width; k++) {
          a[k] += value * map[j][k];
        }
      }
      addBounds(constraints, a, shifted(row.lower(), shift), shifted(row.upper(), shift));
    }
    for (int j = 0; j < n; j++) {
      Column column = program.column(j);
      BigRational lower = column.lower();
      BigRational upper = column.upper();
      if (lower != null && upper != null) {
        double[] unit = new double[width];
        unit[first[j]] = 1;
        constraints.add(new LinearConstraint(unit, Relationship.LEQ,
            upper.subtract(lower).doubleValue()));
      }
    }
    PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000),
        new LinearObjectiveFunction(c, constant), new LinearConstraintSet(constraints),
        program.sense() == ObjectiveSense.MINIMIZE ? GoalType.MINIMIZE : GoalType.MAXIMIZE,
        new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
    return optimum.getValue();
  }

  private static Double shifted(BigRational bound, double shift) {
    return bound == null ? null : bound.doubleValue() - shift;
  }

  private static void addBounds(List<LinearConstraint> constraints, double[] a,
      Double lower, Double upper) {
    if (lower != null && upper != null && lower.equals(upper)) {
      constraints.add(new LinearConstraint(a, Relationship.EQ, lower));
      return;
    }
    if (lower != null) {
      constraints.add(new LinearConstraint(a, Relationship.GEQ, lower));
    }
    if (upper != null) {
      constraints.add(new LinearConstraint(a, Relationship.LEQ, upper));
    }
  }
  /** The checker's verdicts carry the certificate checks; a wrong expectation is caught. */
  @Test
  void checkerCatchesAWrongStatus() {
    LpInstance instance = RandomLpFamily.infeasible().draw(new org.tacit.verify.SeededDraws(7));
    LpInstance mislabelled = new LpInstance(instance.program(), LpStatus.OPTIMAL, null, null,
        "mislabelled");
    Verdict verdict = exactCold.check(mislabelled);
    assertThat(verdict.holds()).isFalse();
    assertThat(exactCold.describe(mislabelled)).contains("mislabelled");
    assertThat(exactCold.specId()).isEqualTo(LpCertificateVerifier.SPEC_ID);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RandomLpFamily.unbounded(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
