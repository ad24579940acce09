package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 8: one large step (6) and the constant {@code B} of the hypothesis
 * {@code ||b_t|| <= B (u*)^2}, {@code 0 < B < 1}.
 *
 * @param step the large step
 * @param bound the constant {@code B}
 */
public record DirectionBoundInstance(LargeStepInstance step, BigRational bound) {}
