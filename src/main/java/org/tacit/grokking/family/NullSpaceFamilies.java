package org.tacit.grokking.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.NullSpaceInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.grokking.model.SupportSets;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances for the null space properties (TDR Definitions 3.2, C.34, C.35, C.37, Theorems C.36,
 * C.38, C.39 = 3.3).
 *
 * <p>Construction with a prescribed kernel: for a set S and {@code d <= n - |S|}, the kernel basis
 * K ({@code n x d}) has integer entries in {@code [-1, 1]} on the rows of S and on all but d rows
 * of {@code S_bar}, and {@code c I_d} on d rows of {@code S_bar} with an integer
 * {@code c > |S|}; then for {@code u = K z}, {@code ||u_{S_bar}||_1 >= c ||z||_1} and
 * {@code ||u_S||_1 <= |S| ||z||_1}, so {@code rho_S <= |S|/c < 1} (the NSP holds relative to S by
 * construction). The design is the transpose of an exact basis of {@code ker K^T}, so
 * {@code ker X = range K} and X has full row rank {@code n - d}.
 *
 * <p>Spec: {@code TDR:def-3.2}, {@code TDR:def-C.34}, {@code TDR:def-C.35},
 * {@code TDR:def-C.37}, {@code TDR:thm-C.36}, {@code TDR:thm-C.38}, {@code TDR:thm-C.39}.
 */
public final class NullSpaceFamilies {

  private NullSpaceFamilies() {}

  /**
   * A full-row-rank design whose kernel is spanned by the constructed K for the given sorted S,
   * with {@code n - |S| >= d >= 1}; {@code c} uniform in {@code [|S| + 1, 3 |S| + 1]}.
   */
  public static RationalMatrix designWithNullSpaceProperty(Draws draws, int dimension,
      int[] support, int kernelDimension) {
    int[] complement = SupportSets.complement(dimension, support);
    if (kernelDimension < 1 || kernelDimension > complement.length) {
      throw new IllegalArgumentException("kernel dimension " + kernelDimension + " for n - |S| = "
          + complement.length);
    }
    long scale = draws.between(support.length + 1, 3L * support.length + 1);
    int[] order = draws.permutation(complement.length);
    long[][] kernel = new long[dimension][kernelDimension];
    for (int i = 0; i < dimension; i++) {
      for (int k = 0; k < kernelDimension; k++) {
        kernel[i][k] = draws.between(-1, 1);
      }
    }
    for (int k = 0; k < kernelDimension; k++) {
      int row = complement[order[k]];
      for (int l = 0; l < kernelDimension; l++) {
        kernel[row][l] = k == l ? scale : 0;
      }
    }
    return RationalMatrix.of(kernel).transpose().nullSpaceBasis().transpose();
  }

