package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;

/**
 * The deep Hadamard parameterization {@code a = A_1 o ... o A_L} of TDR Appendix F.1 in exact
 * arithmetic: the product, the loss {@code g(a) = ||X a - y||^2 / 2} and its gradient
 * {@code G(a) = X^T (X a - y)} (the paper's {@code X^T X (a - a*) - X^T xi} with
 * {@code y = X a* + xi}), the factor gradient {@code G(A_i) = diag(o_{k != i} A_k) G(a)}, the weight
 * decay {@code h(A_i) = ||A_i||_2^2 / 2} with {@code H(A_i) = A_i} (the corrected form of the
 * printed {@code ||A_i||_2 / 2}, erratum E30), and the simultaneous update (118)
 * {@code A_i <- (1 - alpha beta) A_i - alpha diag(o_{k != i} A_k) G(a)}.
 *
 * <p>Contract: exact; inputs are not modified. Costs: O(L n) for products, O(N n) for the
 * gradient. Spec: {@code TDR:eq-118}, {@code TDR:eq-119}, {@code TDR:eq-120}.
 */
public final class DeepHadamardFactors {

  private DeepHadamardFactors() {}

  /** A deep copy of the factors. */
  public static BigRational[][] copy(BigRational[][] factors) {
    BigRational[][] out = new BigRational[factors.length][];
    for (int k = 0; k < factors.length; k++) {
      out[k] = factors[k].clone();
    }
    return out;
  }

  /** {@code o_{k != skip} A_k} (all factors when {@code skip < 0}); ones when none is left. */
  public static BigRational[] product(BigRational[][] factors, int skip) {
    int n = factors[0].length;
    BigRational[] out = new BigRational[n];
    for (int j = 0; j < n; j++) {
      BigRational value = BigRational.ONE;
      for (int k = 0; k < factors.length; k++) {
        if (k != skip) {
          value = value.multiply(factors[k][j]);
        }
      }
      out[j] = value;
    }
    return out;
  }

  /** {@code g(a) = ||X a - y||^2 / 2}. */
  public static BigRational loss(RationalMatrix x, BigRational[] y, BigRational[] a) {
    BigRational[] residual = residual(x, y, a);
    return RationalVectors.dot(residual, residual).divide(BigRational.TWO);
  }

  /** {@code G(a) = X^T (X a - y)}. */
  public static BigRational[] gradient(RationalMatrix x, BigRational[] y, BigRational[] a) {
    return x.transpose().multiply(residual(x, y, a));
  }

  private static BigRational[] residual(RationalMatrix x, BigRational[] y, BigRational[] a) {
    BigRational[] r = x.multiply(a);
    for (int i = 0; i < r.length; i++) {
      r[i] = r[i].subtract(y[i]);
    }
    return r;
  }

  /** {@code G(A_i) = diag(o_{k != i} A_k) G(a)}, the printed gradient of g in the factor i. */
  public static BigRational[] factorGradient(BigRational[][] factors, int i,
      BigRational[] gradient) {
    BigRational[] others = product(factors, i);
    BigRational[] out = new BigRational[others.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = others[j].multiply(gradient[j]);
    }
    return out;
  }

  /**
   * One update (118) of every factor from the same iterate:
   * {@code A_i <- (1 - alpha beta) A_i - alpha diag(o_{k != i} A_k) G(a)}.
   */
  public static BigRational[][] step(RationalMatrix x, BigRational[] y, BigRational[][] factors,
      BigRational alpha, BigRational beta) {
    BigRational[] gradient = gradient(x, y, product(factors, -1));
    BigRational decay = BigRational.ONE.subtract(alpha.multiply(beta));
    BigRational[][] next = new BigRational[factors.length][];
    for (int i = 0; i < factors.length; i++) {
      BigRational[] g = factorGradient(factors, i, gradient);
      next[i] = new BigRational[g.length];
      for (int j = 0; j < g.length; j++) {
        next[i][j] = decay.multiply(factors[i][j]).subtract(alpha.multiply(g[j]));
      }
    }
    return next;
  }
}
