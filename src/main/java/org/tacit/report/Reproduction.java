package org.tacit.report;

import java.util.List;

/**
 * One reproduction as the report shows it: its name (the {@code tacit reproduce} argument), what
 * it reproduces, and the files of its last run found beside the report (paths relative to the
 * report directory; empty when it has not been run there).
 *
 * @param name the reproduction's command-line name, e.g. {@code ms-rate}
 * @param description one line: what is reproduced
 * @param figures its SVG figures, relative to the report directory
 * @param tables its CSV tables, relative to the report directory
 */
public record Reproduction(String name, String description, List<String> figures,
    List<String> tables) {

  /** Copies the lists. */
  public Reproduction {
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
  }
}
