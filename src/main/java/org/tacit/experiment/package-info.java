/**
 * Reproductions of the papers' figures ({@code tacit reproduce}): each {@link
 * org.tacit.experiment.Experiment} is a sweep of independent seeded points, one CSV row each, run
 * in parallel and in shards by {@link org.tacit.experiment.SweepRunner}, stored and merged as a
 * {@link org.tacit.experiment.ResultTable}, and plotted as PNG and SVG by {@link
 * org.tacit.experiment.Plots}. Run tolerances and budgets are in {@link
 * org.tacit.experiment.ExperimentTolerances}.
 *
 * <p>Layer: the top, with {@link org.tacit.cli} (which runs it); it may import the solver, support
 * and paper packages, and only {@code cli} imports it.
 *
 * <p>Papers: MS ({@code ms-gd-step}, {@code ms-rate}, {@code ms-rho-gaussian}) and NRSS
 * ({@code nrss-fig1} to {@code nrss-fig6}).
 */
package org.tacit.experiment;
