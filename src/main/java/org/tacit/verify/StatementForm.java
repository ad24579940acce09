package org.tacit.verify;

/**
 * Which statement a checker evaluates when the paper's printed statement is false (an erratum in
 * {@code spec/}): the one way Tacit handles a printed-but-false variant. A checker of such an item
 * takes a {@code StatementForm} in its constructor; the catalogue registers the
 * {@link #CORRECTED} form (which must hold on every instance meeting the hypotheses), and the
 * erratum tests run the {@link #PRINTED} form on the counterexample recorded in {@code spec/} and
 * assert which labelled check fails.
 */
public enum StatementForm {
  /** The statement exactly as printed in the paper (false in general: expected to fail). */
  PRINTED,
  /** The corrected statement that the proof establishes (checked on every instance). */
  CORRECTED
}
