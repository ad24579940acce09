package org.tacit.group.model;

/**
 * The order of the two half-steps of Algorithms 1 and 2 (LNHW Section 4; inventory LG-CONV-2).
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}.
 */
public enum UpdateOrder {

  /**
   * The paper's order: the u-gradient is taken at the new, normalised directions,
   * {@code u(t+1) = u(t) - gamma grad_u L(u(t), v(t+1))}.
   */
  GAUSS_SEIDEL,

  /**
   * The authors' code: both gradients are taken at {@code (u(t), v(t))} in one pass,
   * {@code u(t+1) = u(t) - gamma grad_u L(u(t), v(t))}.
   */
  JACOBI
}
