package org.tacit.grokking.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.grokking.model.NuclearSubgradientInstance;
import org.tacit.grokking.model.PolarPerturbationInstance;
import org.tacit.grokking.model.SharedBasisInstance;
import org.tacit.linalg.Svd;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the polar-factor lemmas in exact rational singular bases: {@code U} and
 * {@code V} are the leading {@code k} columns of Cayley transforms {@code (I - S)(I + S)^{-1}} of
 * random skew-symmetric {@code S} (entries {@code i/d}, {@code i in [-2, 2]}, {@code d in [1, 2]}),
 * so they have orthonormal columns exactly; {@code n1, n2 in [1, 4]}, {@code k = min(n1, n2)}.
 * Hypotheses hold by construction.
 *
 * <p>Spec: {@code TDR:lem-C.41}, {@code TDR:lem-C.42}, {@code TDR:eq-102}, {@code TDR:eq-103}, {@code TDR:lem-C.43}, {@code TDR:lem-C.44},
 * {@code TDR:lem-C.45}.
 */
public final class PolarFactorFamilies {

  private PolarFactorFamilies() {}

  /**
   * Lemma C.42: {@code alpha = p/q} ({@code p in [1, 5]}, {@code q in [1, 10]}), each
   * {@code sigma_i = alpha (k_i + f_i) >= 0} with {@code k_i in [0, 6]}, {@code f_i = 0} one time
   * in three (integer ratios, erratum E2) and {@code sigma_i = 0} one time in six (rank-deficient
   * {@code A^(1)}); repeated singular values occur.
   */
  public static InstanceFamily<MatrixSignInstance> matrixSignDynamics() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Cayley U, V (n1, n2 in [1,4]), sigma_i = alpha (k_i + f_i) >= 0, alpha = p/q";
      }

      @Override
      public MatrixSignInstance draw(Draws draws) {
        int n1 = draws.intBetween(1, 4);
        int n2 = draws.intBetween(1, 4);
        int k = Math.min(n1, n2);
        BigRational alpha = BigRational.of(draws.between(1, 5), draws.between(1, 10));
        List<BigRational> sigma = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          sigma.add(draws.between(0, 5) == 0 ? BigRational.ZERO
              : SignDynamicsFamilies.coordinate(draws, alpha, 6).abs());
        }
        return new MatrixSignInstance(orthonormalColumns(draws, n1, k),
            orthonormalColumns(draws, n2, k), sigma, alpha);
      }
    };
  }

  /**
   * Lemma C.43 (corrected): {@code sigma_i = p/q > 0} ({@code p in [1, 20]}, {@code q in [1, 4]});
   * {@code B = c G} with G symmetric integer (entries in {@code [-3, 3]}; diagonal one time in
   * three) and {@code c = sigma_min / (floor(||G||_F) + 1)}, so
   * {@code sigma_max(B) <= ||B||_F < sigma_min} by construction.
   */
  public static InstanceFamily<SharedBasisInstance> sharedBasis() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Cayley U, V (n1, n2 in [1,4]), sigma_i = p/q > 0,"
            + " B symmetric with ||B||_F < sigma_min";
      }

      @Override
      public SharedBasisInstance draw(Draws draws) {
        int n1 = draws.intBetween(1, 4);
        int n2 = draws.intBetween(1, 4);
        int k = Math.min(n1, n2);
        List<BigRational> sigma = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          sigma.add(BigRational.of(draws.between(1, 20), draws.between(1, 4)));
        }
        BigRational sigmaMin = sigma.stream().reduce(BigRational::min).orElseThrow();
        boolean diagonal = draws.between(0, 2) == 0;
        long[][] g = new long[k][k];
        long squaredNorm = 0;
        for (int i = 0; i < k; i++) {
          for (int j = i; j < k; j++) {
            g[i][j] = i == j || !diagonal ? draws.between(-3, 3) : 0;
            g[j][i] = g[i][j];
            squaredNorm += (i == j ? 1 : 2) * g[i][j] * g[i][j];
          }
        }
        BigRational scale = sigmaMin.divide(BigRational.of((long) Math.sqrt(squaredNorm) + 1));
        return new SharedBasisInstance(orthonormalColumns(draws, n1, k),
            orthonormalColumns(draws, n2, k), sigma, ExactMatrices.combination(
                RationalMatrix.zero(k, k), scale, RationalMatrix.of(g)));
      }
    };
  }

  /**
   * Lemma C.45 (corrected) and C.44: {@code A = U diag(sigma) V^T} of full rank
   * {@code k = min(n1, n2)} with Cayley U, V (rounded to double) and {@code sigma_i} uniform in
   * {@code [1, 10]}; {@code A* = rho sigma_min(A) G / sigma_max(G)} for a standard Gaussian G and
   * {@code rho} uniform in {@code [0.1, 0.9]}, so {@code sigma_max(A*) = rho sigma_min(A)} up to
   * rounding and the hypothesis holds with a relative gap of at least 0.1 (G = 0, possible when
   * the draws shrink, is replaced by the unit matrix E_11).
   */
  public static InstanceFamily<PolarPerturbationInstance> polarPerturbation() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "full-rank A = U diag(sigma) V^T, sigma in [1,10];"
            + " A* Gaussian, sigma_max(A*) = rho sigma_min(A)";
      }

      @Override
      public PolarPerturbationInstance draw(Draws draws) {
        int n1 = draws.intBetween(1, 4);
        int n2 = draws.intBetween(1, 4);
        int k = Math.min(n1, n2);
        double[] sigma = new double[k];
        double sigmaMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
          sigma[i] = draws.uniform(1, 10);
          sigmaMin = Math.min(sigmaMin, sigma[i]);
        }
        double[] u = orthonormalColumns(draws, n1, k).toDoubleRowMajor();
        double[] v = orthonormalColumns(draws, n2, k).toDoubleRowMajor();
        double[] a = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
          for (int j = 0; j < n2; j++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
              sum += u[i * k + c] * sigma[c] * v[j * k + c];
            }
            a[i * n2 + j] = sum;
          }
        }
        double[] g = new double[n1 * n2];
        for (int i = 0; i < g.length; i++) {
          g[i] = draws.gaussian();
        }
        double top = Svd.decompose(g, n1, n2).singularValues()[0];
        if (top == 0) {
          g[0] = 1;
          top = 1;
        }
        double scale = draws.uniform(0.1, 0.9) * sigmaMin / top;
        for (int i = 0; i < g.length; i++) {
          g[i] *= scale;
        }
        return new PolarPerturbationInstance(n1, n2, a, g);
      }
    };
  }

  /**
   * Lemma C.41: Cayley U, V ({@code n1, n2 in [1, 4]}, {@code k = min(n1, n2)}),
   * {@code sigma_i = p/q} or 0 (one time in three), {@code h_i = 1} where {@code sigma_i > 0} and
   * {@code h_i = i/4}, {@code i in [-4, 4]}, where {@code sigma_i = 0}: a subgradient by
   * construction.
   */
  public static InstanceFamily<NuclearSubgradientInstance> nuclearSubgradient() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Cayley U, V (n1, n2 in [1,4]), sigma_i >= 0,"
            + " h_i = 1 on the support, |h_i| <= 1 off it";
      }

      @Override
      public NuclearSubgradientInstance draw(Draws draws) {
        int n1 = draws.intBetween(1, 4);
        int n2 = draws.intBetween(1, 4);
        int k = Math.min(n1, n2);
        List<BigRational> sigma = new ArrayList<>();
        List<BigRational> h = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          boolean zero = draws.between(0, 2) == 0;
          sigma.add(zero ? BigRational.ZERO
              : BigRational.of(draws.between(1, 20), draws.between(1, 4)));
          h.add(zero ? BigRational.of(draws.between(-4, 4), 4) : BigRational.ONE);
        }
        return new NuclearSubgradientInstance(orthonormalColumns(draws, n1, k),
            orthonormalColumns(draws, n2, k), sigma, h);
      }
    };
  }

  /** The leading {@code k} columns of the Cayley transform of a random skew {@code n x n} S. */
  public static RationalMatrix orthonormalColumns(Draws draws, int n, int k) {
    BigRational[][] s = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      s[i][i] = BigRational.ZERO;
      for (int j = i + 1; j < n; j++) {
        s[i][j] = BigRational.of(draws.between(-2, 2), draws.between(1, 2));
        s[j][i] = s[i][j].negate();
      }
    }
    return ExactMatrices.leadingColumns(ExactMatrices.cayley(RationalMatrix.of(s)), k);
  }
}
