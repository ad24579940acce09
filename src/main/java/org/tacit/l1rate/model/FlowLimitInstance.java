package org.tacit.l1rate.model;

/**
 * An instance of MS rem-I.2 (which projection the gradient-flow limit equals): a system with a
 * strictly positive solution, and the initialization scale of {@code u_0 = alpha 1}. The record
 * does not enforce the hypotheses; the checker decides them.
 *
 * @param system the system with its positive solution
 * @param alpha the scale of {@code u_0 = alpha 1}, positive
 */
public record FlowLimitInstance(PositiveSystem system, double alpha) {}
