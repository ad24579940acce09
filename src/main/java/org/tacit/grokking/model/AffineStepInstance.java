package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An exact instance of one nuclear-norm subgradient step (eq-97): {@code A = U D V^T} with
 * {@code U}, {@code V} square rational orthogonal and {@code D} ({@code n1 x n2}) rational
 * diagonal, the subgradient {@code H = U sign(D) V^T} (the polar factor of the compact SVD), a
 * design {@code X} ({@code N x n1 n2}) acting on {@code vec(A)}, {@code vec(A*)}, {@code xi},
 * {@code alpha}, {@code beta}.
 *
 * <p>Spec: {@code TDR:eq-97}.
 *
 * @param u U (n1 x n1)
 * @param d D (n1 x n2), diagonal
 * @param v V (n2 x n2)
 * @param x the design on vec(A)
 * @param groundTruthVec vec(A*) (n1 n2 x 1)
 * @param noise xi (N x 1)
 * @param alpha the step
 * @param beta the strength
 */
public record AffineStepInstance(RationalMatrix u, RationalMatrix d, RationalMatrix v,
    RationalMatrix x, RationalMatrix groundTruthVec, RationalMatrix noise, BigRational alpha,
    BigRational beta) {}
