package org.tacit.l1rate.model;

import org.tacit.bregman.KnownMinimizerInstance;

/**
 * An instance of MS Assumption II.1 together with its null-space constants, known exactly: in
 * closed form ({@code l1rate.family.ClosedFormFamilies}) or from exact linear programs (a producer outside this
 * record; the record does not prove the suprema, see {@link RateConstants}).
 *
 * <p>Spec: {@code MS:asm-II.1}, {@code MS:eq-II.1}, {@code MS:eq-II.2}.
 *
 * @param problem the instance with its certificates (x*, dual certificate, element of N,
 *     strictly positive feasible point)
 * @param constants S, x*, rho, rhoTilde, rhoMinus, kappa and the witness m
 */
public record ClosedFormInstance(KnownMinimizerInstance problem, RateConstants constants) {}
