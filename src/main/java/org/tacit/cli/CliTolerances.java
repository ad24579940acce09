package org.tacit.cli;

/**
 * The tolerances and budgets the commands use by default, in one place. The option defaults are
 * strings because picocli takes {@code defaultValue} as a compile-time constant string; they are
 * printed verbatim by {@code --help}.
 */
final class CliTolerances {

  /**
   * Default {@code --tol} of {@code tacit flow}, and the tolerance of {@code tacit bench flow}:
   * the relative residual {@code ||A x - y|| <= tol max(1, ||y||)} at which the flow or descent
   * stops. The command compares the limit with two entropy projections: that of
   * {@code alpha^2 1}, which the flow limit equals (MS erratum on rem-I.2), and that of
   * {@code alpha 1}, at log-distance of order 1. Stopped at 1e-11, the flow of the test instances
   * ends within about 1e-11 in log coordinates of the first (the projections themselves are
   * certified to about 1e-13), so the stopping error is far below the difference the command
   * exhibits.
   */
  static final String FLOW_RESIDUAL = "1e-11";

  /**
   * Flow time budget of {@code tacit flow} and {@code tacit bench flow}: the integrator's steps
   * grow as the flow settles, so a long horizon costs few steps; a flow that does not reach
   * {@link #FLOW_RESIDUAL} by then is reported with {@code converged = false}.
   */
  static final double FLOW_MAX_TIME = 1e7;

  /**
   * Default {@code --tol} of {@code tacit dln train}: the training loss below which GD counts as
   * converged, the same as the NRSS reproductions use (see
   * {@link org.tacit.experiment.ExperimentTolerances#TRAINING_LOSS} for the justification).
   */
  static final String DLN_LOSS = "1e-10";

  private CliTolerances() {}
}
