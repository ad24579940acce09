package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.spec.Verifies;

class ZgFigureTwoExperimentTest {

  @Test
  @Verifies("ZG:fig-2")
  @Verifies("ZG:cor-3.2")
  @Verifies("ZG:thm-1.1")
  @Verifies("ZG:rem-1.3")
  void tinySweepRunsEveryMethodAndPlots(@TempDir Path dir) throws Exception {
    ZgFigureTwoExperiment experiment = new ZgFigureTwoExperiment();
    ResultTable table = SweepRunner.run(experiment, ExperimentScale.TINY, 0, 1, 1,
        new PrintWriter(new StringWriter()));
    assertThat(table.complete()).isTrue();
    int method = table.header().indexOf("method");
    int converged = table.header().indexOf("converged");
    int trainLoss = table.header().indexOf("trainLoss");
    int testLoss = table.header().indexOf("testLoss");
    int substitute = table.header().indexOf("substitute");
    int d = table.header().indexOf("d");
    int n = table.header().indexOf("n");
    int error = table.header().indexOf("error");
    int constant = table.header().indexOf("corollaryConstant");
    int ratio = table.header().indexOf("minL1Ratio");
    for (List<String> row : table.rows().values()) {
      assertThat(row.get(converged)).as(row.toString()).isEqualTo("true");
      // every method interpolates: GD stops at 1e-4, the others are exact interpolators
      assertThat(Double.parseDouble(row.get(trainLoss))).as(row.toString())
          .isLessThanOrEqualTo(1e-4);
      assertThat(Double.parseDouble(row.get(testLoss))).isPositive();
      // n = floor(3 sqrt d); cor-3.2 constant and rem-1.3 ratio from the row's own error
      double dimension = Double.parseDouble(row.get(d));
      double samples = Double.parseDouble(row.get(n));
      double e = Double.parseDouble(row.get(error));
      assertThat(samples).isEqualTo(Math.floor(3 * Math.sqrt(dimension)));
      assertThat(e * e).isCloseTo(Double.parseDouble(row.get(testLoss)),
          Offset.offset(ExperimentTolerances.PLOT_TICK_SLACK * e * e));
      assertThat(Double.parseDouble(row.get(constant))).isCloseTo(
          e / (0.1 * Math.sqrt(3 * Math.pow(Math.log(dimension), 5) / samples)),
          Offset.offset(ExperimentTolerances.PLOT_TICK_SLACK * e));
      assertThat(Double.parseDouble(row.get(ratio))).isCloseTo(
          e * e / (0.01 / Math.log(dimension / samples)),
          Offset.offset(ExperimentTolerances.PLOT_TICK_SLACK * e * e * 100));
      assertThat(row.get(substitute)).isEqualTo(row.get(method).equals("w2-u2-flow")
          ? "flow-limit-for-GD" : "none");
    }
    List<Path> files = experiment.plot(table, dir);
    assertThat(files).hasSize(3);
    String summary = Files.readString(dir.resolve("zg-fig2-summary.txt"));
    assertThat(summary).contains("# slope hybrid", "# slope model1", "# slope w2-u2-flow");
  }

  /** The slope of exact power-law data {@code y = 3 x^-0.25} is -0.25 (up to rounding of logs). */
  @Test
  @Verifies("ZG:cor-3.2")
  void slopeOfAPowerLawIsItsExponent() {
    double[][] xy = {{100, 1000, 2500, 10000}, new double[4]};
    for (int i = 0; i < 4; i++) {
      xy[1][i] = 3 * Math.pow(xy[0][i], -0.25);
    }
    assertThat(ZgFigureTwoExperiment.slope(xy)).isCloseTo(-0.25,
        Offset.offset(ExperimentTolerances.PLOT_TICK_SLACK));
  }
}
