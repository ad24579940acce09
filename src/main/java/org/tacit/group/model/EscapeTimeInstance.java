package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 5: the initialization {@code u(0) = theta} and the constant {@code B}
 * of the growth bound {@code (1/2) d(u^2)/dt <= u^6 + sqrt(2) u^4 B}.
 *
 * <p>Spec: {@code LNHW:lem-5}.
 *
 * @param theta the initialization {@code theta}
 * @param bound the constant {@code B}
 */
public record EscapeTimeInstance(BigRational theta, BigRational bound) {}
