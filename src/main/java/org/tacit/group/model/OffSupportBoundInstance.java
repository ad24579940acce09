package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * A state for the off-support perturbation bound of LNHW Appendix C.4 (Eq. (8)): the Gram-form
 * instance and the iterate at which {@code e_{l,t}} is evaluated, with the constants of the
 * bound.
 *
 * @param state the Gram-form instance and the iterate
 * @param alpha the initialisation scale {@code alpha}
 * @param deltaIn the claimed {@code delta_in} of Assumption 1
 * @param deltaOut the claimed {@code delta_out} of Assumption 1
 */
public record OffSupportBoundInstance(GroupState state, BigRational alpha, BigRational deltaIn,
    BigRational deltaOut) {}
