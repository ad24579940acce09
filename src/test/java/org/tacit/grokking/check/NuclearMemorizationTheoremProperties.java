package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.MatrixRecoveryProblem;
import org.tacit.grokking.model.NuclearRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * TDR Theorem C.40 (= 3.4) along nuclear-norm subgradient runs: the corrected statement (E7) and
 * its proof steps over completion and sensing runs; the printed first bound fails on a pinned
 * completion run.
 */
class NuclearMemorizationTheoremProperties {

  @Test
  @Verifies("TDR:thm-C.40")
  @Verifies("TDR:thm-3.4")
  @Verifies("TDR:eq-98")
  @Verifies("TDR:eq-99")
  @Verifies("TDR:eq-100")
  @Verifies("TDR:eq-101")
  void correctedStatementHoldsAlongRuns() {
    PropertyHarness.verify("TDR:thm-C.40 runs", new NuclearMemorizationTheoremChecker(),
        MatrixRecoveryFamilies.nuclearRuns(), 25);
  }

  /**
   * Completion of a 3 x 3 rank-1 matrix from 6 entries, alpha = 1/2, beta = 1e-2: rho_2 = 1 (the
   * printed bound is infinite) and, read with rho_r = 1/2, the full-space bound 2 alpha beta
   * sqrt(9)/(1/2) = 0.06 is exceeded once the iterate moves in the unobserved entries towards
   * A* (||P_Omega^c A*||_F is of order 1).
   */
  static NuclearRunInstance pinnedCompletion() {
    SeededDraws draws = new SeededDraws(20261207L);
    int[][] observed = {{0, 0}, {0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 2}};
    double[] aStar = MatrixRecoveryFamilies.randomOrthogonalModel(draws, 3, 3, 1);
    MatrixRecoveryProblem problem = new MatrixRecoveryProblem(3, 3, 6,
        MatrixRecoveryFamilies.completionDesign(3, 3, observed), aStar, new double[6]);
    return new NuclearRunInstance(problem, 0.5, 1e-2,
        MatrixRecoveryFamilies.smallInitial(draws, 9, 1e-3), 1000);
  }

  @Test
  @Verifies("TDR:thm-C.40")
  @Verifies("TDR:thm-3.4")
  void printedFirstBoundFailsInTheKernel() {
    NuclearRunInstance instance = pinnedCompletion();
    Verdict printed = new NuclearMemorizationTheoremChecker(StatementForm.PRINTED)
        .check(instance);
    System.out.println(printed.describe());
    List<String> failed = printed.checks().stream().filter(c -> !c.holds())
        .map(Check::label).toList();
    assertThat(failed).hasSize(2);
    assertThat(failed.get(0)).startsWith("[printed] 1 - rho_2 > 0");
    assertThat(failed.get(1)).startsWith("[printed, proof's rho_r] ||vec(A^(t) - A_hat)||");
    Verdict corrected = new NuclearMemorizationTheoremChecker().check(instance);
    System.out.println(corrected.describe());
    assertThat(corrected.holds()).isTrue();
  }
}
