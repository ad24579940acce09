package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the deep Hadamard parameterization of TDR Appendix F.1, in exact
 * arithmetic: {@code N, n in [1, 4]}, X with entries in {@code {-2, ..., 2}/2}, a sparse target
 * {@code a*} (entries in {@code {-3, ..., 3}/2} on a random support) with {@code y = X a* + xi}
 * ({@code xi} in {@code {-1, 0, 1}/8}), factors with entries in {@code {-3, ..., 3}/4}, alpha in
 * {@code {1/4, 1/10, 1/20}}, beta in {@code {0, 1/100, 1/10, 1}}; the hypotheses hold by
 * construction.
 *
 * <p>Spec: {@code TDR:eq-118}, {@code TDR:eq-119}, {@code TDR:eq-120}.
 */
public final class DepthFamilies {

  private static final long[] ALPHA_DENOMINATORS = {4, 10, 20};

  private static final BigRational[] BETAS = {BigRational.ZERO, BigRational.of(1, 100),
      BigRational.of(1, 10), BigRational.ONE};

  private DepthFamilies() {}

  /** Depth L in {@code [minDepth, maxDepth]}, {@code steps} updates to follow. */
  public static InstanceFamily<DeepHadamardInstance> hadamard(int minDepth, int maxDepth,
      int steps) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (entries {-2..2}/2), N, n in [1, 4], L in [" + minDepth + ", "
            + maxDepth + "], factors {-3..3}/4, alpha in {1/4, 1/10, 1/20}, beta in {0, 1/100,"
            + " 1/10, 1}, " + steps + " steps";
      }

      @Override
      public DeepHadamardInstance draw(Draws draws) {
        int samples = draws.intBetween(1, 4);
        int n = draws.intBetween(1, 4);
        int depth = draws.intBetween(minDepth, maxDepth);
        BigRational[][] rows = new BigRational[samples][n];
        for (int r = 0; r < samples; r++) {
          for (int j = 0; j < n; j++) {
            rows[r][j] = BigRational.of(draws.between(-2, 2), 2);
          }
        }
        RationalMatrix x = RationalMatrix.of(rows);
        BigRational[] target = new BigRational[n];
        for (int j = 0; j < n; j++) {
          target[j] = draws.coin() ? BigRational.of(draws.between(-3, 3), 2) : BigRational.ZERO;
        }
        BigRational[] y = x.multiply(target);
        for (int r = 0; r < samples; r++) {
          y[r] = y[r].add(BigRational.of(draws.between(-1, 1), 8));
        }
        BigRational[][] factors = new BigRational[depth][n];
        for (int k = 0; k < depth; k++) {
          for (int j = 0; j < n; j++) {
            factors[k][j] = BigRational.of(draws.between(-3, 3), 4);
          }
        }
        BigRational alpha = BigRational.of(1,
            ALPHA_DENOMINATORS[draws.intBetween(0, ALPHA_DENOMINATORS.length - 1)]);
        BigRational beta = BETAS[draws.intBetween(0, BETAS.length - 1)];
        return new DeepHadamardInstance(x, y, factors, alpha, beta, steps);
      }
    };
  }
}
