package org.tacit.grokking.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/**
 * Every layer's backward pass against central finite differences of its forward pass (step
 * {@link TdrTolerances#NEURAL_FD_STEP}, tolerance {@link TdrTolerances#NEURAL_FD_GRADIENT}): the
 * scalar tested is {@code phi(out) = sum_k c_k out_k} with random weights c, whose gradient is the
 * backward pass fed with {@code gradOut = c}. Evaluation points are at distance at least 1e-2 from
 * ReLU and l1 kinks (asserted).
 */
class LayersFiniteDifferenceTest {

  private static final double H = TdrTolerances.NEURAL_FD_STEP;

  private static double[] gaussian(SeededDraws draws, int n) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = draws.gaussian();
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  /** Asserts that {@code gradient} matches the central differences of {@code f} at {@code x}. */
  private static void assertMatchesFiniteDifferences(double[] x, ToDoubleFunction<double[]> f,
      double[] gradient) {
    for (int k = 0; k < x.length; k++) {
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[k] += H;
      minus[k] -= H;
      double fd = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * H);
      assertThat(Math.abs(fd - gradient[k]) / Math.max(1, Math.abs(gradient[k])))
          .as("coordinate %d: fd %s, backward %s", k, fd, gradient[k])
          .isLessThanOrEqualTo(TdrTolerances.NEURAL_FD_GRADIENT);
    }
  }

  private static double minAbs(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Math.min(m, Math.abs(x));
    }
    return m;
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void denseGradientsMatchFiniteDifferencesInInputWeightsAndBias() {
    SeededDraws draws = new SeededDraws(11);
    int batch = 3;
    int in = 4;
    int out = 5;
    double[] x = gaussian(draws, batch * in);
    double[] w = gaussian(draws, out * in);
    double[] bias = gaussian(draws, out);
    double[] c = gaussian(draws, batch * out);
    double[] gradX = new double[x.length];
    double[] gradW = new double[w.length];
    double[] gradBias = new double[out];
    Layers.denseBackward(x, batch, in, w, out, c, gradX, gradW, gradBias);
    double[] y = new double[batch * out];
    assertMatchesFiniteDifferences(x, v -> {
      Layers.dense(v, batch, in, w, bias, out, y);
      return dot(c, y);
    }, gradX);
    assertMatchesFiniteDifferences(w, v -> {
      Layers.dense(x, batch, in, v, bias, out, y);
      return dot(c, y);
    }, gradW);
    assertMatchesFiniteDifferences(bias, v -> {
      Layers.dense(x, batch, in, w, v, out, y);
      return dot(c, y);
    }, gradBias);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void reluAndHadamardGradientsMatchFiniteDifferences() {
    SeededDraws draws = new SeededDraws(12);
    double[] z = gaussian(draws, 12);
    assertThat(minAbs(z)).as("distance to the kink").isGreaterThan(1e-2);
    double[] c = gaussian(draws, 12);
    double[] gradZ = new double[12];
    Layers.reluBackward(z, c, gradZ);
    double[] h = new double[12];
    assertMatchesFiniteDifferences(z, v -> {
      Layers.relu(v, h);
      return dot(c, h);
    }, gradZ);
    double[] a = gaussian(draws, 12);
    double[] b = gaussian(draws, 12);
    double[] gradA = new double[12];
    double[] gradB = new double[12];
    Layers.hadamardBackward(a, b, c, gradA, gradB);
    double[] o = new double[12];
    assertMatchesFiniteDifferences(a, v -> {
      Layers.hadamard(v, b, o);
      return dot(c, o);
    }, gradA);
    assertMatchesFiniteDifferences(b, v -> {
      Layers.hadamard(a, v, o);
      return dot(c, o);
    }, gradB);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void gatherScatterAddsRepeatedRows() {
    SeededDraws draws = new SeededDraws(13);
    int rows = 4;
    int width = 3;
    int[] index = {2, 0, 2, 3, 2};
    double[] table = gaussian(draws, rows * width);
    double[] c = gaussian(draws, index.length * width);
    double[] gradTable = new double[table.length];
    Layers.gatherBackward(c, width, index, gradTable);
    double[] out = new double[index.length * width];
    assertMatchesFiniteDifferences(table, v -> {
      Layers.gather(v, width, index, out);
      return dot(c, out);
    }, gradTable);
    assertThat(gradTable[1 * width]).as("row 1 is never gathered").isZero();
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void softmaxCrossEntropyAndSquareLossGradientsMatchFiniteDifferences() {
    SeededDraws draws = new SeededDraws(14);
    int batch = 3;
    int classes = 5;
    int[] labels = {4, 0, 2};
    double[] logits = gaussian(draws, batch * classes);
    double[] grad = new double[logits.length];
    Layers.softmaxCrossEntropy(logits, batch, classes, labels, grad);
    double[] scratch = new double[logits.length];
    assertMatchesFiniteDifferences(logits,
        v -> Layers.softmaxCrossEntropy(v, batch, classes, labels, scratch), grad);
    double[] y = gaussian(draws, 6);
    double[] targets = gaussian(draws, 6);
    double[] gradY = new double[6];
    Layers.squareLoss(y, targets, 2, gradY);
    double[] scratch2 = new double[6];
    assertMatchesFiniteDifferences(y, v -> Layers.squareLoss(v, targets, 2, scratch2), gradY);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void crossEntropyIsStableForLargeLogits() {
    double[] logits = {1000, 999};
    double[] grad = new double[2];
    double loss = Layers.softmaxCrossEntropy(logits, 1, 2, new int[] {0}, grad);
    // -log(e^1000 / (e^1000 + e^999)) = log(1 + e^-1); softmax(0) = 1 / (1 + e^-1)
    double expected = Math.log1p(Math.exp(-1));
    assertThat(Math.abs(loss - expected)).isLessThanOrEqualTo(TdrTolerances.NEURAL_FD_GRADIENT);
    assertThat(Math.abs(grad[0] - (1 / (1 + Math.exp(-1)) - 1)))
        .isLessThanOrEqualTo(TdrTolerances.NEURAL_FD_GRADIENT);
    assertThat(Math.abs(grad[0] + grad[1])).as("rows of softmax - onehot sum to 0")
        .isLessThanOrEqualTo(TdrTolerances.NEURAL_FD_GRADIENT);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void regularizerSubgradientsAreGradientsAwayFromKinks() {
    SeededDraws draws = new SeededDraws(15);
    List<WeightBlock> blocks = List.of(new WeightBlock("A", 0, 3, 4), new WeightBlock("B", 13,
        4, 2));
    double[] theta = gaussian(draws, 21);
    assertThat(minAbs(theta)).as("distance to the l1 kinks").isGreaterThan(1e-2);
    for (WeightRegularizer h : List.of(WeightRegularizer.L1, WeightRegularizer.L2,
        WeightRegularizer.NUCLEAR)) {
      double[] grad = new double[theta.length];
      h.addSubgradient(theta, blocks, 1, grad);
      assertThat(grad[12]).as("%s: entry 12 is outside every block", h).isZero();
      assertMatchesFiniteDifferences(theta, v -> h.value(v, blocks), grad);
      double[] fused = new double[theta.length];
      assertThat(h.addSubgradientAndValue(theta, blocks, 1, fused)).as("%s value", h)
          .isEqualTo(h.value(theta, blocks));
      assertThat(fused).as("%s fused subgradient", h).isEqualTo(grad);
    }
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void mlpCrossEntropyGradientMatchesFiniteDifferences() {
    ModularAdditionMlp model = new ModularAdditionMlp(5, 3, 4);
    SeededDraws draws = new SeededDraws(17);
    ModularAdditionData data = ModularAdditionData.split(5, 0.4, draws);
    double[] theta = model.initialParameters(draws);
    for (int k = model.firstBiasOffset(); k < model.firstBiasOffset() + 4; k++) {
      theta[k] = 0.1 * draws.gaussian();
    }
    for (int k = model.secondBiasOffset(); k < theta.length; k++) {
      theta[k] = 0.1 * draws.gaussian();
    }
    ModularAdditionMlp.Pass pass = model.pass(data.train().size());
    double[] grad = new double[theta.length];
    pass.lossAndGradient(theta, data.train(), grad);
    assertThat(minHiddenPreactivation(model, theta, data.train())).as("distance to ReLU kinks")
        .isGreaterThan(1e-2);
    assertMatchesFiniteDifferences(theta, v -> pass.loss(v, data.train()), grad);
  }

  /** min over the batch of |z| with z = W1 (E[x1] o E[x2]) + b1, recomputed directly. */
  private static double minHiddenPreactivation(ModularAdditionMlp model, double[] theta,
      ModularAdditionData.PairSet pairs) {
    int d1 = model.embeddingWidth();
    int d2 = model.hiddenWidth();
    int w1 = model.weights().get(1).offset();
    double min = Double.POSITIVE_INFINITY;
    for (int b = 0; b < pairs.size(); b++) {
      for (int o = 0; o < d2; o++) {
        double z = theta[model.firstBiasOffset() + o];
        for (int i = 0; i < d1; i++) {
          z += theta[w1 + o * d1 + i] * theta[pairs.first()[b] * d1 + i]
              * theta[pairs.second()[b] * d1 + i];
        }
        min = Math.min(min, Math.abs(z));
      }
    }
    return min;
  }
}
