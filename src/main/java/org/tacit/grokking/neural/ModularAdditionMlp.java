package org.tacit.grokking.neural;

import java.util.Arrays;
import java.util.List;
import org.tacit.verify.Draws;

/**
 * The MLP of Section 2.1 / H.3.1 for modular addition: logits
 * {@code y(x) = b2 + W2 relu(b1 + W1 (E[x1] o E[x2]))} with {@code E in R^{p x d1}} (row
 * {@code E[x]} is the embedding of residue x), {@code W1 in R^{d2 x d1}}, {@code b1 in R^{d2}},
 * {@code W2 in R^{p x d2}}, {@code b2 in R^p}, {@code o} the Hadamard product (the only reading of
 * the paper's {@code E(x1) o E(x2)} consistent with {@code W1 in R^{d2 x d1}}), trained on the mean
 * softmax cross-entropy. Paper scale: p = 97, d1 = d2 = 64.
 *
 * <p>Parameter vector {@code theta} (flat): {@code E} (p x d1, row-major), then {@code W1}
 * (d2 x d1), {@code b1}, {@code W2} (p x d2), {@code b2}; {@link #weights()} lists the three
 * matrices (the regularized parameters). Initialization ({@link #initialParameters}): the paper's
 * "normal initialization" {@code A ~ N(0, 1/n1)} for {@code A in R^{n1 x n2}} on each weight
 * matrix (variance 1 / rows), zero biases (the authors' code: {@code std = 1/sqrt(weight.shape[0])},
 * biases zero).
 *
 * <p>Forward and backward ({@link Pass#lossAndGradient}): {@code e1 = E[x1]}, {@code e2 = E[x2]},
 * {@code u = e1 o e2}, {@code z = W1 u + b1}, {@code h = relu(z)}, {@code l = W2 h + b2}; loss
 * {@code (1/B) sum_b CE(l_b, label_b)}; backward {@code dl = (softmax - onehot)/B},
 * {@code dW2 = dl^T h}, {@code dh = dl W2}, {@code dz = dh 1[z > 0]}, {@code dW1 = dz^T u},
 * {@code du = dz W1}, {@code dE[x1] += du o e2}, {@code dE[x2] += du o e1} (scatter-add, so
 * {@code x1 = x2} gets both terms). Single-threaded, fixed loop order: same inputs, same bits.
 *
 * <p>Cost per example: {@code 2 d1 d2 + 2 d2 p} flops forward, twice that backward, so one
 * full-batch step on B pairs is about {@code 6 B (d1 d2 + d2 p)} flops (233 Mflop at paper scale).
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}.
 */
public final class ModularAdditionMlp {

  private final int modulus;
  private final int embeddingWidth;
  private final int hiddenWidth;
  private final WeightBlock embedding;
  private final WeightBlock first;
  private final int firstBias;
  private final WeightBlock second;
  private final int secondBias;
  private final int parameterCount;

  /**
   * The MLP for residues mod {@code modulus} with embedding width d1 and hidden width d2.
   *
   * @throws IllegalArgumentException unless all three are at least 1 ({@code p >= 2})
   */
  public ModularAdditionMlp(int modulus, int embeddingWidth, int hiddenWidth) {
    if (modulus < 2 || embeddingWidth < 1 || hiddenWidth < 1) {
      throw new IllegalArgumentException("need p >= 2, d1, d2 >= 1, got " + modulus + ", "
          + embeddingWidth + ", " + hiddenWidth);
    }
    this.modulus = modulus;
    this.embeddingWidth = embeddingWidth;
    this.hiddenWidth = hiddenWidth;
    this.embedding = new WeightBlock("E", 0, modulus, embeddingWidth);
    this.first = new WeightBlock("W1", embedding.size(), hiddenWidth, embeddingWidth);
    this.firstBias = first.offset() + first.size();
    this.second = new WeightBlock("W2", firstBias + hiddenWidth, modulus, hiddenWidth);
    this.secondBias = second.offset() + second.size();
    this.parameterCount = secondBias + modulus;
  }

  /** p, the number of residues and of classes. */
  public int modulus() {
    return modulus;
  }

  /** d1. */
  public int embeddingWidth() {
    return embeddingWidth;
  }

  /** d2. */
  public int hiddenWidth() {
    return hiddenWidth;
  }

  /** The length of {@code theta}: {@code p d1 + d2 d1 + d2 + p d2 + p}. */
  public int parameterCount() {
    return parameterCount;
  }

  /** The weight matrices E, W1, W2 (the regularized parameters), in storage order. */
  public List<WeightBlock> weights() {
    return List.of(embedding, first, second);
  }

  /** The offset of {@code b1} in {@code theta}. */
  public int firstBiasOffset() {
    return firstBias;
  }

  /** The offset of {@code b2} in {@code theta}. */
  public int secondBiasOffset() {
    return secondBias;
  }

  /** The flops of one forward and backward pass over {@code batch} examples (see class doc). */
  public double flopsPerStep(int batch) {
    return 6.0 * batch * ((double) embeddingWidth * hiddenWidth + (double) hiddenWidth * modulus);
  }

  /** Weights {@code N(0, 1/rows)} drawn in storage order, biases zero. */
  public double[] initialParameters(Draws draws) {
    double[] theta = new double[parameterCount];
    for (WeightBlock block : weights()) {
      double scale = 1 / Math.sqrt(block.rows());
      for (int k = 0; k < block.size(); k++) {
        theta[block.offset() + k] = scale * draws.gaussian();
      }
    }
    return theta;
  }

