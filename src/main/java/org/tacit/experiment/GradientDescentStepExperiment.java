package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.flow.FlowResult;
import org.tacit.flow.LogDomainGradientFlow;
import org.tacit.flow.QuadraticGradientDescent;
import org.tacit.flow.QuadraticReparameterizedLoss;
import org.tacit.l1rate.check.FlowLimitProjectionChecker;
import org.tacit.l1rate.family.SectionOneFamilies;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.verify.SeededDraws;

/**
 * {@code ms-gd-step}: how far the limit of gradient descent with step eta on the MS loss
 * {@code ||A u^2 - y||^2} from {@code u_0 = alpha 1} is from the gradient-flow limit (the entropy
 * projection of {@code alpha^2 1}), as a function of eta. Issue #4 asks for this figure ("report by
 * how much it differs at finite eta"); it is not a figure of the paper.
 *
 * <p>Instances: the built-in family of {@link FlowLimitProjectionChecker} (seeded); step sizes
 * {@code eta = etaMax 2^-k} with {@code etaMax = 0.25 / (8 ||A||_F^2 max_j x_j)} at the flow
 * limit, safely inside GD's stability region. Columns: instance seed, alpha, eta, GD steps,
 * converged, relative l1 distance {@code ||x_GD - x_flow||_1 / ||x_flow||_1}.
 */
public final class GradientDescentStepExperiment implements Experiment {

  @Override
  public String name() {
    return "ms-gd-step";
  }

  @Override
  public String description() {
    return "MS: distance between the gradient-descent and gradient-flow limits versus the step size";
  }

  @Override
  public List<String> columns() {
    return List.of("instance", "alpha", "eta", "steps", "converged", "relativeL1Distance");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    int instances = scale == ExperimentScale.TINY ? 1 : 4;
    int steps = scale == ExperimentScale.TINY ? 3 : 7;
    List<SweepPoint> points = new ArrayList<>();
    for (int instance = 0; instance < instances; instance++) {
      for (int k = 0; k < steps; k++) {
        points.add(new SweepPoint(points.size(), new double[] {instance, k}, 1000L + instance));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    FlowLimitInstance instance =
        SectionOneFamilies.flowLimit().draw(new SeededDraws(point.seed()));
    PositiveSystem system = instance.system();
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(system.a(), system.y());
    double alpha = instance.alpha();
    FlowResult flow = new LogDomainGradientFlow(loss).run(alpha,
        ExperimentTolerances.LIMIT_RESIDUAL, ExperimentTolerances.FLOW_MAX_TIME);
    double frobenius = 0;
    for (double[] row : system.a()) {
      for (double v : row) {
        frobenius += v * v;
      }
    }
    double maxX = 0;
    for (double v : flow.x()) {
      maxX = Math.max(maxX, v);
    }
    double eta = 0.25 / (8 * frobenius * Math.max(maxX, alpha * alpha))
        * Math.pow(2, -point.values()[1]);
    FlowResult gd = new QuadraticGradientDescent(loss).run(alpha, eta,
        ExperimentTolerances.LIMIT_RESIDUAL, ExperimentTolerances.GD_MAX_STEPS);
    double distance = 0;
    double norm = 0;
    for (int j = 0; j < gd.x().length; j++) {
      distance += Math.abs(gd.x()[j] - flow.x()[j]);
      norm += Math.abs(flow.x()[j]);
    }
    return List.of(String.valueOf(point.seed()), Double.toString(alpha), Double.toString(eta),
        String.valueOf(gd.steps()), String.valueOf(gd.converged()),
        Double.toString(distance / norm));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] instance = table.column("instance");
    double[] eta = table.column("eta");
    double[] distance = table.column("relativeL1Distance");
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (double id : Arrays.stream(instance).distinct().toArray()) {
      List<double[]> xy = new ArrayList<>();
      for (int i = 0; i < instance.length; i++) {
        if (instance[i] == id && distance[i] > 0) {
          xy.add(new double[] {eta[i], distance[i]});
        }
      }
      double[][] arrays = new double[2][xy.size()];
      for (int i = 0; i < xy.size(); i++) {
        arrays[0][i] = xy.get(i)[0];
        arrays[1][i] = xy.get(i)[1];
      }
      series.put("instance " + (long) id, arrays);
    }
    return Plots.logLog(outDir, name(), "GD limit vs flow limit (MS loss)",
        "FlowLimitProjectionChecker instances, seeds "
            + (long) Arrays.stream(instance).min().orElse(0) + ".."
            + (long) Arrays.stream(instance).max().orElse(0)
            + "; eta = etaMax 2^-k, etaMax = 0.25 / (8 ||A||_F^2 max x)", "step size eta",
        "||x_GD - x_flow||_1 / ||x_flow||_1", series);
  }
}