  /**
   * Null-space instances: n in {@code [3, 7]}, {@code |S|} in {@code [1, min(2, n - 2)]} on a
   * random set, kernel dimension in {@code [1, min(3, n - |S|)]}; with probability 1/2 the design
   * has the NSP relative to S by construction ({@link #designWithNullSpaceProperty}), else it is an
   * integer design of full row rank ({@link SparseRecoveryFamilies#designOfRank}, where the NSP
   * may fail); {@code rho = k/16}, k in {@code [1, 15]}; six probes with entries
   * {@code {-8..8}/4}.
   */
  public static InstanceFamily<NullSpaceInstance> nullSpaceInstances() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "n in [3, 7], |S| <= 2, kernel dim <= 3, NSP by construction or random integer X,"
            + " rho = k/16";
      }

      @Override
      public NullSpaceInstance draw(Draws draws) {
        int n = draws.intBetween(3, 7);
        int s = draws.intBetween(1, Math.min(2, n - 2));
        int[] support = randomSupport(draws, n, s);
        int d = draws.intBetween(1, Math.min(3, n - s));
        RationalMatrix x = draws.coin() ? designWithNullSpaceProperty(draws, n, support, d)
            : SparseRecoveryFamilies.designOfRank(draws, n - d, n, n - d);
        BigRational rho = BigRational.of(draws.between(1, 15), 16);
        BigRational[][] probes = new BigRational[6][];
        for (int p = 0; p < probes.length; p++) {
          probes[p] = SparseRecoveryFamilies.rationalVector(draws, n, 8, 4);
        }
        return new NullSpaceInstance(x, support, rho, probes);
      }
    };
  }

  /**
   * Runs of subgradient descent for Theorem 3.3 / C.39: n in {@code [4, 8]}, a* 1- or 2-sparse
   * ({@link SparseRecoveryFamilies#sparseTruth}), X with the NSP relative to {@code supp a*} by
   * construction and kernel dimension in {@code [2, min(4, n - |S|)]} (so {@code N < n}, full row
   * rank); xi = 0 or entries {@code {-2..2}/16}; alpha, beta, a^(1) and the number of steps as in
   * {@link SparseRecoveryFamilies#subgradientRuns} ({@code alpha = u/lambda_max},
   * {@code u in [0.3, 1.5]}; {@code beta = v lambda_max/sqrt(n)}, {@code v in [1e-3, 2e-2]};
   * {@code a^(1)} uniform in {@code [-1e-3, 1e-3]^n}), and by construction 150 to 300 steps more
   * than a bound of t1 ({@link #memorizationBound}).
   */
  public static InstanceFamily<SparseRunInstance> recoveryRuns(boolean noisy) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "X with the NSP relative to supp a* (n in [4, 8]), " + (noisy ? "noisy"
            : "noiseless") + ", alpha = u/lambda_max, beta = v lambda_max/sqrt(n), small init";
      }

      @Override
      public SparseRunInstance draw(Draws draws) {
        int n = draws.intBetween(4, 8);
        BigRational[] truth = SparseRecoveryFamilies.sparseTruth(draws, n, draws.intBetween(1, 2));
        int[] support = supportOf(truth);
        int d = draws.intBetween(2, Math.min(4, n - support.length));
        RationalMatrix x = designWithNullSpaceProperty(draws, n, support, d);
        int samples = x.rows();
        BigRational[] noise = noisy ? SparseRecoveryFamilies.rationalVector(draws, samples, 2, 16)
            : ExactVectors.zeros(samples);
        double lambdaMax = SparseRecoveryFamilies.largestGramEigenvalue(x);
        double alpha = draws.uniform(0.3, 1.5) / lambdaMax;
        double beta = draws.uniform(1e-3, 2e-2) * lambdaMax / Math.sqrt(n);
        double[] initial = new double[n];
        for (int i = 0; i < n; i++) {
          initial[i] = draws.uniform(-1e-3, 1e-3);
        }
        SparseRecoveryData data = new SparseRecoveryData(x, truth, noise);
        return new SparseRunInstance(data, alpha, beta, initial,
            memorizationBound(data, alpha, beta, initial) + draws.intBetween(150, 300));
      }
    };
  }

  /**
   * An upper bound of the memorization time t1 of eq-78,
   * {@code ceil(-ln(1 + (1 - rho_r) D/c)/ln rho_r)} with {@code c = alpha beta sqrt(n)}, the
   * row-space contraction {@code rho_r = max_k |1 - alpha lambda_k(X X^T)|} (double eigenvalues)
   * and {@code D = ||a^(1) - a_hat||_2 >= ||P(a^(1) - a_hat)||_2} (t1 increases with D), plus 2
   * for the rounding of rho_r; for {@code 0 < alpha lambda_k < 2}.
   */
  public static int memorizationBound(SparseRecoveryData data, double alpha, double beta,
      double[] initial) {
    int n = data.dimension();
    RationalMatrix x = data.design();
    double[] lambdas = SymmetricEigen.eigenvalues(x.multiply(x.transpose()).toDoubleRowMajor(),
        x.rows());
    double rho = 0;
    for (double lambda : lambdas) {
      rho = Math.max(rho, Math.abs(1 - alpha * lambda));
    }
    double[] hat = ExactVectors.toDouble(new ExactLeastSquares(x).pseudoInverseTimes(
        data.targets()));
    double squared = 0;
    for (int i = 0; i < n; i++) {
      squared += (initial[i] - hat[i]) * (initial[i] - hat[i]);
    }
    double c = alpha * beta * Math.sqrt(n);
    if (rho == 0 || squared == 0) {
      return 3;
    }
    return (int) Math.ceil(-Math.log1p((1 - rho) * Math.sqrt(squared) / c) / Math.log(rho)) + 2;
  }

  /** The sorted indices of the nonzero entries. */
  public static int[] supportOf(BigRational[] v) {
    int count = 0;
    for (BigRational vi : v) {
      if (!vi.isZero()) {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < v.length; i++) {
      if (!v[i].isZero()) {
        out[k++] = i;
      }
    }
    return out;
  }

  private static int[] randomSupport(Draws draws, int n, int s) {
    int[] order = draws.permutation(n);
    int[] support = Arrays.copyOf(order, s);
    Arrays.sort(support);
    return support;
  }
}
