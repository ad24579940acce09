/**
 * NRSS (seed 001: step-size stability and the implicit bias of diagonal linear networks): the
 * paper's package. Its root holds the catalogue ({@link org.tacit.stepsize.NrssCatalogue}: every
 * NRSS checker with its built-in instances, JSON reader and broken instance) and the JSON formats
 * of the users' instances; the sub-packages hold the roles: {@code model} (diagonal networks, the
 * squared loss with exact gradients and Hessians, spectra, interpolators, the Section 7 data, the
 * Appendix D quantities, instances, tolerances), {@code check} (the theorem checkers),
 * {@code family} (instance generators, including GD runs constructed to converge).
 *
 * <p>Layer: paper. Uses the solver layers ({@code exact}, {@code linalg}, {@code lp},
 * {@code training}) and {@code verify}, {@code io}; never imports another paper package,
 * {@code experiment} or {@code cli}. Inside: {@code model} imports neither {@code check} nor
 * {@code family}; nothing imports the root.
 *
 * <p>Spec: {@code spec/NRSS.yaml}.
 */
package org.tacit.stepsize;