  /** A workspace for batches of {@code batch} pairs (one per thread; reused across steps). */
  public Pass pass(int batch) {
    return new Pass(batch);
  }

  /**
   * The buffers of one forward/backward pass over a batch of fixed size; the logits of the last
   * forward pass stay available ({@link #logits()}).
   */
  public final class Pass {

    private final int batch;
    private final double[] e1;
    private final double[] e2;
    private final double[] u;
    private final double[] z;
    private final double[] h;
    private final double[] logits;
    private final double[] gradLogits;
    private final double[] gradH;
    private final double[] gradZ;
    private final double[] gradU;
    private final double[] gradE1;
    private final double[] gradE2;
    private final double[] weight1;
    private final double[] bias1;
    private final double[] weight2;
    private final double[] bias2;

    private Pass(int batch) {
      if (batch < 1) {
        throw new IllegalArgumentException("batch must be >= 1, got " + batch);
      }
      this.batch = batch;
      this.e1 = new double[batch * embeddingWidth];
      this.e2 = new double[batch * embeddingWidth];
      this.u = new double[batch * embeddingWidth];
      this.z = new double[batch * hiddenWidth];
      this.h = new double[batch * hiddenWidth];
      this.logits = new double[batch * modulus];
      this.gradLogits = new double[batch * modulus];
      this.gradH = new double[batch * hiddenWidth];
      this.gradZ = new double[batch * hiddenWidth];
      this.gradU = new double[batch * embeddingWidth];
      this.gradE1 = new double[batch * embeddingWidth];
      this.gradE2 = new double[batch * embeddingWidth];
      this.weight1 = new double[first.size()];
      this.bias1 = new double[hiddenWidth];
      this.weight2 = new double[second.size()];
      this.bias2 = new double[modulus];
    }

    /** Computes the logits of the pairs ({@code first[b], second[b]}) at {@code theta}. */
    public void forward(double[] theta, int[] firstResidues, int[] secondResidues) {
      if (firstResidues.length != batch || secondResidues.length != batch) {
        throw new IllegalArgumentException("batch must have " + batch + " pairs");
      }
      System.arraycopy(theta, first.offset(), weight1, 0, weight1.length);
      System.arraycopy(theta, firstBias, bias1, 0, hiddenWidth);
      System.arraycopy(theta, second.offset(), weight2, 0, weight2.length);
      System.arraycopy(theta, secondBias, bias2, 0, modulus);
      double[] table = embedding.copyFrom(theta);
      Layers.gather(table, embeddingWidth, firstResidues, e1);
      Layers.gather(table, embeddingWidth, secondResidues, e2);
      Layers.hadamard(e1, e2, u);
      Layers.dense(u, batch, embeddingWidth, weight1, bias1, hiddenWidth, z);
      Layers.relu(z, h);
      Layers.dense(h, batch, hiddenWidth, weight2, bias2, modulus, logits);
    }

    /**
     * The mean cross-entropy of the pairs at {@code theta}, with its gradient written into
     * {@code gradient} (length {@link #parameterCount()}, overwritten).
     */
    public double lossAndGradient(double[] theta, ModularAdditionData.PairSet pairs,
        double[] gradient) {
      forward(theta, pairs.first(), pairs.second());
      double loss = Layers.softmaxCrossEntropy(logits, batch, modulus, pairs.labels(),
          gradLogits);
      Arrays.fill(gradient, 0);
      double[] gradWeight2 = new double[second.size()];
      double[] gradBias2 = new double[modulus];
      Layers.denseBackward(h, batch, hiddenWidth, weight2, modulus, gradLogits, gradH,
          gradWeight2, gradBias2);
      Layers.reluBackward(z, gradH, gradZ);
      double[] gradWeight1 = new double[first.size()];
      double[] gradBias1 = new double[hiddenWidth];
      Layers.denseBackward(u, batch, embeddingWidth, weight1, hiddenWidth, gradZ, gradU,
          gradWeight1, gradBias1);
      Layers.hadamardBackward(e1, e2, gradU, gradE1, gradE2);
      double[] gradTable = new double[embedding.size()];
      Layers.gatherBackward(gradE1, embeddingWidth, pairs.first(), gradTable);
      Layers.gatherBackward(gradE2, embeddingWidth, pairs.second(), gradTable);
      System.arraycopy(gradTable, 0, gradient, embedding.offset(), gradTable.length);
      System.arraycopy(gradWeight1, 0, gradient, first.offset(), gradWeight1.length);
      System.arraycopy(gradBias1, 0, gradient, firstBias, hiddenWidth);
      System.arraycopy(gradWeight2, 0, gradient, second.offset(), gradWeight2.length);
      System.arraycopy(gradBias2, 0, gradient, secondBias, modulus);
      return loss;
    }

    /** The mean cross-entropy of the pairs at {@code theta} (forward only). */
    public double loss(double[] theta, ModularAdditionData.PairSet pairs) {
      forward(theta, pairs.first(), pairs.second());
      return Layers.softmaxCrossEntropy(logits, batch, modulus, pairs.labels(),
          gradLogits);
    }

    /**
     * The fraction of the pairs of the last forward pass whose largest logit (first on ties) is
     * the label.
     */
    public double accuracy(int[] labels) {
      int correct = 0;
      for (int b = 0; b < batch; b++) {
        if (Layers.argmax(logits, b, modulus) == labels[b]) {
          correct++;
        }
      }
      return (double) correct / batch;
    }

    /** A copy of the logits of the last forward pass ({@code batch x p}). */
    public double[] logits() {
      return logits.clone();
    }
  }
}
