package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * One state of Algorithm 1 (LNHW Section 4) on a rational design: the data {@code (X, y)} with
 * its groups, the parameters {@code (u(t), v(t))} and the loss normalisation; the update of
 * {@code v} is computed from it in the literal and in the scaled form.
 *
 * <p>Spec: {@code LNHW:alg-1}.
 *
 * @param groups the partition
 * @param x the design {@code n x p}, rational
 * @param y the responses (length n)
 * @param u {@code u(t)} (length L)
 * @param v {@code v(t)} (length p)
 * @param convention the loss normalisation
 */
public record WeightNormalizationStepInstance(GroupPartition groups, BigRational[][] x,
    BigRational[] y, BigRational[] u, BigRational[] v, LossConvention convention) {

  /** The exact model of {@code (X, y)}. */
  public ExactGramModel model() {
    return ExactGramModel.ofDesign(groups, x, y);
  }

  /** The design in double (entries rounded to nearest). */
  public GroupedDesign doubleDesign() {
    return RationalArrays.doubleDesign(groups, x, y);
  }
}
