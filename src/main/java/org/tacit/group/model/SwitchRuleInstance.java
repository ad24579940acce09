package org.tacit.group.model;

/**
 * A run of Algorithm 2 (LNHW Section 4) to be checked update by update: the data, the
 * initialisation, the settings (with the switching rule) and the number of updates.
 *
 * <p>Spec: {@code LNHW:alg-2}.
 *
 * @param design the data
 * @param u0 {@code u(0)}
 * @param v0 {@code v(0)}
 * @param settings gamma, convention, order, rule, constant eta
 * @param steps the number of updates
 */
public record SwitchRuleInstance(GroupedDesign design, double[] u0, double[] v0,
    AlgorithmSettings settings, int steps) {}
