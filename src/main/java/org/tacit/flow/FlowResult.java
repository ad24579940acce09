package org.tacit.flow;

/**
 * The end point of a gradient-flow or gradient-descent run on {@link QuadraticReparameterizedLoss}.
 *
 * @param logX the natural logarithm of the model {@code x = u^2} at the end (accurate even where
 *     {@code x} underflows)
 * @param x the model {@code x = exp(logX)}
 * @param time the flow time reached (for gradient descent: steps times step size)
 * @param steps integrator steps or gradient-descent iterations
 * @param evaluations right-hand-side (gradient) evaluations
 * @param residualNorm {@code ||A x - y||_2} at the end
 * @param converged whether the stopping rule was met (otherwise {@code reason} says why not)
 * @param reason a human-readable reason for stopping
 */
public record FlowResult(
    double[] logX,
    double[] x,
    double time,
    long steps,
    long evaluations,
    double residualNorm,
    boolean converged,
    String reason) {}
