package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * Two rationals {@code a, b}, the data of Lemma C.11 ({@code 0 < a < b}; in the proofs of
 * Theorems C.10 and C.14-C.16, {@code a = 4 g(x^(0))} and {@code b = r^2 chi(g, x^(0), r)}).
 *
 * @param a the smaller number
 * @param b the larger number
 *     <p>Spec: {@code TDR:lem-C.11}.
 */
public record RatioInstance(BigRational a, BigRational b) {}
