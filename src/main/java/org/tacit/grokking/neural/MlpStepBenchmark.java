package org.tacit.grokking.neural;

import java.util.Locale;
import org.tacit.training.Adam;
import org.tacit.verify.SeededDraws;

/**
 * A command-line benchmark (not a test): the wall time of one full-batch training step of the
 * paper-scale modular-addition MLP (p = 97, d1 = d2 = 64, 3763 training pairs): loss, gradient
 * (forward and backward pass), the regularizer's subgradient and the Adam update, for each
 * regularizer, with the flop count of the forward and backward pass
 * ({@link ModularAdditionMlp#flopsPerStep}) and the resulting rate, and the projected time of
 * the paper-scale {@code tdr-fig1} sweep (two runs per regularizer of
 * {@code TdrFigureOneExperiment.FULL_STEPS} steps). Run: {@code java -cp ...
 * org.tacit.grokking.neural.MlpStepBenchmark [steps]} (default 20 timed steps after 5 warm-up
 * steps). Single-threaded.
 *
 * <p>Spec: {@code TDR:fig-1} (cost of the reproduction).
 */
public final class MlpStepBenchmark {

  private static final long FIGURE_STEPS = 10_000;

  private MlpStepBenchmark() {}

  /** Prints one line per regularizer and the projection; {@code args[0]}: timed steps. */
  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int warmup = 5;
    double projected = 0;
    for (WeightRegularizer h : new WeightRegularizer[] {WeightRegularizer.NONE,
        WeightRegularizer.L1, WeightRegularizer.L2, WeightRegularizer.NUCLEAR}) {
      SeededDraws draws = new SeededDraws(1);
      ModularAdditionData data = ModularAdditionData.split(97, 0.4, draws);
      ModularAdditionMlp model = new ModularAdditionMlp(97, 64, 64);
      double[] theta = model.initialParameters(draws);
      MlpObjective objective = new MlpObjective(model, data, h, 1e-5, Long.MAX_VALUE);
      Adam adam = new Adam(objective);
      long start = 0;
      for (int t = 0; t < warmup + steps; t++) {
        if (t == warmup) {
          start = System.nanoTime();
        }
        objective.loss(theta);
        adam.update(theta, t, 1e-2);
      }
      double seconds = (System.nanoTime() - start) * 1e-9 / steps;
      double flops = model.flopsPerStep(data.train().size());
      if (h != WeightRegularizer.NONE) {
        projected += 2 * FIGURE_STEPS * seconds;
      }
      System.out.printf(Locale.ROOT,
          "%-8s %.4f s/step  %.1f Mflop/step (forward + backward)  %.2f Gflop/s%n", h.label(),
          seconds, flops * 1e-6, flops / seconds * 1e-9);
    }
    System.out.printf(Locale.ROOT,
        "projected paper-scale tdr-fig1 (6 runs x %d steps, one thread, plus test evaluations"
            + " every 100 steps): %.1f h%n", FIGURE_STEPS, projected / 3600);
  }
}
