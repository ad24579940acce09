package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.LeastSquaresProbeInstance;
import org.tacit.grokking.model.ProximalRunInstance;
import org.tacit.grokking.model.RidgeRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRecoveryProblem;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Exact instance generators of TDR sparse recovery and weight decay (Sections 3.1, 3.3, Appendix
 * C.4, C.8), following the conventions of Appendix G.1.2 in small rational form: an s-sparse
 * ground truth on a random support, noise optional, small integer designs with {@code N < n}.
 * Every hypothesis is met by construction (never by rejection); the checkers verify them again.
 *
 * <p>Spec: {@code TDR:eq-68}, {@code TDR:thm-3.6}.
 */
public final class SparseRecoveryFamilies {

  private SparseRecoveryFamilies() {}

  /**
   * A design of rank exactly {@code rank} by construction: {@code X = Pr [I_r; B1] [I_r | B2] Pc}
   * with integer {@code B1, B2} in {@code [-2, 2]} and random row and column permutations
   * ({@code [I_r; B1]} has full column rank and {@code [I_r | B2]} full row rank).
   */
  public static RationalMatrix designOfRank(Draws draws, int samples, int dimension, int rank) {
    long[][] left = new long[samples][rank];
    long[][] right = new long[rank][dimension];
    for (int i = 0; i < samples; i++) {
      for (int k = 0; k < rank; k++) {
        left[i][k] = i < rank ? (i == k ? 1 : 0) : draws.between(-2, 2);
      }
    }
    for (int k = 0; k < rank; k++) {
      for (int j = 0; j < dimension; j++) {
        right[k][j] = j < rank ? (j == k ? 1 : 0) : draws.between(-2, 2);
      }
    }
    RationalMatrix product = RationalMatrix.of(left).multiply(RationalMatrix.of(right));
    int[] rowOrder = draws.permutation(samples);
    int[] columnOrder = draws.permutation(dimension);
    return product.selectRows(rowOrder).selectColumns(columnOrder);
  }

  /** An s-sparse vector with nonzero integer entries in {@code [-3, 3]} on a random support. */
  public static BigRational[] sparseTruth(Draws draws, int dimension, int sparsity) {
    BigRational[] truth = ExactVectors.zeros(dimension);
    int[] order = draws.permutation(dimension);
    for (int k = 0; k < sparsity; k++) {
      long magnitude = draws.between(1, 3);
      truth[order[k]] = BigRational.of(draws.coin() ? magnitude : -magnitude);
    }
    return truth;
  }

  /** A vector with entries {@code k / denominator}, k in {@code [-range, range]}. */
  public static BigRational[] rationalVector(Draws draws, int length, int range,
      int denominator) {
    BigRational[] v = new BigRational[length];
    for (int i = 0; i < length; i++) {
      v[i] = BigRational.of(draws.between(-range, range), denominator);
    }
    return v;
  }

