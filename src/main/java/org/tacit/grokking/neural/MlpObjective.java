package org.tacit.grokking.neural;

import java.util.ArrayList;
import java.util.List;
import org.tacit.training.Objective;

/**
 * The training objective {@code f(theta) = g(theta) + beta h(theta)} of the modular-addition MLP:
 * {@code g} the mean cross-entropy on the training pairs (full batch), {@code h} a
 * {@link WeightRegularizer} on the weight matrices (coupled: {@code beta H} is part of the
 * gradient Adam sees). It also records the run: every {@code evaluationInterval}-th call of
 * {@link #loss} (the loop's step t, counted from 0) appends a {@link Measurement} with the train
 * and test loss and accuracy and the l1, l2 (Frobenius of the concatenated weights) and nuclear
 * (sum over matrices) norms of the weights.
 *
 * <p>Call protocol of {@link Objective}: {@link #loss} computes the forward and backward pass
 * over the training set and caches the gradient; {@link #gradient} copies it. One instance per
 * run.
 *
 * <p>Cost per step: one forward and backward pass ({@link ModularAdditionMlp}); plus, at a
 * recorded step, one forward pass over the test set and three SVDs.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}, {@code TDR:fig-1}.
 */
public final class MlpObjective implements Objective {

  /**
   * One recorded step.
   *
   * @param step the loop's t (updates made so far)
   * @param trainLoss the mean cross-entropy on the training set (without the regularizer)
   * @param trainAccuracy the training accuracy
   * @param testLoss the mean cross-entropy on the test set
   * @param testAccuracy the test accuracy
   * @param l1Norm {@code sum_W ||W||_1}
   * @param l2Norm {@code sqrt(sum_W ||W||_F^2)}
   * @param nuclearNorm {@code sum_W ||W||_*}
   */
  public record Measurement(long step, double trainLoss, double trainAccuracy, double testLoss,
      double testAccuracy, double l1Norm, double l2Norm, double nuclearNorm) {}

  private final ModularAdditionMlp model;
  private final ModularAdditionData data;
  private final WeightRegularizer regularizer;
  private final double beta;
  private final long evaluationInterval;
  private final ModularAdditionMlp.Pass trainPass;
  private final ModularAdditionMlp.Pass testPass;
  private final double[] cachedGradient;
  private final List<Measurement> measurements = new ArrayList<>();
  private long calls;

  /**
   * The objective of {@code model} on {@code data} with {@code beta h}.
   *
   * @throws IllegalArgumentException if {@code beta < 0}, the interval is below 1 or the data's
   *     modulus is not the model's
   */
  public MlpObjective(ModularAdditionMlp model, ModularAdditionData data,
      WeightRegularizer regularizer, double beta, long evaluationInterval) {
    if (!(beta >= 0) || evaluationInterval < 1 || data.modulus() != model.modulus()) {
      throw new IllegalArgumentException("need beta >= 0, interval >= 1 and matching p, got "
          + beta + ", " + evaluationInterval + ", " + data.modulus());
    }
    this.model = model;
    this.data = data;
    this.regularizer = regularizer;
    this.beta = beta;
    this.evaluationInterval = evaluationInterval;
    this.trainPass = model.pass(data.train().size());
    this.testPass = model.pass(data.test().size());
    this.cachedGradient = new double[model.parameterCount()];
  }

  @Override
  public int dimension() {
    return model.parameterCount();
  }

  @Override
  public double loss(double[] theta) {
    double trainLoss = trainPass.lossAndGradient(theta, data.train(), cachedGradient);
    double penalty = 0;
    if (beta != 0) {
      penalty = beta * regularizer.addSubgradientAndValue(theta, model.weights(), beta,
          cachedGradient);
    }
    if (calls % evaluationInterval == 0) {
      double trainAccuracy = trainPass.accuracy(data.train().labels());
      double testLoss = testPass.loss(theta, data.test());
      double testAccuracy = testPass.accuracy(data.test().labels());
      measurements.add(new Measurement(calls, trainLoss, trainAccuracy, testLoss, testAccuracy,
          WeightRegularizer.L1.value(theta, model.weights()),
          Math.sqrt(2 * WeightRegularizer.L2.value(theta, model.weights())),
          WeightRegularizer.NUCLEAR.value(theta, model.weights())));
    }
    calls++;
    return trainLoss + penalty;
  }

  @Override
  public void gradient(double[] theta, double[] out) {
    System.arraycopy(cachedGradient, 0, out, 0, cachedGradient.length);
  }

  /** The recorded steps so far, in order. */
  public List<Measurement> measurements() {
    return List.copyOf(measurements);
  }
}
