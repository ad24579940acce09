package org.tacit.training;

/**
 * An iterate recorded by {@link GradientDescent} at a step listed in
 * {@link TrainingSettings#checkpointSteps()}.
 *
 * @param step the step {@code t}: the iterate after {@code t} updates
 * @param loss {@code L(theta_t)} (finite)
 * @param theta a copy of {@code theta_t}
 */
public record Checkpoint(long step, double loss, double[] theta) {}
