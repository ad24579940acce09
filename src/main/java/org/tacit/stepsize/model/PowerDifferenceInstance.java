package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * An instance of NRSS Lemma A.1 in exact arithmetic: non-negative rationals {@code a, b} and an
 * integer exponent {@code p >= 1}. The record does not enforce the hypotheses; the checker
 * verifies them.
 *
 * @param a first non-negative number
 * @param b second non-negative number
 * @param p the exponent
 */
public record PowerDifferenceInstance(BigRational a, BigRational b, int p) {}
