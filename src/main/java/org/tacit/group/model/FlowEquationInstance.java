package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of the gradient flow (3) of LNHW: a rational design {@code X} ({@code n x p}),
 * responses {@code y}, a rational starting point {@code (u(0), v(0))} and a horizon {@code T} up to
 * which the flow is integrated.
 *
 * <p>Spec: {@code LNHW:eq-3}.
 *
 * @param groups the column partition
 * @param design {@code X}, exact ({@code design[row][column]})
 * @param responses {@code y}, exact
 * @param u {@code u(0)} (length L)
 * @param v {@code v(0)} (length p)
 * @param horizon the integration horizon {@code T >= 0}
 */
public record FlowEquationInstance(GroupPartition groups, BigRational[][] design,
    BigRational[] responses, BigRational[] u, BigRational[] v, double horizon) {

  /** The instance in double precision. */
  public GroupedDesign groupedDesign() {
    return Rationals.groupedDesign(groups, design, responses);
  }
}
