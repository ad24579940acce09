package org.tacit.grokking.family;

import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.IncoherenceTrials;
import org.tacit.grokking.model.SpikeHadamardInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of TDR Theorem G.4 and Example G.1. Theorem G.4: {@code n in [2, 8]}, {@code m in [1, n]}, Phi the first m
 * columns of a rational Cayley orthogonal matrix, {@code N in [1, 6]}, {@code C1 in {1/2, 1, 2}},
 * {@code C2 in {1, 3/2, 2}}, 200 trials of standard normal {@code N x n} matrices. The normals
 * come from a {@link SeededDraws} generator seeded by one draw: the draws of a property test are
 * biased towards the ends of their ranges (to find edge cases), which would make the Gaussian
 * trials heavy-tailed and the statistical check meaningless.
 *
 * <p>Spec: {@code TDR:thm-G.4}, {@code TDR:ex-G.1}.
 */
public final class IncoherenceFamilies {

  private static final double[] C1 = {0.5, 1, 2};

  private static final double[] C2 = {1, 1.5, 2};

  /** Trials per instance. */
  public static final int TRIALS = 200;

  private IncoherenceFamilies() {}

  /** The family described above. */
  public static InstanceFamily<IncoherenceTrials> gaussian() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Cayley Phi (n in [2, 8], m <= n), N in [1, 6], C1 in {1/2, 1, 2}, C2 in {1, 3/2,"
            + " 2}, " + TRIALS + " Gaussian trials";
      }

      @Override
      public IncoherenceTrials draw(Draws draws) {
        int n = draws.intBetween(2, 8);
        int m = draws.intBetween(1, n);
        int samples = draws.intBetween(1, 6);
        RationalMatrix phi = RationalFrames.orthonormalColumns(draws, n, m);
        return new IncoherenceTrials(phi, samples, C1[draws.intBetween(0, 2)],
            C2[draws.intBetween(0, 2)],
            normals(new SeededDraws(draws.between(0, Integer.MAX_VALUE)), TRIALS, samples * n));
      }
    };
  }

  /** {@code trials} arrays of {@code length} standard normal draws. */
  public static double[][] normals(Draws draws, int trials, int length) {
    double[][] out = new double[trials][length];
    for (int t = 0; t < trials; t++) {
      for (int k = 0; k < length; k++) {
        out[t][k] = draws.gaussian();
      }
    }
    return out;
  }

  /** Example G.1: {@code n = 4^k}, {@code k in {1, 2}}, {@code s in [1, n]}. */
  public static InstanceFamily<SpikeHadamardInstance> spikeHadamard() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Sylvester-Hadamard / sqrt(n), n in {4, 16}, s in [1, n]";
      }

      @Override
      public SpikeHadamardInstance draw(Draws draws) {
        int k = draws.intBetween(1, 2);
        return new SpikeHadamardInstance(k, draws.intBetween(1, 1 << (2 * k)));
      }
    };
  }
}
