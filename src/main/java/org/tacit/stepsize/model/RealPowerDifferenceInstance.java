package org.tacit.stepsize.model;

/**
 * An instance of NRSS Lemma A.1 in double precision: non-negative reals {@code a, b} and a real
 * exponent {@code p >= 1}. The record does not enforce the hypotheses; the checker decides them.
 *
 * @param a first non-negative number
 * @param b second non-negative number
 * @param p the exponent, at least 1
 */
public record RealPowerDifferenceInstance(double a, double b, double p) {}
