package org.tacit.spec;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One numbered item of a paper as listed in {@code spec/KEY.yaml} (see {@code spec/SCHEMA.md}).
 *
 * @param id the parsed spec ID
 * @param title short name, or empty
 * @param source where in the seed text, or empty
 * @param statement the statement (plain text / LaTeX)
 * @param hypotheses what an instance must satisfy, or empty
 * @param status how far it is checked
 * @param why what is not checked and why (empty only when verified)
 * @param notes path of the proof note relative to the repository root, or null
 * @param erratumCounterexample the counterexample to the printed statement, or null
 * @param erratumCorrected the corrected statement, or null
 * @param file the spec file it was read from
 * @param line the 1-based line of the item in that file
 */
public record SpecItem(
    SpecId id,
    String title,
    String source,
    String statement,
    String hypotheses,
    SpecStatus status,
    String why,
    @Nullable String notes,
    @Nullable String erratumCounterexample,
    @Nullable String erratumCorrected,
    String file,
    int line) {

  /** {@code file:line} of the item, for messages. */
  public String location() {
    return file + ":" + line;
  }
}
