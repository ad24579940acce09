package org.tacit.l1rate.model;

/**
 * An instance of MS Theorem II.2: an instance of Assumption II.1 with its null-space constants,
 * and the scale alpha of the initialization.
 *
 * <p>Spec: {@code MS:thm-II.2}.
 *
 * @param instance the instance and its constants
 * @param alpha the scale alpha, positive
 */
public record RateInstance(ClosedFormInstance instance, double alpha) {}
