/**
 * The checking framework every theorem checker uses: a {@link org.tacit.verify.TheoremChecker}
 * verifies an item's hypotheses on an instance and returns a {@link org.tacit.verify.Verdict} of
 * {@link org.tacit.verify.Check}s (one evaluated statement or proof step each, exact or with a
 * stated tolerance, with its relative margin, {@link org.tacit.verify.Margins}); instances come
 * from {@link org.tacit.verify.InstanceFamily} generators driven by {@link
 * org.tacit.verify.Draws} (seeded for the command line, QuickTheories in property tests); margins
 * are aggregated per spec item and persisted for the report. Hypotheses are reported one way, as
 * a typed {@link org.tacit.verify.Hypotheses} list of named {@link org.tacit.verify.Hypothesis}
 * results; a printed-but-false statement is a {@link org.tacit.verify.StatementForm} of its
 * checker. Each paper package exports its checkers through one {@link org.tacit.verify.Catalogue}
 * of {@link org.tacit.verify.CatalogueEntry}s (checker, instance family, JSON reader, broken
 * instance).
 *
 * <p>Layer: support. Imports {@code exact} only; solvers may use it for their own checkers and
 * instance families; never imports a solver, a paper package, {@code experiment} or {@code cli}.
 *
 * <p>Papers: all of them; each paper package implements its checkers on it.
 */
package org.tacit.verify;
