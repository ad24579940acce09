/**
 * The {@code tacit} command line (picocli): one class per command ({@code spec}, {@code check},
 * {@code lp}, {@code l1min}, {@code nullspace}, {@code bregman}, {@code flow}, {@code dln},
 * {@code reproduce}, {@code merge}, {@code bench}), each reading instance files through
 * {@link org.tacit.io} (MPS files through {@link org.tacit.lp.MpsReader}) and writing exactly one
 * JSON object on stdout through {@link org.tacit.cli.JsonOutput} (the one place that formats
 * output), progress on stderr, and the exit codes of {@link org.tacit.cli.ExitCodes}. Commands share helpers only through classes with one
 * job ({@code JsonOutput}, {@code Inputs}, {@code Projections}), never through each other; option
 * defaults that are tolerances live in {@code CliTolerances}.
 *
 * <p>Layer: the top, with {@link org.tacit.experiment}; it may import every other package, and
 * no package imports it.
 *
 * <p>Papers: MS ({@code l1min}, {@code nullspace}, {@code bregman}, {@code flow}), NRSS
 * ({@code dln}), the checkers of every paper ({@code check}) and the spec of all five papers
 * ({@code spec}).
 */
package org.tacit.cli;
