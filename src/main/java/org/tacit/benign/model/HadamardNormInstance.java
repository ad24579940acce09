package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * An instance of ZG Lemma B.10: two rational vectors {@code alpha, beta} in {@code Q^d} and an
 * integer exponent {@code k} of the entrywise power {@code alpha^{ok}}.
 *
 * <p>Contract: the arrays are held as given (not copied); the checker decides whether they have
 * the same length and whether {@code k >= 1}.
 *
 * <p>Spec: {@code ZG:lem-B.10}.
 *
 * @param alpha the vector alpha
 * @param beta the vector beta
 * @param k the exponent of the entrywise power
 */
public record HadamardNormInstance(BigRational[] alpha, BigRational[] beta, int k) {}
