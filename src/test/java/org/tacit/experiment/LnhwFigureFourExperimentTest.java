package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * LNHW Figure 4 at paper scale (n = 100, p = 500, 16 support entries 1 in 4 groups of 4, 500
 * updates): the group method recovers w* far better than the unstructured baselines within the
 * budget.
 */
class LnhwFigureFourExperimentTest {

  /**
   * The paper's claim: Algorithm 2 recovers w* while the unstructured method "fails to converge"
   * for lack of samples. At the 500-step budget (inventory LG-FIG-4) we assert, per convention,
   * that the group method's error is at least 10 times smaller than each baseline's, and that the
   * baselines have not recovered w* (error above a tenth of {@code ||w*||^2 = 16}). (Whether the
   * baseline fails for lack of samples or of steps is not decided here; the inventory reports it
   * improves when run longer.)
   */
  @Test
  @Verifies("LNHW:fig-4")
  void groupMethodBeatsTheUnstructuredBaselinesTenfoldAtTheBudget() {
    int last = (int) LnhwFigureFourExperiment.STEPS;
    double groupPaper = LnhwFigureFourExperiment.trajectory(true,
        LnhwFigureFourExperiment.Method.GROUP_PAPER).error()[last];
    double groupCode = LnhwFigureFourExperiment.trajectory(true,
        LnhwFigureFourExperiment.Method.GROUP_CODE).error()[last];
    double differencePaper = LnhwFigureFourExperiment.trajectory(true,
        LnhwFigureFourExperiment.Method.DIFFERENCE_PAPER).error()[last];
    double differenceCode = LnhwFigureFourExperiment.trajectory(true,
        LnhwFigureFourExperiment.Method.DIFFERENCE_CODE).error()[last];
    double squaresCode = LnhwFigureFourExperiment.trajectory(true,
        LnhwFigureFourExperiment.Method.SQUARES_CODE).error()[last];
    assertThat(10 * groupPaper).isLessThan(differencePaper);
    assertThat(10 * groupCode).isLessThan(differenceCode);
    assertThat(10 * groupCode).isLessThan(squaresCode);
    for (double baseline : new double[] {differencePaper, differenceCode, squaresCode}) {
      assertThat(baseline).isGreaterThan(1.6);
    }
  }
}
