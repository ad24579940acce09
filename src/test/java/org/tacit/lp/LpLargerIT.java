package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;

/**
 * The properties of LpSolverProperties on larger constructed LPs (up to 25 rows and columns),
 * fewer examples: status, certificate, weak-duality sandwich, and exact vs double agreement to
 * 1e-9 relative.
 */
class LpLargerIT {

  private static final int MAX_SIZE = 25;
  private static final int EXAMPLES = PropertyHarness.tries();

  private final LpSolverChecker exact = new LpSolverChecker(new ExactSimplexSolver(), 0);
  private final LpSolverChecker real =
      new LpSolverChecker(new DoubleSimplexSolver(), LpTolerances.DOUBLE_CERTIFICATE);

  @Test
  void exactOnLargerInstances() {
    PropertyHarness.verify("LP exact larger feasible", exact,
        RandomLpFamily.feasibleBounded(MAX_SIZE), EXAMPLES);
    PropertyHarness.verify("LP exact larger infeasible", exact,
        RandomLpFamily.infeasible(MAX_SIZE), EXAMPLES);
    PropertyHarness.verify("LP exact larger unbounded", exact,
        RandomLpFamily.unbounded(MAX_SIZE), EXAMPLES);
  }

  @Test
  void doubleOnLargerInstances() {
    PropertyHarness.verify("LP double larger feasible", real,
        RandomLpFamily.feasibleBounded(MAX_SIZE), EXAMPLES);
    PropertyHarness.verify("LP double larger infeasible", real,
        RandomLpFamily.infeasible(MAX_SIZE), EXAMPLES);
    PropertyHarness.verify("LP double larger unbounded", real,
        RandomLpFamily.unbounded(MAX_SIZE), EXAMPLES);
  }

  @Test
  void exactAndDoubleAgreeOnLargerInstances() {
    PropertyHarness.forAll("LP larger exact vs double", RandomLpFamily.feasibleBounded(MAX_SIZE),
        instance -> {
          LpResult e = new ExactSimplexSolver(false).solve(instance.program());
          LpResult d = new DoubleSimplexSolver().solve(instance.program());
          assertThat(Math.abs(d.objectiveValue() - e.objectiveValue()))
              .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(e.objectiveValue())));
          return exact.check(instance);
        }, EXAMPLES);
  }
}
