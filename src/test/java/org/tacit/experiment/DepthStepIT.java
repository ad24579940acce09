package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SectionSevenData;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * NRSS Remark 6.3's mechanism, "lambda_max grows with depth, so the maximal convergent step is
 * smaller", on the Section 7 defaults (seed 1, alpha = 0.5), with the nrss-fig4 bisection: depth 4
 * fails (within the 400 000-step budget) at a step where depth 3 converges, and depth 3 fails at a
 * step where depth 2 converges (same warm-up, tolerance and budget).
 */
class DepthStepIT {

  @Test
  @Verifies("NRSS:rem-6.3")
  void largestConvergentStepShrinksWithDepth() {
    NrssFigureFourExperiment experiment = new NrssFigureFourExperiment();
    List<String> three = experiment.run(new SweepPoint(0, new double[] {1, 3, 0.5}, 1));
    List<String> four = experiment.run(new SweepPoint(1, new double[] {1, 4, 0.5}, 1));
    double convergedThree = Double.parseDouble(three.get(2));
    double failingThree = Double.parseDouble(three.get(3));
    double failingFour = Double.parseDouble(four.get(3));
    RegressionData data = SectionSevenData.defaults().sample(1).data();
    DepthDiagonalModel two = new DepthDiagonalModel(2);
    TrainingResult depthTwo = GradientDescent.run(new DiagonalNetworkObjective(data, two),
        Initialization.uniform(two, data.dimension(), 0.5),
        new TrainingSettings(WarmupSchedule.linear(failingThree, NrssFigureOneExperiment.WARMUP),
            ExperimentTolerances.TRAINING_LOSS, NrssFigureFourExperiment.BUDGET_FULL,
            NrssFigureOneExperiment.WARMUP));
    System.out.printf("[tacit] NRSS:rem-6.3 D = 3: converges at %.7f, fails at %.7f (%s); D = 4:"
        + " fails at %.7f; D = 2 at %.7f: %s%n", convergedThree, failingThree, three.get(4),
        failingFour, failingThree, depthTwo.reason());
    assertThat(failingFour).isLessThan(convergedThree);
    assertThat(depthTwo.converged()).isTrue();
  }
}
