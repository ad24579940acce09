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
  void doubleAgreesWithCommonsMath() {
    PropertyHarness.forAll("LP double vs commons-math", RandomLpFamily.feasibleBounded(),
        instance -> {
          LinearProgram program = instance.program();
          LpResult ours = new DoubleSimplexSolver().solve(program);
          double theirs = commonsMathOptimum(program);
          assertThat(Math.abs(ours.objectiveValue() - theirs))
              .isLessThanOrEqualTo(AGREEMENT * Math.max(1, Math.abs(theirs)));
          return real.check(instance);
        }, PropertyHarness.tries());
  }

  /** The optimum by Commons Math 3.6.1's SimplexSolver (Bland's rule), bounds as rows. */
  static double commonsMathOptimum(LinearProgram program) {
    int n = program.numColumns();
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = program.column(j).cost().doubleValue();
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Row row : program.rows()) {
      double[] a = new double[n];
      for (int k = 0; k < row.size(); k++) {
        a[row.column(k)] = row.value(k).doubleValue();
      }
      addBounds(constraints, a, row.lower(), row.upper());
    }
    for (int j = 0; j < n; j++) {
      double[] unit = new double[n];
      unit[j] = 1;
      addBounds(constraints, unit, program.column(j).lower(), program.column(j).upper());
    }
    PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000),
        new LinearObjectiveFunction(c, program.objectiveConstant().doubleValue()),
        new LinearConstraintSet(constraints),
        program.sense() == ObjectiveSense.MINIMIZE ? GoalType.MINIMIZE : GoalType.MAXIMIZE,
        new NonNegativeConstraint(false), PivotSelectionRule.BLAND);
    return optimum.getValue();
  }

  private static void addBounds(List<LinearConstraint> constraints, double[] a,
      BigRational lower, BigRational upper) {
    if (lower != null && upper != null && lower.equals(upper)) {
      constraints.add(new LinearConstraint(a, Relationship.EQ, lower.doubleValue()));
      return;
    }
    if (lower != null) {
      constraints.add(new LinearConstraint(a, Relationship.GEQ, lower.doubleValue()));
    }
    if (upper != null) {
      constraints.add(new LinearConstraint(a, Relationship.LEQ, upper.doubleValue()));
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
  }
}
