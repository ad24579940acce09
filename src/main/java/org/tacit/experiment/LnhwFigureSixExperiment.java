package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.group.model.LossConvention;

/**
 * {@code lnhw-fig6}: LNHW Figure 6 (Appendix E.1), the late-stage behaviour of Algorithm 1 in
 * the setting of Figure 2 ({@link LnhwFigureTwoExperiment}, same data, same runs): the recovered
 * support entries {@code w_i(t)}, the directions {@code v_i(t)}, and the one- and two-step jumps
 * {@code max_i |w_i(t) - w_i(t-1)|}, {@code max_i |w_i(t) - w_i(t-2)|}, in both loss
 * conventions. With the v-step {@code 1/u^4}, the paper's {@code 1/(2n)} convention contracts the
 * direction error ({@code 1 - eta u^4 = 0}) while the code's {@code MSELoss} doubles the effective
 * step ({@code 1 - eta u^4 = -1}: a neutral period-2 mode, made unstable by the non-orthogonal
 * design; inventory E16, LG-DER-7).
 *
 * <p>Rows every {@link LnhwFigureTwoExperiment#EVERY} steps at full scale (250 at tiny scale);
 * the jumps are computed from every step. Columns: convention, step, error, jump, twoStepJump,
 * maxOffW, w1..w9 and v1..v9 (the support entries).
 *
 * <p>Spec: {@code LNHW:fig-6}.
 */
public final class LnhwFigureSixExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureTrajectoryExperiment.Trace> {

  @Override
  public String name() {
    return "lnhw-fig6";
  }

  @Override
  public String description() {
    return "LNHW Figure 6: late-stage instability of Algorithm 1 (code's MSE) vs stability"
        + " (paper's 1/(2n)), Figure 2 setting";
  }

  @Override
  public List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("convention", "step", "error", "jump",
        "twoStepJump", "maxOffW"));
    for (int i = 1; i <= 9; i++) {
      columns.add("w" + i);
    }
    for (int i = 1; i <= 9; i++) {
      columns.add("v" + i);
    }
    return columns;
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (int c = 0; c < LnhwFigureTwoExperiment.CONVENTIONS.length; c++) {
      for (long t : grid(LnhwFigureTwoExperiment.STEPS,
          full ? LnhwFigureTwoExperiment.EVERY : 250)) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, c, t},
            LnhwFigureTwoExperiment.SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    LossConvention convention = LnhwFigureTwoExperiment.CONVENTIONS[(int) values[1]];
    int k = (int) values[2];
    Trace trace = trace(full + "/" + convention,
        () -> LnhwFigureTwoExperiment.algorithmOne(full, convention));
    List<String> cells = new ArrayList<>(List.of(convention.name(),
        Long.toString(trace.steps()[k]), num(trace.error()[k]), num(trace.jump()[k]),
        num(trace.twoStepJump()[k]), num(trace.maxOffW()[k])));
    for (double w : trace.supportW()[k]) {
      cells.add(num(w));
    }
    for (double v : trace.supportV()[k]) {
      cells.add(num(v));
    }
    return cells;
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> jumps = new LinkedHashMap<>();
    Map<String, double[][]> entries = new LinkedHashMap<>();
    for (String convention : distinct(table, "convention")) {
      jumps.put("max_i |w_i(t) - w_i(t-1)|, " + convention,
          series(table, "convention", convention, "step", "jump", true));
      for (int i = 1; i <= 9; i++) {
        entries.put("v" + i + ", " + convention,
            series(table, "convention", convention, "step", "v" + i, false));
      }
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "LNHW Fig. 6: one-step jumps of w(t) under Algorithm 1", "t",
        "max_i |w_i(t) - w_i(t-1)|", nonEmpty(jumps)));
    files.addAll(Plots.semiLogX(outDir, name() + "-directions",
        "LNHW Fig. 6: support directions v_i(t)", "t", "v_i(t)", nonEmpty(entries)));
    return files;
  }
}
