package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.io.UserInputException;

/** Every reproduction at tiny scale (so none can rot), shards and merge, the table format. */
class ExperimentTest {

  @TempDir
  Path dir;

  private static final PrintWriter QUIET = new PrintWriter(new StringWriter());

  @Test
  void everyReproductionRunsAtTinyScaleAndPlots() throws Exception {
    for (Experiment experiment : Experiments.all()) {
      ResultTable table = SweepRunner.run(experiment, ExperimentScale.TINY, 0, 1, 2, QUIET);
      assertThat(table.complete()).as(experiment.name()).isTrue();
      assertThat(table.header()).containsExactlyElementsOf(
          java.util.stream.Stream.concat(java.util.stream.Stream.of("point"),
              experiment.columns().stream()).toList());
      List<Path> plots = experiment.plot(table, dir);
      for (Path plot : plots) {
        assertThat(Files.size(plot)).as(plot.toString()).isPositive();
      }
      assertThat(Files.readString(dir.resolve(experiment.name() + ".svg"))).startsWith("<svg")
          .contains("<polyline");
      assertThat(Experiments.named(experiment.name()).map(Experiment::name)).contains(experiment.name());
    }
    assertThat(Experiments.named("nope")).isEmpty();
  }

  /**
   * Gradient descent is a first-order discretization of the flow, so the distance between the
   * limits is O(eta): halving eta must roughly halve it (ratio in [1.6, 2.4]).
   */
  @Test
  void gradientDescentDistanceIsFirstOrderInTheStep() {
    ResultTable table = SweepRunner.run(new GradientDescentStepExperiment(),
        ExperimentScale.TINY, 0, 1, 1, QUIET);
    double[] distance = table.column("relativeL1Distance");
    double[] eta = table.column("eta");
    for (int i = 1; i < distance.length; i++) {
      assertThat(eta[i - 1] / eta[i]).isEqualTo(2.0);
      assertThat(distance[i - 1] / distance[i]).isBetween(1.6, 2.4);
    }
    for (String converged : table.rows().values().stream().map(r -> r.get(5)).toList()) {
      assertThat(converged).isEqualTo("true");
    }
  }

  /**
   * ms-rate at tiny scale: every row met Assumption II.1 within the redraw budget, every grid
   * point lies in the Theorem II.2 band, the constants are ordered (rho <= rho^- <= rho~, rho < 1,
   * Lemma III.1), and wherever a slope is claimed it is within the proven bound of 1 - rho.
   */
  @Test
  @org.tacit.spec.Verifies("MS:rem-II.1")
  void msRateRowsRespectTheTheorem() {
    ResultTable table = SweepRunner.run(new MsRateExperiment(), ExperimentScale.TINY, 0, 1, 2,
        QUIET);
    double[] rho = table.column("rho");
    double[] rhoMinus = table.column("rhoMinus");
    double[] rhoTilde = table.column("rhoTilde");
    double[] bandViolations = table.column("bandViolations");
    double[] failed = table.column("failedPoints");
    double[] endpoint = table.column("endpointSlope");
    double[] bound = table.column("slopeErrorBound");
    double[] oneMinusRho = table.column("oneMinusRho");
    double[] redraws = table.column("redraws");
    assertThat(rho).hasSize(4);
    for (int r = 0; r < rho.length; r++) {
      assertThat(redraws[r]).isLessThanOrEqualTo(MsRateExperiment.MAX_REDRAWS);
      assertThat(rho[r]).isLessThan(1).isLessThanOrEqualTo(rhoMinus[r]);
      assertThat(rhoMinus[r]).isLessThanOrEqualTo(rhoTilde[r]);
      assertThat(bandViolations[r]).isZero();
      assertThat(failed[r]).isZero();
      if (!Double.isNaN(endpoint[r])) {
        assertThat(Math.abs(endpoint[r] - oneMinusRho[r])).isLessThanOrEqualTo(bound[r] + 1e-9);
      }
    }
  }

  /**
   * ms-rho-gaussian at tiny scale: each row met Assumption II.1 within the redraw budget and has
   * rho < 1 (Lemma III.1(ii)); the remark's trends are reported by the full run, not asserted.
   */
  @Test
  @org.tacit.spec.Verifies("MS:rem-II.3")
  void rhoOnGaussianDesignsIsBelowOne() {
    ResultTable table = SweepRunner.run(new MsRhoGaussianExperiment(), ExperimentScale.TINY, 0, 1,
        2, QUIET);
    double[] rho = table.column("rho");
    assertThat(rho).hasSize(4);
    for (double value : rho) {
      assertThat(value).isLessThan(1);
    }
    assertThat(table.column("sqrtSLogNOverSOverN")[0])
        .isEqualTo(Math.sqrt(Math.log(6.0) / 6));
    assertThat(Plots.linearStep(new double[] {0, 1})).isEqualTo(0.2);
  }

