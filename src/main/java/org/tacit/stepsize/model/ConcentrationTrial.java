package org.tacit.stepsize.model;

/**
 * An instance of the Appendix D concentration checks: a Gaussian setting and the simulation that
 * measures failure frequencies on it (seeded: the same instance gives the same counts).
 *
 * @param setting the Gaussian setting
 * @param trials the number of simulated data sets, at least 1
 * @param seed the seed of the simulation
 */
public record ConcentrationTrial(GaussianSetting setting, int trials, long seed) {}
