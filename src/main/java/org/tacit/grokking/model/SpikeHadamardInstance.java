package org.tacit.grokking.model;

/**
 * An instance of TDR Example G.1 in its real, exact form: the orthonormal Sylvester-Hadamard basis
 * {@code Phi = H_n / sqrt(n)} of {@code R^n} with {@code n = 4^k} (so {@code sqrt(n) = 2^k} is
 * rational), and a sparsity level s.
 *
 * <p>Spec: {@code TDR:ex-G.1}.
 *
 * @param k the exponent ({@code n = 4^k})
 * @param s the sparsity level
 */
public record SpikeHadamardInstance(int k, int s) {

  /** {@code n = 4^k}. */
  public int n() {
    return 1 << (2 * k);
  }
}
