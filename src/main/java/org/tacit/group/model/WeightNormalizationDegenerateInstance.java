package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * Algorithm 1 (LNHW Section 4) with groups of size 1 on a rational design: the remark that
 * normalisation makes {@code v_i = +-1}, so {@code w_i = u_i^2 sgn(v_i)}, and that the large step
 * {@code 1/u^4} lets a wrongly signed {@code v_i(0)} flip.
 *
 * <p>Spec: {@code LNHW:rem-4.6}.
 *
 * @param groups the partition (every group of size 1 in the theorem's setting)
 * @param x the design {@code n x p}
 * @param y the responses
 * @param u0 {@code u(0)}
 * @param v0 {@code v(0)}
 * @param convention the loss normalisation
 * @param gamma the u-step
 * @param steps the exact updates made ({@code >= 1}, small)
 */
public record WeightNormalizationDegenerateInstance(GroupPartition groups, BigRational[][] x,
    BigRational[] y, BigRational[] u0, BigRational[] v0, LossConvention convention,
    BigRational gamma, int steps) {}
