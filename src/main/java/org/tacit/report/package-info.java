/**
 * The verification report: {@link org.tacit.report.ReportMain}, the build step run by
 * {@code mvn verify}, checks traceability, merges the margins the test JVMs recorded, and has
 * {@link org.tacit.report.ReportWriter} write {@code report.md} and {@code index.html} (per paper
 * and per spec item: status, tests, instances, failures, worst margin); {@code tacit check --all}
 * writes the same report.
 *
 * <p>Layer: support. Imports {@code spec} and {@code verify} only; never a solver, a paper
 * package, {@code experiment} or {@code cli}.
 *
 * <p>Papers: all five of the spec (ZG, NRSS, TDR, MS, LNHW).
 */
package org.tacit.report;
