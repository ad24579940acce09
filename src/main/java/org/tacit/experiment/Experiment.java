package org.tacit.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * A reproduction of a figure or table: a sweep of independent, seeded points, each producing one
 * CSV row, and a plot of the merged table.
 *
 * <p>Contract: {@link #run} is deterministic given the point and may run concurrently with other
 * points; its cells match {@link #columns} (after the leading {@code point} column, which the
 * runner adds). {@link #plot} writes PNG and SVG files into the directory.
 */
public interface Experiment {

  /** The command-line name, e.g. {@code ms-gd-step}. */
  String name();

  /** One line: what is reproduced (figure, paper). */
  String description();

  /** Column names of the result rows (without the leading {@code point}). */
  List<String> columns();

  /** The sweep at the given scale. */
  List<SweepPoint> points(ExperimentScale scale);

  /** Runs one point; returns its cells (numbers formatted with {@link Double#toString}). */
  List<String> run(SweepPoint point);

  /** Writes the plots of the complete table into {@code outDir}; returns the files written. */
  List<Path> plot(ResultTable table, Path outDir);
}