  /**
   * Least-squares probes: {@code 2 <= N <= 4}, {@code N < n <= 7}, rank in {@code [1, N]}, a*
   * 1- or 2-sparse, noise {@code xi = 0} in half of the draws (else entries in
   * {@code {-4..4}/4}), a rational probe, {@code alpha = 1/q}, {@code beta = k/8}.
   */
  public static InstanceFamily<LeastSquaresProbeInstance> leastSquaresProbes() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X of rank r <= N < n <= 7, sparse a*, xi = 0 or rational, probe a";
      }

      @Override
      public LeastSquaresProbeInstance draw(Draws draws) {
        int samples = draws.intBetween(2, 4);
        int dimension = draws.intBetween(samples + 1, 7);
        int rank = draws.intBetween(1, samples);
        RationalMatrix x = designOfRank(draws, samples, dimension, rank);
        BigRational[] truth = sparseTruth(draws, dimension, draws.intBetween(1, 2));
        BigRational[] noise = draws.coin() ? ExactVectors.zeros(samples)
            : rationalVector(draws, samples, 4, 4);
        SparseRecoveryData data = new SparseRecoveryData(x, truth, noise);
        return new LeastSquaresProbeInstance(data, rationalVector(draws, dimension, 6, 3),
            BigRational.of(1, draws.between(2, 20)), BigRational.of(draws.between(1, 8), 8));
      }
    };
  }

  /**
   * Weight-decay runs: {@code 1 <= N <= 3}, {@code N < n <= 5}, any rank, sparse a*, noise as
   * above, {@code beta = k/4} with k in {@code [1, 4]}, and
   * {@code alpha = u / (trace(X^T X) + beta)} with {@code u = k/4}, k in {@code [2, 7]}: since
   * {@code sigma_max(X^T X) <= trace(X^T X)}, {@code alpha (sigma_max + beta) <= u < 2}. A rational
   * initial point, 3 to 6 steps (the exact iterates' denominators grow geometrically).
   */
  public static InstanceFamily<RidgeRunInstance> ridgeRuns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (N < n <= 5), sparse a*, beta in (0, 1], alpha = u/(tr X^T X + beta),"
            + " u < 2, 3..6 exact steps";
      }

      @Override
      public RidgeRunInstance draw(Draws draws) {
        int samples = draws.intBetween(1, 3);
        int dimension = draws.intBetween(samples + 1, 5);
        int rank = draws.intBetween(1, samples);
        RationalMatrix x = designOfRank(draws, samples, dimension, rank);
        BigRational[] truth = sparseTruth(draws, dimension, draws.intBetween(1, 2));
        BigRational[] noise = draws.coin() ? ExactVectors.zeros(samples)
            : rationalVector(draws, samples, 4, 4);
        BigRational beta = BigRational.of(draws.between(1, 4), 4);
        BigRational trace = BigRational.ZERO;
        for (int i = 0; i < samples; i++) {
          trace = trace.add(ExactVectors.squaredNorm(x.row(i)));
        }
        BigRational alpha = BigRational.of(draws.between(2, 7), 4)
            .divide(trace.add(beta));
        return new RidgeRunInstance(new SparseRecoveryData(x, truth, noise), alpha, beta,
            rationalVector(draws, dimension, 3, 2), draws.intBetween(3, 6));
      }
    };
  }

  /**
   * Subgradient runs of sparse recovery: {@code 2 <= N <= 4}, {@code N + 2 <= n <= 10}, X of full
   * row rank N by construction ({@link #designOfRank}), a* 1- or 2-sparse with integer entries,
   * {@code xi = 0} ({@code noisy = false}) or entries {@code k/16}, {@code k in [-2, 2]};
   * {@code alpha = u / lambda_max(X X^T)} with u uniform in {@code [0.3, 1.5]} (so
   * {@code alpha sigma_max < 2}), {@code beta = v lambda_max / sqrt(n)} with v uniform in
   * {@code [1e-3, 2e-2]} (so {@code beta sqrt(n) < sigma_max}); {@code a^(1)} uniform in
   * {@code [-1e-3, 1e-3]^n} (small initialisation, as in the paper's experiments); 150 to 400
   * steps.
   */
  public static InstanceFamily<SparseRunInstance> subgradientRuns(boolean noisy) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "full-row-rank integer X (N <= 4 < n <= 10), sparse a*, " + (noisy ? "noisy"
            : "noiseless") + ", alpha = u/lambda_max, beta = v lambda_max/sqrt(n), small init";
      }

      @Override
      public SparseRunInstance draw(Draws draws) {
        int samples = draws.intBetween(2, 4);
        int dimension = draws.intBetween(samples + 2, 10);
        RationalMatrix x = designOfRank(draws, samples, dimension, samples);
        BigRational[] truth = sparseTruth(draws, dimension, draws.intBetween(1, 2));
        BigRational[] noise = noisy ? rationalVector(draws, samples, 2, 16)
            : ExactVectors.zeros(samples);
        double lambdaMax = largestGramEigenvalue(x);
        double alpha = draws.uniform(0.3, 1.5) / lambdaMax;
        double beta = draws.uniform(1e-3, 2e-2) * lambdaMax / Math.sqrt(dimension);
        double[] initial = new double[dimension];
        for (int i = 0; i < dimension; i++) {
          initial[i] = draws.uniform(-1e-3, 1e-3);
        }
        return new SparseRunInstance(new SparseRecoveryData(x, truth, noise), alpha, beta,
            initial, draws.intBetween(150, 400));
      }
    };
  }

  /** {@code lambda_max(X X^T)} in double (Jacobi). */
  public static double largestGramEigenvalue(RationalMatrix x) {
    double[] lambdas = SymmetricEigen.eigenvalues(x.multiply(x.transpose()).toDoubleRowMajor(),
        x.rows());
    return lambdas[lambdas.length - 1];
  }

  /**
   * The paper's sparse-recovery problem (Appendix G.1.2 with tau = 0, noiseless as in Section 3.1):
   * X with i.i.d. {@code N(0, 1/n)} entries (for tau = 0, {@code X = M Phi} with Gaussian
   * {@code N(0, 1/n)} rows M and orthogonal Phi has this law), a* with {@code s} nonzero entries
   * on a random support drawn i.i.d. {@code N(0, truthVariance)} (G.1.2: {@code 1/n}; the scale at
   * which Figure 3's thresholds are reachable is 1, inventory E33), and
   * {@code a^(1) = zeta N(0, 1/n)} i.i.d. (Appendix H.1 / E).
   */
  public static SparseRecoveryProblem paperProblem(Draws draws, int dimension, int sparsity,
      int samples, double truthVariance, double zeta) {
    double[] x = new double[samples * dimension];
    double scale = 1 / Math.sqrt(dimension);
    for (int k = 0; k < x.length; k++) {
      x[k] = scale * draws.gaussian();
    }
    double[] truth = new double[dimension];
    int[] order = draws.permutation(dimension);
    for (int k = 0; k < sparsity; k++) {
      truth[order[k]] = Math.sqrt(truthVariance) * draws.gaussian();
    }
    double[] initial = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      initial[i] = zeta * scale * draws.gaussian();
    }
    return new SparseRecoveryProblem(x, samples, dimension, truth, initial);
  }

  /**
   * ISTA runs: {@code 1 <= N <= 3}, {@code N < n <= 5}, any rank, sparse a*, noise as in
   * {@link #ridgeRuns()}, {@code beta = k/8} with k in {@code [0, 8]}, and
   * {@code alpha = u / trace(X^T X)} with {@code u = k/8}, k in {@code [2, 7]}: since
   * {@code sigma_max(X^T X) <= trace(X^T X)}, {@code alpha sigma_max <= u < 1}. A rational
   * initial point with entries in {@code [-3, 3]/2}, 1 to 5 steps.
   */
  public static InstanceFamily<ProximalRunInstance> istaRuns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (N < n <= 5), sparse a*, beta in [0, 1], alpha = u/tr X^T X, u < 1,"
            + " 1..5 exact ISTA steps";
      }

      @Override
      public ProximalRunInstance draw(Draws draws) {
        int samples = draws.intBetween(1, 3);
        int dimension = draws.intBetween(samples + 1, 5);
        RationalMatrix x = designOfRank(draws, samples, dimension,
            draws.intBetween(1, samples));
        BigRational[] truth = sparseTruth(draws, dimension, draws.intBetween(1, 2));
        BigRational[] noise = draws.coin() ? ExactVectors.zeros(samples)
            : rationalVector(draws, samples, 4, 4);
        BigRational trace = BigRational.ZERO;
        for (int i = 0; i < samples; i++) {
          trace = trace.add(ExactVectors.squaredNorm(x.row(i)));
        }
        return new ProximalRunInstance(new SparseRecoveryData(x, truth, noise),
            BigRational.of(draws.between(2, 7), 8).divide(trace),
            BigRational.of(draws.between(0, 8), 8), rationalVector(draws, dimension, 3, 2),
            draws.intBetween(1, 5));
      }
    };
  }
}
