package org.tacit.grokking.family;

import java.util.Arrays;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.CertifiedSpectrum;
import org.tacit.grokking.model.HalfSquaredL2Norm;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.Regularizer;
import org.tacit.grokking.model.SubgradientRunInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in subgradient-descent runs for Lemma C.12 and Theorem C.13: small overparameterized
 * noiseless least squares with dyadic data (exact in double).
 *
 * <p>Spec: {@code TDR:lem-C.12}, {@code TDR:thm-C.13}.
 */
public final class SubgradientRunFamilies {

  private SubgradientRunFamilies() {}

  /**
   * {@code N in [2, 4]}, {@code p in [N + 1, 6]}; X entries {@code k/4}, {@code |k| <= 8},
   * {@code X_00 != 0}; {@code a*} with 1 to 2 nonzero entries {@code k/4}; {@code y = X a*};
   * {@code x^(0)} entries {@code k/8}, {@code |k| <= 8}; h = l1 or l2 (coin); {@code alpha} the
   * largest power of two {@code <= 1/L}, L a certified upper bound of {@code lambda_max(X^T X)}
   * (so {@code alpha L <= 1 < 2}); {@code beta = 2^-j}, {@code j in [2, 6]}; {@code T in [20,
   * 50]}, {@code t1 in [0, T/2]}.
   */
  public static InstanceFamily<SubgradientRunInstance> noiseless() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "N in [2,4] < p <= 6, dyadic X, sparse a*, y = X a*, h = l1 or l2, alpha ="
            + " 2^-k <= 1/L, beta = 2^-j, T in [20, 50]";
      }

      @Override
      public SubgradientRunInstance draw(Draws draws) {
        int n = draws.intBetween(2, 4);
        int p = draws.intBetween(n + 1, 6);
        BigRational[][] x = new BigRational[n][p];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < p; j++) {
            x[i][j] = BigRational.of(draws.between(-8, 8), 4);
          }
        }
        x[0][0] = BigRational.of(draws.between(1, 8), 4);
        BigRational[] truth = new BigRational[p];
        Arrays.fill(truth, BigRational.ZERO);
        int support = draws.intBetween(1, 2);
        for (int s = 0; s < support; s++) {
          long k = draws.between(1, 8);
          truth[draws.intBetween(0, p - 1)] = BigRational.of(draws.coin() ? k : -k, 4);
        }
        RationalMatrix design = RationalMatrix.of(x);
        RationalLeastSquares loss = new RationalLeastSquares(design, design.multiply(truth));
        BigRational[] initial = new BigRational[p];
        for (int j = 0; j < p; j++) {
          initial[j] = BigRational.of(draws.between(-8, 8), 8);
        }
        BigRational l = CertifiedSpectrum.lambdaMaxUpperBound(loss.hessian());
        BigRational alpha = BigRational.ONE;
        while (alpha.multiply(l).compareTo(BigRational.ONE) > 0) {
          alpha = alpha.divide(BigRational.TWO);
        }
        BigRational beta = BigRational.ONE.divide(BigRational.TWO.pow(draws.intBetween(2, 6)));
        Regularizer h = draws.coin() ? new L1Norm(p) : new HalfSquaredL2Norm(p);
        int steps = draws.intBetween(20, 50);
        return new SubgradientRunInstance(loss, h, beta, alpha, initial, steps,
            draws.intBetween(0, steps / 2), truth);
      }
    };
  }
}
