package org.tacit.benign.model;

/**
 * An instance of the power part of ZG Lemma B.10 for a real exponent: a vector alpha and a real
 * {@code k}, with the entrywise power read as {@code |alpha_i|^k}.
 *
 * <p>Contract: the array is held as given; the checker decides {@code k >= 1} and finiteness.
 *
 * <p>Spec: {@code ZG:lem-B.10}.
 *
 * @param alpha the vector alpha
 * @param k the real exponent
 */
public record HadamardRealPowerNormInstance(double[] alpha, double k) {}
