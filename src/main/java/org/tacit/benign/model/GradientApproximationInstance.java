package org.tacit.benign.model;

/**
 * An instance of Lemma 5.2 on a GD trajectory: a training problem, a claimed RIP constant
 * {@code delta} of {@code X/sqrt(n)} at order {@code s + 1}, and the steps {@code t} of GD (2)
 * from the paper's initialization at which the decomposition is checked.
 *
 * <p>Spec: {@code ZG:lem-5.2}, {@code ZG:rem-A.5}.
 *
 * @param stage the training problem (its {@code lossTarget} and {@code maxSteps} are not used)
 * @param delta the claimed {@code delta} of the {@code (s+1, delta)}-RIP
 * @param steps the checked steps, strictly increasing, {@code >= 0}
 */
public record GradientApproximationInstance(StageInstance stage, double delta, long[] steps) {}
