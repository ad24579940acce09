package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * A state for the perturbation bounds of LNHW Lemmas 12, 13 and 17: the Gram-form instance and
 * the iterate {@code (u(t), v(t))}, the next directions {@code v(t+1)} (at which
 * {@code e_{l,t}} is evaluated), and the lemma's constants.
 *
 * @param state the Gram-form instance and the iterate at time {@code t}
 * @param nextV {@code v(t+1)} (length p)
 * @param tau the precision {@code tau}
 * @param tau0 the target precision {@code tau_0}
 * @param alpha the initialisation scale {@code alpha}
 * @param deltaIn the claimed {@code delta_in} of Assumption 1
 * @param deltaOut the claimed {@code delta_out} of Assumption 1
 */
public record PerturbationBoundInstance(GroupState state, BigRational[] nextV, BigRational tau,
    BigRational tau0, BigRational alpha, BigRational deltaIn, BigRational deltaOut) {}
