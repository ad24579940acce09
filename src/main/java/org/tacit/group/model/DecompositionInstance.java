package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * A state of Algorithm 1 and its step size, for the exact decompositions of LNHW Appendices C.3
 * and C.4: one step {@code (u(t), v(t)) -> (u(t+1), v(t+1))} with {@code eta_{l,t} = 1/u_l(t)^4}
 * and the u-step {@code gamma}.
 *
 * @param state the Gram-form instance and the iterate at time {@code t}
 * @param gamma the u-step {@code gamma}
 */
public record DecompositionInstance(GroupState state, BigRational gamma) {}
