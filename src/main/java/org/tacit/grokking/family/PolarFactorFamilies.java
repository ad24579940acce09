package org.tacit.grokking.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the polar-factor lemmas in exact rational singular bases: {@code U} and
 * {@code V} are the leading {@code k} columns of Cayley transforms {@code (I - S)(I + S)^{-1}} of
 * random skew-symmetric {@code S} (entries {@code i/d}, {@code i in [-2, 2]}, {@code d in [1, 2]}),
 * so they have orthonormal columns exactly; {@code n1, n2 in [1, 4]}, {@code k = min(n1, n2)}.
 * Hypotheses hold by construction.
 *
 * <p>Spec: {@code TDR:lem-C.42}, {@code TDR:eq-102}, {@code TDR:eq-103}.
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