  /**
   * nrss-fig1 at tiny scale: both baselines interpolate the training data (train loss at rounding
   * level), every converged GD run has train loss below the tolerance and, by Lemma 2.3,
   * lambda_max <= (2/eta)(1 + 1e-3) at its end point (tolerance of StepSizeTolerances).
   */
  @Test
  @org.tacit.spec.Verifies("NRSS:fig-1")
  @org.tacit.spec.Verifies("NRSS:fig-3")
  @org.tacit.spec.Verifies("NRSS:fig-5")
  @org.tacit.spec.Verifies("NRSS:fig-6")
  void figureOneRowsInterpolateAndAreStable() {
    checkFigureOneRows(new NrssFigureOneExperiment(), 4);
    checkFigureOneRows(NrssFigureOneExperiment.figureThree(), 8);
    checkFigureOneRows(NrssFigureOneExperiment.figureFive(), 4);
    checkFigureOneRows(NrssFigureOneExperiment.figureSix(), 4);
  }

  private static void checkFigureOneRows(NrssFigureOneExperiment experiment, int expectedRows) {
    ResultTable table = SweepRunner.run(experiment, ExperimentScale.TINY, 0, 1, 2, QUIET);
    List<List<String>> rows = List.copyOf(table.rows().values());
    double[] train = table.column("trainLoss");
    double[] lambda = table.column("lambdaMax");
    double[] twoOverEta = table.column("twoOverEta");
    int kind = table.header().indexOf("kind");
    int converged = table.header().indexOf("converged");
    assertThat(rows).as(experiment.name()).hasSize(expectedRows);
    int gdConverged = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (!rows.get(r).get(kind).equals("gd")) {
        assertThat(train[r]).isLessThan(1e-18);
      } else if (rows.get(r).get(converged).equals("true")) {
        gdConverged++;
        assertThat(train[r]).isLessThanOrEqualTo(ExperimentTolerances.TRAINING_LOSS);
        assertThat(lambda[r]).isLessThanOrEqualTo(twoOverEta[r] * (1 + 1e-3));
      }
    }
    assertThat(gdConverged).isPositive();
  }

  /**
   * nrss-fig2 at tiny scale, on every converged row: ||beta o 4 m^2||_1 <= stability measure
   * (|beta| <= u_+^2 + u_-^2 termwise, rem-D.1), the Lemma 4.1 sandwich up to the residual term
   * (lower - ||R|| <= lambda_max <= upper + ||R||, Weyl; 1e-9 relative rounding), and Lemma 2.3
   * (lambda_max <= (2/eta)(1 + 1e-3)).
   */
  @Test
  @org.tacit.spec.Verifies("NRSS:fig-2")
  @org.tacit.spec.Verifies("NRSS:rem-4.2")
  void figureTwoRowsRespectLemma41AndLemma23() {
    ResultTable table = SweepRunner.run(new NrssFigureTwoExperiment(), ExperimentScale.TINY, 0, 1,
        2, QUIET);
    double[] lambda = table.column("lambdaMax");
    double[] lower = table.column("lowerBound");
    double[] upper = table.column("upperBound");
    double[] betaWeighted = table.column("betaWeightedL1");
    double[] twoOverEta = table.column("twoOverEta");
    double[] residual = table.column("residualTermNorm");
    int converged = table.header().indexOf("converged");
    List<List<String>> rows = List.copyOf(table.rows().values());
    int checked = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(converged).equals("true")) {
        checked++;
        assertThat(betaWeighted[r]).isLessThanOrEqualTo(lower[r] * (1 + 1e-12));
        assertThat(lower[r] - residual[r]).isLessThanOrEqualTo(lambda[r] * (1 + 1e-9));
        assertThat(lambda[r]).isLessThanOrEqualTo((upper[r] + residual[r]) * (1 + 1e-9));
        assertThat(lambda[r]).isLessThanOrEqualTo(twoOverEta[r] * (1 + 1e-3));
      }
    }
    assertThat(checked).isPositive();
  }

  /**
   * nrss-fig4 at tiny scale: the bisection bracket is valid (largest convergent step below the
   * smallest failing one), and the solution reached with the largest convergent step satisfies
   * Lemma 2.3, lambda_max <= (2/eta)(1 + 1e-3), i.e. 2 / lambda_max is at least that step.
   */
  @Test
  @org.tacit.spec.Verifies("NRSS:fig-4")
  void figureFourBracketIsConsistentWithLemma23() {
    ResultTable table = SweepRunner.run(new NrssFigureFourExperiment(), ExperimentScale.TINY, 0,
        1, 1, QUIET);
    double[] converges = table.column("largestConvergentEta");
    double[] fails = table.column("smallestFailingEta");
    double[] twoOverLambda = table.column("twoOverLambdaMax");
    assertThat(converges).hasSize(1);
    assertThat(converges[0]).isLessThan(fails[0]);
    assertThat(converges[0]).isLessThanOrEqualTo(twoOverLambda[0] * (1 + 1e-3));
  }

  /** Decade labels thin out as 1, 2, 5, 10, 20, ... so that at most 12 intervals show. */
  @Test
  void svgDecadeLabelsThinOutOnWideRanges() {
    assertThat(Plots.tickStep(new double[] {-3, 2})).isEqualTo(1);
    assertThat(Plots.tickStep(new double[] {-20, 0})).isEqualTo(2);
    assertThat(Plots.tickStep(new double[] {-50, 0})).isEqualTo(5);
    assertThat(Plots.tickStep(new double[] {-205, 3})).isEqualTo(20);
  }

  @Test
  void shardsMergeBackToTheWholeSweep() {
    Experiment experiment = new GradientDescentStepExperiment();
    ResultTable whole = SweepRunner.run(experiment, ExperimentScale.TINY, 0, 1, 1, QUIET);
    ResultTable first = SweepRunner.run(experiment, ExperimentScale.TINY, 0, 2, 1, QUIET);
    ResultTable second = SweepRunner.run(experiment, ExperimentScale.TINY, 1, 2, 1, QUIET);
    assertThat(first.complete()).isFalse();
    first.write(dir.resolve("a.csv"));
    second.write(dir.resolve("b.csv"));
    ResultTable merged = ResultTable.merge(
        List.of(ResultTable.read(dir.resolve("a.csv")), ResultTable.read(dir.resolve("b.csv"))));
    assertThat(merged.toCsv()).isEqualTo(whole.toCsv());
    assertThatThrownBy(() -> ResultTable.merge(List.of(first)))
        .isInstanceOf(UserInputException.class).hasMessageContaining("incomplete sweep");
    assertThatThrownBy(() -> ResultTable.merge(List.of(first, first)))
        .hasMessageContaining("appears in two shards");
    assertThatThrownBy(() -> ResultTable.merge(List.of())).hasMessage("nothing to merge");
    ResultTable other = new ResultTable("other", ExperimentScale.TINY, whole.points(),
        whole.header(), Map.of());
    assertThatThrownBy(() -> ResultTable.merge(List.of(first, other)))
        .hasMessageContaining("shards of different sweeps");
    assertThatThrownBy(() -> SweepRunner.run(experiment, ExperimentScale.TINY, 2, 2, 1, QUIET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> whole.column("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readingRejectsMalformedTables() throws Exception {
    expect("", "not a tacit result table");
    expect("# tacit reproduce x scale=tiny\npoint,a\n", "malformed header line");
    expect("# tacit reproduce x scale=huge points=2\npoint,a\n", "unknown scale 'huge'");
    expect("# tacit reproduce x scale=tiny points=2\npoint,a\n0\n", ":3: expected 2 cells, found 1");
    expect("# tacit reproduce x scale=tiny points=2\npoint,a\nz,1\n", "point index 'z' is not an integer");
    expect("# tacit reproduce x scale=tiny points=2\npoint,a\n5,1\n", "point 5 outside 0..1");
    expect("# tacit reproduce x scale=tiny points=2\npoint,a\n0,1\n0,2\n", "point 0 given twice");
    assertThatThrownBy(() -> ResultTable.read(dir.resolve("none.csv"))).hasMessageEndingWith("no such file");
    assertThatThrownBy(() -> ResultTable.read(dir)).hasMessageContaining("cannot read");
    Path ok = dir.resolve("ok.csv");
    Files.writeString(ok, "# tacit reproduce x scale=tiny points=1\npoint,a\n\n0,1.5\n");
    assertThat(ResultTable.read(ok).column("a")).containsExactly(1.5);
    assertThatThrownBy(() -> ExperimentScale.parse("x")).hasMessageContaining("tiny or full");
  }

  private void expect(String text, String message) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, text);
    assertThatThrownBy(() -> ResultTable.read(file)).isInstanceOf(UserInputException.class)
        .hasMessageContaining(message);
  }

  @Test
  void svgHandlesEmptyAndNonPositiveSeries() {
    String svg = Plots.svg("t <1>", "x", "y", Map.of("s", new double[][] {{0, -1}, {1, 2}}));
    assertThat(svg).contains("t &lt;1&gt;").contains("<polyline").doesNotContain("<circle");
    assertThat(new SweepPoint(0, new double[] {1}, 2).values()).containsExactly(1.0);
  }
}
