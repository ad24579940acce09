package org.tacit.grokking.neural;

import java.util.List;
import org.tacit.training.Adam;
import org.tacit.training.IterationLoop;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.verify.SeededDraws;

/**
 * One full-batch training run of the modular-addition MLP (Section 2.1 / H.3.1): data split and
 * initialization from one seed, Adam (PyTorch defaults, learning rate {@code alpha}) on
 * {@code f = g + beta h} through the shared {@link IterationLoop} for a fixed number of steps (the
 * loss tolerance is the smallest positive double, so the run never stops as converged; the loop's
 * divergence rule still applies), recording every {@code evaluationInterval} steps.
 *
 * <p>Deterministic: same arguments, same result (single-threaded, fixed loop order). Seeds: the
 * split uses {@code SeededDraws(seed)}, then the initialization continues from the same draws.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}, {@code TDR:fig-1}.
 */
public final class MlpTraining {

  /**
   * The setting of a run.
   *
   * @param modulus p
   * @param embeddingWidth d1
   * @param hiddenWidth d2
   * @param trainFraction r_train
   * @param regularizer h
   * @param beta the regularization strength
   * @param learningRate Adam's lr (the paper's alpha)
   * @param steps the number of updates
   * @param evaluationInterval record every this many steps
   * @param seed the seed of the split and the initialization
   */
  public record Setting(int modulus, int embeddingWidth, int hiddenWidth, double trainFraction,
      WeightRegularizer regularizer, double beta, double learningRate, long steps,
      long evaluationInterval, long seed) {}

  /**
   * The outcome.
   *
   * @param result the loop's result (final parameters, stop reason)
   * @param measurements the recorded steps
   */
  public record Run(TrainingResult result, List<MlpObjective.Measurement> measurements) {}

  private MlpTraining() {}

  /** Runs {@code setting}. */
  public static Run run(Setting setting) {
    SeededDraws draws = new SeededDraws(setting.seed());
    ModularAdditionData data = ModularAdditionData.split(setting.modulus(),
        setting.trainFraction(), draws);
    ModularAdditionMlp model = new ModularAdditionMlp(setting.modulus(),
        setting.embeddingWidth(), setting.hiddenWidth());
    double[] initial = model.initialParameters(draws);
    MlpObjective objective = new MlpObjective(model, data, setting.regularizer(),
        setting.beta(), setting.evaluationInterval());
    double lr = setting.learningRate();
    TrainingSettings settings = new TrainingSettings(t -> lr, Double.MIN_VALUE,
        setting.steps());
    TrainingResult result = IterationLoop.run(new Adam(objective), initial, settings,
        ProgressListener.NONE);
    return new Run(result, objective.measurements());
  }
}
