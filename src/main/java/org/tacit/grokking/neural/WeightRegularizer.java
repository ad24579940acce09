package org.tacit.grokking.neural;

import java.util.List;
import java.util.Locale;
import org.tacit.grokking.model.HalfSquaredL2Norm;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.NuclearNorm;
import org.tacit.grokking.model.Regularizer;
import org.tacit.linalg.Svd;

/**
 * The regularizer {@code h(theta)} of the paper's neural experiments (Appendix H.3), summed over
 * the weight matrices of the model (biases are not regularized, as in the authors' code, which
 * regularizes the parameters named {@code weight}): {@code l1}: {@code sum_W ||W||_1} with the
 * subgradient {@code sign(W)}, {@code sign(0) = 0} ({@link L1Norm}); {@code l2}: {@code sum_W
 * ||W||_F^2 / 2} with gradient {@code W} ({@link HalfSquaredL2Norm}); {@code nuclear}:
 * {@code sum_W ||W||_*} with the subgradient {@code U_r V_r^T}, the polar factor of the compact
 * SVD at the numerical rank r of each matrix (singular values at or below
 * {@code max(rows, columns) u sigma_1} dropped, {@link NuclearNorm} and
 * {@link org.tacit.linalg.Svd.Decomposition#rankThreshold()}); {@code none}: 0.
 *
 * <p>Deviation recorded (see {@code proofs-notes/TDR/neural.md}): the authors' notebook adds
 * {@code beta torch.norm(W, p=2)}, the unsquared Frobenius norm, for "l2"; we use
 * {@code ||W||_F^2 / 2} as the paper's text and our regression code do.
 *
 * <p>Cost: O(size) per matrix for l1 and l2; one SVD per matrix for the nuclear norm.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}, {@code TDR:fig-1} (the three regularizers).
 */
public enum WeightRegularizer {
  /** No regularization. */
  NONE,
  /** {@code sum_W ||W||_1}. */
  L1,
  /** {@code sum_W ||W||_F^2 / 2}. */
  L2,
  /** {@code sum_W ||W||_*}. */
  NUCLEAR;

  /** The short name used in tables: none, l1, l2, nuclear. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private Regularizer on(WeightBlock block) {
    switch (this) {
      case L1:
        return new L1Norm(block.size());
      case L2:
        return new HalfSquaredL2Norm(block.size());
      case NUCLEAR:
        return new NuclearNorm(block.rows(), block.columns());
      default:
        throw new IllegalStateException("no regularizer for " + this);
    }
  }

  /** {@code h(theta) = sum over blocks of h(W)}. */
  public double value(double[] theta, List<WeightBlock> blocks) {
    if (this == NONE) {
      return 0;
    }
    double sum = 0;
    for (WeightBlock block : blocks) {
      sum += on(block).value(block.copyFrom(theta));
    }
    return sum;
  }

  /**
   * Adds {@code scale H(theta)} to {@code gradient} on each block (other entries unchanged) and
   * returns {@code h(theta)}: the same numbers as {@link #value} and {@link #addSubgradient}, with
   * one SVD per matrix instead of two for the nuclear norm (its value and polar factor come from
   * the same decomposition, as in {@link NuclearNorm}).
   */
  public double addSubgradientAndValue(double[] theta, List<WeightBlock> blocks, double scale,
      double[] gradient) {
    if (this != NUCLEAR) {
      addSubgradient(theta, blocks, scale, gradient);
      return value(theta, blocks);
    }
    double sum = 0;
    for (WeightBlock block : blocks) {
      Svd.Decomposition svd = Svd.decompose(block.copyFrom(theta), block.rows(),
          block.columns());
      for (double sigma : svd.singularValues()) {
        sum += sigma;
      }
      if (scale != 0) {
        double[] h = svd.polarFactor();
        for (int k = 0; k < h.length; k++) {
          gradient[block.offset() + k] += scale * h[k];
        }
      }
    }
    return sum;
  }

  /** Adds {@code scale H(theta)} to {@code gradient} on each block (other entries unchanged). */
  public void addSubgradient(double[] theta, List<WeightBlock> blocks, double scale,
      double[] gradient) {
    if (this == NONE || scale == 0) {
      return;
    }
    for (WeightBlock block : blocks) {
      double[] h = new double[block.size()];
      on(block).subgradient(block.copyFrom(theta), h);
      for (int k = 0; k < h.length; k++) {
        gradient[block.offset() + k] += scale * h[k];
      }
    }
  }
}
